import { slugify } from '@waymark/core';

/** An id for a new journey from its title that no journey in `taken` has: "Returns", "returns-2", … */
export function newJourneyId(title: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slugify(title) || 'journey';
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
