import { isNode, LineCounter, parseDocument } from 'yaml';

/** A parsed JSON text that can say on which line each value sits. */
export interface JsonText {
  readonly value: unknown;
  /** The 1-based line of the value at `path` (object keys and list indexes), when it exists. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

export type ReadJsonResult =
  | { readonly ok: true; readonly json: JsonText }
  | { readonly ok: false; readonly message: string; readonly line?: number; readonly column?: number };

/**
 * Parses JSON strictly (JSON.parse), with a position index beside it (the yaml package reads
 * JSON as YAML with node ranges) so importers can point at the line of a bad value.
 */
export function readJsonText(text: string): ReadJsonResult {
  const lineCounter = new LineCounter();
  // the position index costs more than the parse; it is built when a line is first asked for
  let indexed: ReturnType<typeof parseDocument> | undefined;
  const index = () => {
    indexed ??= parseDocument(text, { lineCounter, uniqueKeys: false });
    return indexed;
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const syntax = index().errors[0];
    const offset = syntax?.pos[0] ?? positionIn(error);
    const at = offset === undefined ? undefined : lineCounter.linePos(offset);
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `not valid JSON: ${reason}`, line: at?.line, column: at?.col };
  }
  return {
    ok: true,
    json: {
      value,
      lineOf(path) {
        const node = index().getIn(path, true);
        const start = isNode(node) ? node.range?.[0] : undefined;
        return start === undefined ? undefined : lineCounter.linePos(start).line;
      },
    },
  };
}

function positionIn(error: unknown): number | undefined {
  const match = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  return match ? Number(match[1]) : undefined;
}
