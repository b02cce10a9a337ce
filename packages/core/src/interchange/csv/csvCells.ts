// Spreadsheet programs run a cell that starts with =, +, - or @ as a formula ("CSV injection").
// The exporter writes such text with a leading apostrophe, which spreadsheets show as text and
// hide; a text that already starts with an apostrophe gets one too. The importer removes one
// leading apostrophe from every value, so the text comes back exactly.

const risky = /^[=+\-@'\t\r]/;

/** A cell value safe to open in a spreadsheet. */
export function guardCell(value: string): string {
  return risky.test(value) ? `'${value}` : value;
}

/** The value a guarded cell stands for. */
export function unguardCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}
