import { reservedIds } from '../model/primitives.js';

/** A readable id from a name: "Compares prices on other sites" → "compares-prices-on-other-sites". */
export function slugify(text: string, maxLength = 48): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const ascii = slug.replace(/[^a-z0-9-]/g, '');
  const base = ascii.replace(/-+/g, '-').replace(/^-+|-+$/g, '');
  if (base.length === 0) return 'item';
  let short = base;
  if (base.length > maxLength) {
    const cut = base.slice(0, maxLength);
    const lastDash = cut.lastIndexOf('-');
    short = lastDash > 8 ? cut.slice(0, lastDash) : cut;
  }
  // "Constructor" must not become a reserved id (see reservedIds).
  return reservedIds.has(short) ? `${short}-2` : short;
}

/** Hands out ids that are unique within one journey: "checkout", "checkout-2", … */
export class IdAllocator {
  private readonly taken = new Set<string>();

  /** Claims an explicit id; returns false if it was already taken. */
  claim(id: string): boolean {
    if (this.taken.has(id)) return false;
    this.taken.add(id);
    return true;
  }

  /** A fresh id derived from a name. */
  derive(name: string): string {
    const base = slugify(name);
    let candidate = base;
    for (let n = 2; this.taken.has(candidate); n++) candidate = `${base}-${n}`;
    this.taken.add(candidate);
    return candidate;
  }
}
