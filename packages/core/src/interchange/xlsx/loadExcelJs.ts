export type ExcelJsModule = typeof import('exceljs');

/** exceljs, loaded only when a spreadsheet is read or written, so browser bundles skip it otherwise. */
export async function loadExcelJs(): Promise<ExcelJsModule> {
  const loaded = (await import('exceljs')) as ExcelJsModule & { default?: ExcelJsModule };
  return loaded.default ?? loaded;
}

// XML cannot hold most control characters and turns a carriage return into a line feed, so text
// cells write them the way Excel does, as `_xHHHH_`; exceljs reads such codes back. A text that
// already holds something looking like a code gets its underscore written as `_x005F_`.

/** Text for a spreadsheet cell that reads back exactly. */
export function encodeCellText(text: string): string {
  return (
    text
      .replace(/_(?=x[0-9A-F]{4}_)/g, '_x005F_')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
      .replace(/[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g, (char) => `_x${hex4(char)}_`)
  );
}

function hex4(char: string): string {
  return (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}
