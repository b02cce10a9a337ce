/** Cells in the bar; the line stays under 80 columns with a short message. */
const barCells = 20;

/**
 * One line of a progress display: `[██████░░░░░░░░░░░░░░] 3/10 mapping events to the journey · 12 s`.
 * The message is cut to fit `columns` (a terminal's width), so the line never wraps — a wrapped
 * line could not be rewritten in place.
 */
export function progressLine(
  message: string,
  step: number,
  of: number,
  elapsedMs: number,
  columns = 80,
): string {
  const share = of <= 0 ? 0 : Math.min(1, Math.max(0, step / of));
  const filled = Math.round(share * barCells);
  const bar = `[${'█'.repeat(filled)}${'░'.repeat(barCells - filled)}] ${step}/${of} `;
  const time = ` · ${Math.floor(elapsedMs / 1000)} s`;
  const room = Math.max(0, columns - 1 - [...bar].length - time.length);
  const text =
    [...message].length > room ? `${[...message].slice(0, Math.max(0, room - 1)).join('')}…` : message;
  return `${bar}${text}${time}`;
}
