import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../diagnostic.js';
import { parseJourney } from '../format/parseJourney.js';
import { findTemplate } from '../templates/index.js';
import { applyCommands } from './applyCommands.js';
import { parseCommands } from './parseCommands.js';

const docs = readFileSync(new URL('../../../../docs/commands.md', import.meta.url), 'utf8');
const [examples = '', errorSection = ''] = docs.split('\n## Errors\n');

/** The fenced blocks of a part of the page, with their language. */
function blocks(markdown: string): { lang: string; text: string }[] {
  return [...markdown.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({
    lang: m[1] ?? '',
    text: m[2] ?? '',
  }));
}

/** Parsed once: commands never change the journey they are given. */
const jacketJourney = (() => {
  const parsed = parseJourney(findTemplate('retail-winter-jacket')?.source ?? '');
  if (!parsed.ok) throw new Error('the winter-jacket template does not parse');
  return parsed.journey;
})();
const jacket = () => jacketJourney;

/** A JSON example as a list of commands. */
function commandsOf(text: string) {
  const json: unknown = JSON.parse(text);
  const parsed = parseCommands(Array.isArray(json) ? json : [json]);
  if (!parsed.ok) throw new Error(parsed.errors.map(formatDiagnostic).join('\n'));
  return parsed.commands;
}

describe('docs/commands.md', () => {
  it('has examples that apply to the winter-jacket template, with the ids they say they derive', () => {
    const found = blocks(examples);
    const json = found.filter((block) => block.lang === 'json');
    expect(json.length).toBeGreaterThanOrEqual(12);
    found.forEach((block, i) => {
      if (block.lang !== 'json') return;
      const result = applyCommands(jacket(), commandsOf(block.text));
      if (!result.ok) throw new Error(`${block.text}\n${result.errors.map(formatDiagnostic).join('\n')}`);
      const next = found[i + 1];
      if (next?.lang === 'text' && next.text.startsWith('{'))
        expect(result.allocated).toEqual(JSON.parse(next.text));
    });
  });

  it('shows the errors the commands really give', () => {
    const [request, first, second] = blocks(errorSection);
    const commands = commandsOf(request?.text ?? '[]');
    const errors = (result: ReturnType<typeof applyCommands>) =>
      result.ok ? '' : `${result.errors.map(formatDiagnostic).join('\n')}\n`;
    expect(errors(applyCommands(jacket(), commands))).toBe(first?.text);
    const fixed = commands.map((command) =>
      command.op === 'update' ? { ...command, set: { severity: 5 } } : command,
    );
    expect(errors(applyCommands(jacket(), fixed))).toBe(second?.text);
  });

  it('documents every op', () => {
    for (const op of [
      'journey.set',
      'add',
      'update',
      'move',
      'remove',
      'emotion.set',
      'emotion.clear',
      'measurement.add',
    ]) {
      expect(docs).toContain(`### \`${op}\``);
    }
  });
});
