/** Colour-blind-safe highlight colours for people (Okabe–Ito, darkened to stay readable on white). */
const palette = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#b8860b', '#56b4e9', '#7b3294', '#e69f00'];

/** A person's colour, the same on every screen: picked by a hash of their id. */
export function presenceColor(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return palette[hash % palette.length] ?? '#0072b2';
}

/** How a signed-in person appears to the others on a live map: id, name and colour. */
export function presenceUser(me: { readonly id: string; readonly name: string } | null | undefined) {
  return { id: me?.id ?? 'anonymous', name: me?.name ?? 'Someone', color: presenceColor(me?.id ?? '') };
}
