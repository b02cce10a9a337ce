const labels: Readonly<Record<string, string>> = {
  draft: 'Draft',
  'in-review': 'In review',
  published: 'Published',
};

/** A journey's status (draft, in review, published) as a coloured label. */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-${status}`}>{labels[status] ?? status}</span>;
}
