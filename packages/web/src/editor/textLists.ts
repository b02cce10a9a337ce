// A list of text lines as the editor changes it — a step's thoughts or blueprint lane, a persona's
// goals, needs, frustrations and behaviours: change one line (blank removes it), add one at the
// end, remove one. Pure; undefined when nothing would change (no such line, blank new text, the
// same text), so no empty command is ever sent.

export function withLine(lines: readonly string[], index: number, text: string): string[] | undefined {
  const value = text.trim();
  if (index < 0 || index >= lines.length || lines[index] === value) return undefined;
  return value === ''
    ? lines.filter((_, i) => i !== index)
    : lines.map((line, i) => (i === index ? value : line));
}

export function withAddedLine(lines: readonly string[], text: string): string[] | undefined {
  const value = text.trim();
  return value === '' ? undefined : [...lines, value];
}

export function withoutLine(lines: readonly string[], index: number): string[] | undefined {
  return lines[index] === undefined ? undefined : lines.filter((_, i) => i !== index);
}
