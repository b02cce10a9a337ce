import type { Diagnostic } from '../../diagnostic.js';
import type { JourneyInput } from '../../model/journey.js';
import { IdAllocator, slugify } from '../../util/slug.js';
import { deriveId } from '../deriveId.js';
import { finishImport, importError } from '../finishImport.js';
import type { ImportOptions, ImportResult } from '../interchangeFormat.js';
import { decodeMermaidText } from './mermaidText.js';

/** The persona that gets the score of a task that lists no actors. */
export const DEFAULT_MERMAID_PERSONA = 'Customer';
/** The stage that holds tasks written before the first `section`. */
export const IMPLICIT_MERMAID_STAGE = 'Start';

interface TaskLine {
  readonly name: string;
  readonly line: number;
  /** Emotion (-2..2) per actor name. */
  readonly scores: Map<string, number>;
}

interface SectionBlock {
  readonly name: string;
  readonly line: number;
  readonly tasks: TaskLine[];
}

interface Diagram {
  title?: { text: string; line: number };
  accTitle?: string;
  accDescr?: string;
  readonly sections: SectionBlock[];
  /** Actor names in order of first appearance. */
  readonly actors: string[];
}

const otherDiagrams =
  /^(?:graph|flowchart|sequenceDiagram|classDiagram|stateDiagram(?:-v2)?|erDiagram|gantt|pie|gitGraph|mindmap|timeline|quadrantChart|requirementDiagram|C4\w*|sankey(?:-beta)?|xychart(?:-beta)?|block(?:-beta)?|kanban|architecture(?:-beta)?|packet(?:-beta)?|radar(?:-beta)?)\b/;

/**
 * Reads a Mermaid `journey` diagram (https://mermaid.js.org/syntax/userJourney.html).
 * Sections become stages, tasks steps, actors personas (id = slugify(name)); a score s (1–5)
 * becomes the emotion s − 3 of each listed actor. Messy diagrams are accepted and every
 * adjustment is noted with its line; lines that cannot be read are all reported together.
 */
export function importMermaid(text: string, options: ImportOptions = {}): ImportResult {
  const fileName = options.fileName;
  const notes: string[] = [];
  const errors: Diagnostic[] = [];
  const error = (line: number, message: string) => errors.push(importError('', message, { fileName, line }));
  const diagram: Diagram = { sections: [], actors: [] };
  const lines = text.split(/\r\n|\r|\n/);

  let index = skipPreamble(lines, diagram);
  let header = false;
  let description: { start: number; lines: string[] } | undefined;

  for (; index < lines.length; index++) {
    const line = index + 1;
    const content = (lines[index] as string).trim();
    if (description) {
      const end = content.indexOf('}');
      if (end < 0) {
        description.lines.push(content);
        continue;
      }
      description.lines.push(content.slice(0, end).trim());
      diagram.accDescr = joinLines(description.lines);
      description = undefined;
      continue;
    }
    if (content === '' || content.startsWith('%%')) continue;
    if (/^(?:```|~~~)/.test(content)) break; // the closing fence; anything after it is not diagram
    if (!header) {
      header = true;
      if (/^journey\b/.test(content)) continue;
      const other = otherDiagrams.exec(content);
      if (other) {
        error(
          line,
          `this is a '${other[0]}' diagram, not a journey diagram (expected 'journey' on the first line)`,
        );
        break;
      }
      notes.push(`line ${line}: no 'journey' line at the top; read as a journey diagram`);
    }
    if (/^journey$/.test(content)) continue;

    let match = /^title(?:\s+(.*))?$/s.exec(content);
    if (match) {
      const title = decodeMermaidText(match[1]?.trim() ?? '').trim();
      if (title === '') notes.push(`line ${line}: 'title' without text; ignored`);
      else diagram.title = { text: title, line };
      continue;
    }
    match = /^accTitle\s*:\s*(.*)$/s.exec(content);
    if (match) {
      diagram.accTitle = decodeMermaidText(match[1] ?? '').trim() || undefined;
      continue;
    }
    match = /^accDescr\s*:\s*(.*)$/s.exec(content);
    if (match) {
      diagram.accDescr = decodeMermaidText(match[1] ?? '').trim() || undefined;
      continue;
    }
    match = /^accDescr\s*\{(.*)$/s.exec(content);
    if (match) {
      const rest = match[1] ?? '';
      const end = rest.indexOf('}');
      if (end >= 0) diagram.accDescr = joinLines([rest.slice(0, end)]);
      else description = { start: line, lines: [rest.trim()] };
      continue;
    }
    match = /^section(?:\s+(.*))?$/s.exec(content);
    if (match) {
      let name = decodeMermaidText(match[1]?.trim() ?? '').trim();
      if (name === '') {
        name = `Section ${diagram.sections.length + 1}`;
        notes.push(`line ${line}: 'section' without a name; named it "${name}"`);
      }
      diagram.sections.push({ name, line, tasks: [] });
      continue;
    }
    const task = readTask(content, line, notes);
    if (typeof task === 'string') {
      error(line, task);
      continue;
    }
    if (diagram.sections.length === 0) {
      diagram.sections.push({ name: IMPLICIT_MERMAID_STAGE, line, tasks: [] });
      notes.push(`line ${line}: task before any section; put in a first stage "${IMPLICIT_MERMAID_STAGE}"`);
    }
    for (const actor of task.scores.keys()) if (!diagram.actors.includes(actor)) diagram.actors.push(actor);
    diagram.sections.at(-1)?.tasks.push(task);
  }
  if (description) error(description.start, "'accDescr {' is never closed with '}'");
  if (errors.length > 0) return { ok: false, errors };
  return toJourney(diagram, options, notes);
}

/** Skips a ```mermaid fence and a `---` front matter block (reading its title); returns the next line index. */
function skipPreamble(lines: readonly string[], diagram: Diagram): number {
  let index = 0;
  const nextContent = () => {
    while (index < lines.length && (lines[index] as string).trim() === '') index++;
  };
  nextContent();
  if (/^(?:```|~~~)\s*(?:mermaid)?\s*$/i.test((lines[index] ?? '').trim())) {
    index++;
    nextContent();
  }
  if ((lines[index] ?? '').trim() === '---') {
    for (index++; index < lines.length && (lines[index] as string).trim() !== '---'; index++) {
      const match = /^title\s*:\s*(.+)$/s.exec((lines[index] as string).trim());
      const title = match?.[1]?.trim().replace(/^(["'])(.*)\1$/s, '$2');
      if (title) diagram.title = { text: title, line: index + 1 };
    }
    index++;
  }
  return index;
}

/** `Task name: score: Actor, Actor` → the task, or a message saying why the line cannot be read. */
function readTask(content: string, line: number, notes: string[]): TaskLine | string {
  const parts = content.split(':');
  if (parts.length < 2) {
    return `expected a task written as "Task: score: Actor, Actor", got "${content}" (no score)`;
  }
  // The score is the last part that is a number, so task names may hold colons ("Step 1: Sign up: 4: Me").
  let at = parts.length - 1;
  while (at >= 1 && !isNumber((parts[at] as string).trim())) at--;
  if (at < 1) {
    const score = (parts[1] as string).trim();
    return score === ''
      ? `task "${parts[0]?.trim()}" has no score (expected a number from 1 to 5)`
      : `score "${score}" is not a number (expected a number from 1 to 5)`;
  }
  const name = decodeMermaidText(parts.slice(0, at).join(':')).trim();
  if (name === '') return 'task has no name before its score';
  const raw = Number((parts[at] as string).trim());
  const score = Math.min(5, Math.max(1, Math.round(raw)));
  if (raw < 1 || raw > 5) notes.push(`line ${line}: score ${raw} is outside 1–5; clamped to ${score}`);
  else if (score !== raw) notes.push(`line ${line}: score ${raw} is not a whole number; rounded to ${score}`);

  const actors = parts
    .slice(at + 1)
    .join(':')
    .split(',')
    .map((actor) => decodeMermaidText(actor.trim()).trim())
    .filter((actor) => actor !== '');
  if (actors.length === 0) {
    actors.push(DEFAULT_MERMAID_PERSONA);
    notes.push(`line ${line}: no actors listed; the score goes to the persona "${DEFAULT_MERMAID_PERSONA}"`);
  }
  return { name, line, scores: new Map(actors.map((actor) => [actor, score - 3])) };
}

function isNumber(text: string): boolean {
  return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(text);
}

function joinLines(lines: readonly string[]): string | undefined {
  const text = decodeMermaidText(lines.map((line) => line.trim()).join('\n')).trim();
  return text === '' ? undefined : text;
}

function toJourney(diagram: Diagram, options: ImportOptions, notes: string[]): ImportResult {
  const sourceLines = new Map<string, number>();
  let title = diagram.title?.text ?? diagram.accTitle;
  if (title === undefined) {
    const base = options.fileName?.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
    title = base || 'Imported journey';
    notes.push(`no title; named the journey "${title}"`);
  } else if (diagram.title && diagram.accTitle && diagram.accTitle !== diagram.title.text) {
    notes.push(`accTitle "${diagram.accTitle}" differs from the title; kept the title`);
  }
  if (diagram.title) sourceLines.set('title', diagram.title.line);

  const ids = new IdAllocator();
  const personaIds = new Map(diagram.actors.map((name) => [name, deriveId(ids, name, 'persona')]));
  const stages = diagram.sections.map((section, s) => {
    sourceLines.set(`stages[${s}]`, section.line);
    return {
      id: deriveId(ids, section.name, 'stage'),
      name: section.name,
      steps: section.tasks.map((task, t) => {
        sourceLines.set(`stages[${s}].steps[${t}]`, task.line);
        const emotions: Record<string, { score: number }> = {};
        for (const [actor, score] of task.scores) emotions[personaIds.get(actor) as string] = { score };
        return { id: deriveId(ids, task.name, 'step'), name: task.name, emotions };
      }),
    };
  });
  const journey: JourneyInput = {
    id: slugify(title) === 'item' ? 'journey' : slugify(title),
    title,
    ...(diagram.accDescr === undefined ? {} : { objective: diagram.accDescr }),
    personas: [...personaIds].map(([name, id]) => ({ id, name })),
    stages,
  };
  return finishImport(journey, { notes, lines: sourceLines, fileName: options.fileName });
}
