/** Waymark's mark: a waypoint on a path. Decorative; the word beside it names the app. */
export function Logo({ size = 28 }: { readonly size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" className="logo">
      <rect width="32" height="32" rx="8" fill="var(--accent)" />
      <path
        d="M6 22 C11 22 11 10 16 10 S21 22 26 22"
        stroke="#fff"
        strokeWidth="2.6"
        fill="none"
        strokeLinecap="round"
      />
      <circle cx="16" cy="10" r="3.4" fill="#fff" />
    </svg>
  );
}
