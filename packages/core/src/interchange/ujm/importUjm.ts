import { type Diagnostic, formatPath } from '../../diagnostic.js';
import { IdAllocator, slugify } from '../../util/slug.js';
import { deriveId } from '../deriveId.js';
import { finishImport, importError, sortDiagnostics } from '../finishImport.js';
import type { ImportOptions, ImportResult } from '../interchangeFormat.js';
import { readJsonText } from '../readJsonText.js';
import { channelFromUjm, hasUjmType, idFromIri, JOURNEY_EXTENSION, STEP_EXTENSION } from './ujmVocabulary.js';

type Json = Record<string, unknown>;
type JsonPath = (string | number)[];

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== ''
    ? value
    : typeof value === 'number'
      ? String(value)
      : undefined;
const WAYMARK_JOURNEY_IRI = 'urn:waymark:journey:';

/**
 * Reads an OpenUJI UJM 1.0-draft document (JSON or compact JSON-LD): the Journey node, at the
 * root or in an `@graph`/`items` list. Phases become stages (in order; a step in several phases
 * stays in the first), steps keep their name and description, the step's touchpoint and channel
 * become a touchpoint, a CallStep's callee becomes the step's detail map. Waymark's extension
 * fields (`waymark:journey`, `waymark:step`) restore everything else. What has no place in
 * Waymark (sessions, transitions of other tools, step personas…) is named in the notes.
 */
export function importUjm(source: string, options: ImportOptions = {}): ImportResult {
  const fileName = options.fileName;
  const read = readJsonText(source);
  if (!read.ok) {
    return {
      ok: false,
      errors: [importError('', read.message, { fileName, line: read.line, column: read.column })],
    };
  }
  const found = findJourney(read.json.value);
  if (!found) {
    const message =
      'no UJM Journey found (expected an object with "type": "Journey", or one in "@graph" or "items")';
    return { ok: false, errors: [importError('', message, { fileName, line: 1 })] };
  }
  const { node, path: root } = found;
  const lineOf = (...path: JsonPath) => read.json.lineOf([...root, ...path]);
  const errors: Diagnostic[] = [];
  const nearestLine = (path: JsonPath): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const line = lineOf(...path.slice(0, n));
      if (line !== undefined) return line;
    }
    return undefined;
  };
  const fail = (path: JsonPath, message: string) =>
    errors.push(importError(path.join('.'), message, { fileName, line: nearestLine(path) }));
  const notes: string[] = [];
  const noteOnce = (note: string) => {
    if (!notes.includes(note)) notes.push(note);
  };
  // canonical path → where it came from in the UJM document; turned into lines only when needed
  const sources = new Map<string, JsonPath>();
  const locate = (canonical: string, ...path: JsonPath) => {
    sources.set(canonical, path);
  };
  /** Locates every value inside an extension field, whose shape mirrors the canonical journey. */
  const locateTree = (canonical: PropertyKey[], value: unknown, ...path: JsonPath) => {
    locate(formatPath(canonical), ...path);
    const children: [string | number, unknown][] = Array.isArray(value)
      ? [...value.entries()]
      : isObject(value)
        ? Object.entries(value)
        : [];
    for (const [key, item] of children) locateTree([...canonical, key], item, ...path, key);
  };

  const title = text(node.title) ?? text(node.name);
  if (title === undefined) fail(['title'], 'a UJM Journey needs a "title"');
  const extension = isObject(node[JOURNEY_EXTENSION]) ? node[JOURNEY_EXTENSION] : undefined;
  const {
    id: extensionId,
    personas: extPersonas,
    stages: extStages,
    paths: extPaths,
    ...rest
  } = extension ?? {};
  const ids = new IdAllocator();

  // ids the extension names come first, so ids derived from names never take them
  for (const key of [
    'personas',
    'stages',
    'paths',
    'insights',
    'painPoints',
    'gains',
    'opportunities',
    'actions',
    'metrics',
  ]) {
    for (const item of objects(extension?.[key])) if (typeof item.id === 'string') ids.claim(item.id);
  }
  const ujmSteps = Array.isArray(node.steps) ? node.steps : [];
  if (node.steps !== undefined && !Array.isArray(node.steps))
    fail(['steps'], '"steps" must be a list of steps');
  for (const step of objects(ujmSteps)) {
    for (const tp of objects(isObject(step[STEP_EXTENSION]) ? step[STEP_EXTENSION].touchpoints : undefined)) {
      if (typeof tp.id === 'string') ids.claim(tp.id);
    }
  }

  // steps
  const steps = new Map<string, { value: Json; index: number }>();
  const stepsByIri = new Map<string, string>();
  ujmSteps.forEach((raw: unknown, index: number) => {
    if (!isObject(raw) || text(raw.name) === undefined) {
      fail(['steps', index], 'a UJM Step needs a "name"');
      return;
    }
    const name = text(raw.name) as string;
    const iri = typeof raw.id === 'string' ? raw.id : undefined;
    let id = iri === undefined ? undefined : idFromIri(iri);
    if (id === undefined || !ids.claim(id)) {
      id = deriveId(ids, name, 'step');
      if (iri !== undefined)
        noteOnce(`step ids that are not short Waymark ids were made from the step names (e.g. "${id}")`);
    }
    if (iri !== undefined) stepsByIri.set(iri, id);
    steps.set(id, { value: ujmStep(raw, id, name, ids, noteOnce), index });
  });

  // stages: the extension's order (with stages that have no steps), then phases it does not list
  const phases = objects(node.phases);
  const placed = new Set<string>();
  const phaseSteps = (phase: Json | undefined, phaseIndex: number): Json[] => {
    const members = objects(phase?.members)
      .map((member, m) => ({ member, m }))
      .sort((a, b) =>
        typeof a.member.order === 'number' && typeof b.member.order === 'number'
          ? a.member.order - b.member.order || a.m - b.m
          : a.m - b.m,
      );
    const out: Json[] = [];
    for (const { member, m } of members) {
      const id = typeof member.step === 'string' ? stepsByIri.get(member.step) : undefined;
      if (id === undefined) {
        noteOnce(
          `phases[${phaseIndex}].members[${m}]: step ${JSON.stringify(member.step)} is not in "steps"; skipped`,
        );
      } else if (placed.has(id)) {
        noteOnce(`step "${id}" is in more than one phase; kept it in the first`);
      } else {
        placed.add(id);
        out.push(steps.get(id)?.value as Json);
      }
    }
    return out;
  };
  const stages: Json[] = [];
  const usedPhases = new Set<number>();
  for (const entry of objects(extStages)) {
    const p = phases.findIndex((phase) => typeof phase.id === 'string' && idFromIri(phase.id) === entry.id);
    if (p >= 0) usedPhases.add(p);
    const name = (p >= 0 ? text(phases[p]?.name) : undefined) ?? entry.name;
    stages.push({ ...entry, name, steps: phaseSteps(phases[p], p) });
    locate(`stages[${stages.length - 1}]`, ...(p >= 0 ? ['phases', p] : [JOURNEY_EXTENSION, 'stages']));
  }
  phases.forEach((phase, p) => {
    if (usedPhases.has(p)) return;
    const name = text(phase.name) ?? `Phase ${p + 1}`;
    const iriId = typeof phase.id === 'string' ? idFromIri(phase.id) : undefined;
    const id = iriId !== undefined && ids.claim(iriId) ? iriId : deriveId(ids, name, 'stage');
    stages.push({ id, name, steps: phaseSteps(phase, p) });
    locate(`stages[${stages.length - 1}]`, 'phases', p);
  });

  // alternative paths (Waymark's own documents)
  const paths = objects(extPaths).map((path) => {
    const pathSteps = (Array.isArray(path.steps) ? path.steps : []).flatMap((id) => {
      const step = typeof id === 'string' && !placed.has(id) ? steps.get(id) : undefined;
      if (!step) return [];
      placed.add(id as string);
      return [step.value];
    });
    return { ...path, steps: pathSteps };
  });

  const loose = [...steps.entries()].filter(([id]) => !placed.has(id)).map(([, step]) => step.value);
  if (loose.length > 0) {
    const name = stages.length === 0 ? 'Steps' : 'Other steps';
    stages.push({ id: deriveId(ids, name, 'stage'), name, steps: loose });
    noteOnce(
      stages.length === 1
        ? `no phases; all steps are in one stage "${name}"`
        : `${loose.length} step(s) in no phase are in a last stage "${name}"`,
    );
  }
  for (const [s, stage] of stages.entries()) {
    for (const [k, step] of (stage.steps as Json[]).entries()) {
      const index = steps.get(step.id as string)?.index;
      if (index === undefined) continue;
      locate(`stages[${s}].steps[${k}]`, 'steps', index);
      const extension = (ujmSteps[index] as Json)[STEP_EXTENSION];
      if (isObject(extension)) {
        for (const [key, value] of Object.entries(extension)) {
          locateTree(['stages', s, 'steps', k, key], value, 'steps', index, STEP_EXTENSION, key);
        }
      }
    }
  }

  // personas: Waymark's full personas, else the journey's persona IRIs (or inline persona nodes)
  let personas: Json[];
  if (Array.isArray(extPersonas)) {
    personas = objects(extPersonas);
    locateTree(['personas'], extPersonas, JOURNEY_EXTENSION, 'personas');
  } else {
    personas = (Array.isArray(node.personas) ? node.personas : []).flatMap((raw: unknown, i: number) => {
      const iri =
        typeof raw === 'string' ? raw : isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
      const fromIri = iri === undefined ? undefined : idFromIri(iri);
      const name = (isObject(raw) ? text(raw.name) : undefined) ?? (fromIri ? humanize(fromIri) : undefined);
      if (name === undefined) return [];
      locate(`personas[${i}]`, 'personas', i);
      const id = fromIri !== undefined && ids.claim(fromIri) ? fromIri : deriveId(ids, name, 'persona');
      return [{ id, name }];
    });
  }
  for (const key of ['insights', 'painPoints', 'gains', 'opportunities', 'actions', 'metrics']) {
    if (Array.isArray(extension?.[key])) locateTree([key], extension[key], JOURNEY_EXTENSION, key);
  }

  if (Array.isArray(node.sessions) && node.sessions.length > 0)
    noteOnce('sessions have no place in Waymark; not kept');
  if (!extension && Array.isArray(node.transitions) && node.transitions.length > 0) {
    noteOnce('transitions are not imported; steps follow the order of the phases and of "steps"');
  }
  if (node.created !== undefined || node.modified !== undefined)
    noteOnce('created/modified dates are not kept');
  if (errors.length > 0) return { ok: false, errors: sortDiagnostics(errors) };

  const iriId = typeof node.id === 'string' ? idFromIri(node.id) : undefined;
  const journey: Json = {
    ...rest,
    id: typeof extensionId === 'string' ? extensionId : (iriId ?? slugify(title as string)),
    title,
    ...(text(node.goal) === undefined ? {} : { objective: text(node.goal) }),
    ...(text(node.version) === undefined ? {} : { version: text(node.version) }),
    tags: Array.isArray(node.tags) ? node.tags.filter((tag) => typeof tag === 'string') : [],
    personas,
    stages,
    paths,
  };
  locate('');
  const lines = () => {
    const found = new Map<string, number>();
    for (const [canonical, path] of sources) {
      const line = lineOf(...path);
      if (line !== undefined) found.set(canonical, line);
    }
    return found;
  };
  return finishImport(journey, { notes, lines, fileName });
}

function findJourney(value: unknown): { node: Json; path: JsonPath } | undefined {
  if (hasUjmType(value, 'Journey') && isObject(value)) return { node: value, path: [] };
  const lists: [JsonPath, unknown][] = Array.isArray(value)
    ? [[[], value]]
    : isObject(value)
      ? [
          [['@graph'], value['@graph']],
          [['items'], value.items],
        ]
      : [];
  for (const [path, list] of lists) {
    if (!Array.isArray(list)) continue;
    const index = list.findIndex((item) => hasUjmType(item, 'Journey'));
    if (index >= 0) return { node: list[index] as Json, path: [...path, index] };
  }
  return undefined;
}

/** One UJM step as a Waymark step. */
function ujmStep(raw: Json, id: string, name: string, ids: IdAllocator, note: (text: string) => void): Json {
  const extension = isObject(raw[STEP_EXTENSION]) ? raw[STEP_EXTENSION] : {};
  const step: Json = { ...extension, id, name };
  const conditions = (['preconditions', 'postconditions'] as const).flatMap((key) => {
    const items = Array.isArray(raw[key]) ? raw[key].filter((item) => typeof item === 'string') : [];
    return items.length > 0
      ? [`${key === 'preconditions' ? 'Preconditions' : 'Postconditions'}: ${items.join('; ')}`]
      : [];
  });
  const description = [text(raw.description), ...conditions].filter((part) => part !== undefined).join('\n');
  if (description !== '') step.description = description;
  if (conditions.length > 0)
    note('step preconditions and postconditions were added to the step descriptions');

  if (
    extension.touchpoints === undefined &&
    (typeof raw.touchpoint === 'string' || typeof raw.channel === 'string')
  ) {
    const iri = typeof raw.touchpoint === 'string' ? raw.touchpoint : undefined;
    const channel = typeof raw.channel === 'string' ? channelFromUjm(raw.channel) : 'other';
    const fromIri = iri === undefined ? undefined : idFromIri(iri);
    const touchpointId =
      fromIri !== undefined && ids.claim(fromIri) ? fromIri : deriveId(ids, channel, 'touchpoint');
    const external = iri !== undefined && /^https?:\/\//i.test(iri) ? { name: iri } : {};
    step.touchpoints = [{ id: touchpointId, channel, ...external }];
  }
  if (hasUjmType(raw, 'CallStep') && typeof raw.calls === 'string' && step.detail === undefined) {
    step.detail = raw.calls.startsWith(WAYMARK_JOURNEY_IRI)
      ? raw.calls.slice(WAYMARK_JOURNEY_IRI.length)
      : raw.calls;
  }
  if (raw.persona !== undefined)
    note('a step\'s "persona" has no place in Waymark (emotions are per persona); not kept');
  if (['emotions', 'metrics', 'timestamp', 'duration'].some((key) => raw[key] !== undefined)) {
    note('runtime data on steps (emotions, metrics, timestamps, durations) is not imported');
  }
  return step;
}

function humanize(id: string): string {
  const words = id.replace(/[-_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
