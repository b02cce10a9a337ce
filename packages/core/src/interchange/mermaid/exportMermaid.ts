import type { Journey } from '../../model/journey.js';
import type { Step } from '../../model/step.js';
import { encodeMermaidText } from './mermaidText.js';

/**
 * Writes a Mermaid `journey` diagram: the title, `accTitle`/`accDescr` from the objective,
 * one section per stage and one task per step. A task's score is the emotion + 3 (1–5); its
 * actors are the personas with an emotion there. When the personas' scores differ or are not
 * whole, the task shows their rounded mean and a `%%` comment keeps the exact scores.
 * Alternative paths have no place in the diagram and are named in a comment.
 */
export function exportMermaid(journey: Journey): string {
  const names = new Map(journey.personas.map((persona) => [persona.id, persona.name]));
  const out = ['journey', `  title ${encodeMermaidText(journey.title, 'title')}`];
  if (journey.objective !== undefined) {
    out.push(`  accTitle: ${encodeMermaidText(journey.title, 'title')}`);
    const lines = journey.objective.split(/\r\n|\r|\n/).map((line) => encodeMermaidText(line, 'description'));
    if (lines.length === 1) out.push(`  accDescr: ${lines[0]}`);
    else out.push('  accDescr {', ...lines.map((line) => `    ${line}`), '  }');
  }
  for (const stage of journey.stages) {
    out.push(`  section ${encodeMermaidText(stage.name, 'section')}`);
    for (const step of stage.steps) out.push(...task(step, names));
  }
  for (const path of journey.paths) {
    out.push(
      `  %% alternative path "${comment(path.name)}" (${path.steps.length} steps) is not part of the diagram`,
    );
  }
  return `${out.join('\n')}\n`;
}

function task(step: Step, names: ReadonlyMap<string, string>): string[] {
  const name = encodeMermaidText(step.name, 'task');
  const scored = Object.entries(step.emotions).map(([persona, emotion]) => ({
    name: names.get(persona) ?? persona,
    score: emotion.score + 3,
  }));
  if (scored.length === 0) {
    return [`    %% "${comment(step.name)}": no emotion recorded; shown as 3`, `    ${name}: 3`];
  }
  const mean = Math.round(scored.reduce((sum, { score }) => sum + score, 0) / scored.length);
  const actors = scored.map((actor) => encodeMermaidText(actor.name, 'actor')).join(', ');
  const line = `    ${name}: ${mean}: ${actors}`;
  if (scored.every(({ score }) => score === mean)) return [line];
  const exact = scored.map((actor) => `${comment(actor.name)} ${actor.score}`).join(', ');
  return [`    %% "${comment(step.name)}" per persona: ${exact}; shown as ${mean}`, line];
}

/** Text inside a `%%` comment: one line. */
function comment(text: string): string {
  return text.replace(/\s+/g, ' ');
}
