import { type IdAllocator, slugify } from '../util/slug.js';

/**
 * A fresh id from a name; names with no Latin letters or digits (日本語, Ελληνικά) get
 * `fallback`, `fallback-2`, … instead of slugify's generic `item`.
 */
export function deriveId(ids: IdAllocator, name: string, fallback: string): string {
  const readable = slugify(name) !== 'item' || /item/i.test(name);
  return ids.derive(readable ? name : fallback);
}
