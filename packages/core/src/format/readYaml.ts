import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from 'yaml';
import type { Diagnostic } from '../diagnostic.js';
import { formatPath } from '../diagnostic.js';
import type { Location, MapEntry, SourceNode } from './sourceNode.js';

/** What reading a YAML (or JSON) text gives: the source tree, or nothing when the text is empty. */
export interface YamlRead {
  readonly root?: SourceNode;
  /** Whether the text has syntax errors that make the tree unreliable (duplicate keys are not). */
  readonly fatal: boolean;
  /** Syntax errors, duplicate keys. */
  readonly errors: Diagnostic[];
  readonly warnings: Diagnostic[];
}

/** Nodes an alias may expand to, in total; guards against "billion laughs" documents. */
const MAX_NODES = 1_000_000;

const messages: Partial<Record<string, string>> = {
  TAB_AS_INDENT: 'tabs are not allowed for indentation; indent with spaces',
  MULTIPLE_DOCS: 'a journey file holds one document; remove the extra "---" separator',
  BAD_INDENT: 'bad indentation; items of the same list or map must start in the same column',
};

/** Parses YAML or JSON text into a source tree that keeps line and column of every value. */
export function readYaml(text: string, file?: string): YamlRead {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: true });
  const at = (offset: number): Location => {
    const { line, col } = lineCounter.linePos(offset);
    return file === undefined ? { line, column: col } : { file, line, column: col };
  };
  const errors: Diagnostic[] = doc.errors.map((error) =>
    yamlDiagnostic('error', error, at(error.pos[0]), file),
  );
  const warnings: Diagnostic[] = doc.warnings.map((warning) =>
    yamlDiagnostic('warning', warning, at(warning.pos[0]), file),
  );
  const fatal = errors.length > 0;
  if (doc.contents === null) return { fatal, errors, warnings };
  const converter = new Converter(doc, at, errors, file);
  return { root: converter.convert(doc.contents, []), fatal, errors, warnings };
}

function yamlDiagnostic(
  severity: 'error' | 'warning',
  error: { code: string; message: string },
  loc: Location,
  file: string | undefined,
): Diagnostic {
  const firstLine = error.message.split('\n')[0] ?? error.message;
  const plain = firstLine.replace(/ at line \d+, column \d+:?$/, '');
  const message = messages[error.code] ?? plain.charAt(0).toLowerCase() + plain.slice(1);
  return { severity, path: '', message, line: loc.line, column: loc.column, ...(file ? { file } : {}) };
}

/** Turns yaml's node tree into a SourceNode tree; reports duplicate and complex keys. */
class Converter {
  private budget = MAX_NODES;

  constructor(
    private readonly doc: Document,
    private readonly at: (offset: number) => Location,
    private readonly errors: Diagnostic[],
    private readonly file: string | undefined,
  ) {}

  private locOf(node: Node | null | undefined): Location | undefined {
    const start = node?.range?.[0];
    return start === undefined ? undefined : this.at(start);
  }

  private error(message: string, path: readonly PropertyKey[], loc: Location | undefined): void {
    this.errors.push({
      severity: 'error',
      path: formatPath(path),
      message,
      ...(this.file ? { file: this.file } : {}),
      ...(loc ? { line: loc.line, column: loc.column } : {}),
    });
  }

  convert(node: unknown, path: readonly PropertyKey[], seen: readonly Node[] = []): SourceNode {
    if (--this.budget < 0) {
      if (this.budget === -1) this.error('the document is too large (too many aliases)', path, undefined);
      return { kind: 'scalar', value: null };
    }
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (target === undefined || seen.includes(target)) {
        this.error(`alias *${node.source} cannot be resolved`, path, this.locOf(node));
        return { kind: 'scalar', value: null };
      }
      return this.convert(target, path, [...seen, target]);
    }
    if (isScalar(node)) {
      const loc = this.locOf(node);
      const source = node.type === 'PLAIN' ? node.source : undefined;
      return {
        kind: 'scalar',
        value: node.value,
        ...(source !== undefined ? { source } : {}),
        ...(loc ? { loc } : {}),
      };
    }
    if (isSeq(node)) {
      const loc = this.locOf(node);
      const items = node.items.map((item, index) => this.convert(item, [...path, index], seen));
      return { kind: 'list', items, ...(loc ? { loc } : {}) };
    }
    if (isMap(node)) {
      const loc = this.locOf(node);
      const entries: MapEntry[] = [];
      const firstSeen = new Map<string, Location | undefined>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key;
        const keyLoc = this.locOf(keyNode as Node | null);
        const key = this.keyText(keyNode);
        if (key === undefined) {
          this.error('a key must be plain text, not a list or map', path, keyLoc);
          continue;
        }
        if (firstSeen.has(key)) {
          const first = firstSeen.get(key);
          const where = first ? ` (first given at line ${first.line})` : '';
          this.error(`duplicate key '${key}'${where}`, [...path, key], keyLoc);
          continue;
        }
        firstSeen.set(key, keyLoc);
        const value =
          pair.value === null || pair.value === undefined
            ? { kind: 'scalar' as const, value: null, ...(keyLoc ? { loc: keyLoc } : {}) }
            : this.convert(pair.value, [...path, key], seen);
        entries.push({ key, value, ...(keyLoc ? { keyLoc } : {}) });
      }
      return { kind: 'map', entries, ...(loc ? { loc } : {}), ...(node.flow ? { flow: true } : {}) };
    }
    return { kind: 'scalar', value: null };
  }

  private keyText(key: unknown): string | undefined {
    if (key === null || key === undefined) return '';
    if (isAlias(key)) return this.keyText(key.resolve(this.doc));
    if (!isScalar(key)) return undefined;
    if (key.type === 'PLAIN' && key.source !== undefined) return key.source;
    return key.value === null ? '' : String(key.value);
  }
}
