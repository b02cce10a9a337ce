import type { z } from 'zod';
import type { Diagnostic } from '../diagnostic.js';
import { FORMAT_VERSION } from '../model/journey.js';
import { blueprintLanes } from '../model/step.js';
import type { ElementKind } from '../model/walk.js';
import { slugify } from '../util/slug.js';
import type { ElementName } from './fieldNames.js';
import { canonicalKey, elementSchemas } from './fieldNames.js';
import type { FieldHandler, FieldHandlers } from './fieldReader.js';
import { FieldReader } from './fieldReader.js';
import type { Draft, DraftPath, ElementSlot } from './idRegistry.js';
import { IdRegistry } from './idRegistry.js';
import { readFormatVersion } from './migrations.js';
import { readYaml } from './readYaml.js';
import type { Location, MapEntry, SourceNode } from './sourceNode.js';
import { describeNode, isNull, scalarText } from './sourceNode.js';
import { channelId, parseTouchpointText } from './touchpointText.js';

/** How a document is read: its file name (for diagnostics) and how to load the files it names. */
export interface NormaliseOptions {
  readonly fileName?: string;
  /** Loads a file named relative to the journey file (persona files); undefined when missing. */
  readonly loadFile?: (relativePath: string) => string | undefined;
}

/** A document in canonical form, not yet validated, with what was found on the way. */
export interface Normalised {
  readonly document: unknown;
  /** Where each canonical path was written, for zod's issues. */
  readonly locate: (path: readonly PropertyKey[]) => Location | undefined;
  /** The path to show for a canonical path written in a shorthand (`emotions.shopper` for `…shopper.score`). */
  readonly displayPath: (path: readonly PropertyKey[]) => string;
  readonly syntaxErrors: Diagnostic[];
  readonly schemaErrors: Diagnostic[];
  readonly referenceErrors: Diagnostic[];
  readonly warnings: Diagnostic[];
}

/**
 * Turns a journey as written by hand (shorthands, aliases, derived ids, pain points on steps,
 * persona files) into the canonical model, without validating it. Pure: files come through
 * `options.loadFile`.
 */
export function normaliseJourney(root: SourceNode, options: NormaliseOptions = {}): Normalised {
  const normaliser = new JourneyNormaliser(options);
  const document = normaliser.journey(root);
  return {
    document,
    locate: (path) => normaliser.origins.locate(path),
    displayPath: (path) => normaliser.origins.displayPath(path),
    syntaxErrors: normaliser.syntaxErrors,
    schemaErrors: normaliser.schemaErrors,
    referenceErrors: normaliser.referenceErrors,
    warnings: normaliser.warnings,
  };
}

/** The fields each named list's plain-text shorthand fills. */
const labels = {
  insight: 'text',
  painPoint: 'title',
  gain: 'title',
  opportunity: 'title',
  action: 'title',
  metric: 'name',
  path: 'name',
  stage: 'name',
  step: 'name',
} as const;
type NamedElement = keyof typeof labels;

const PERSONA_FILE = /\.(ya?ml|json)$/i;

class JourneyNormaliser extends FieldReader {
  readonly syntaxErrors: Diagnostic[] = [];
  readonly referenceErrors: Diagnostic[] = [];
  private readonly ids = new IdRegistry((path) => this.locate(path));
  /** Pain points and gains written on steps, in step order; they come first in the journey's lists. */
  private readonly hoisted: { painPoints: Draft[]; gains: Draft[] } = { painPoints: [], gains: [] };
  /** Steps whose id a hoisted finding's `at` takes, once ids are known. */
  private readonly links: (() => void)[] = [];
  private readonly finishers: (() => void)[] = [];

  constructor(private readonly options: NormaliseOptions) {
    super(options.fileName);
  }

  journey(root: SourceNode): unknown {
    this.record([], root.loc);
    if (root.kind !== 'map') {
      const message = `expected a map of journey fields (title, personas, stages, …), got ${describeNode(root)}`;
      this.schemaErrors.push(this.diagnostic('error', [], message, root.loc));
      return undefined;
    }
    const version = readFormatVersion(root);
    if (!version.ok) {
      this.schemaErrors.push(this.diagnostic('error', ['formatVersion'], version.message, version.loc));
      return undefined;
    }
    const deferred = new Map<string, [SourceNode, DraftPath]>();
    const later: FieldHandler = (value, path) => deferred.set(path[0] as string, [value, path]);
    const draft = this.fields(version.document, 'journey', [], {
      formatVersion: () => undefined,
      personas: later,
      stages: later,
      paths: later,
      insights: later,
      painPoints: later,
      gains: later,
      opportunities: later,
      actions: later,
      metrics: later,
      signals: later,
    });
    draft.formatVersion = FORMAT_VERSION;
    // Stages and paths first: the pain points and gains on their steps come first in the lists.
    const take = (field: string, read: (node: SourceNode, path: DraftPath) => unknown) => {
      const found = deferred.get(field);
      if (found) draft[field] = read(...found);
    };
    take('personas', (node, path) => this.personas(node, path));
    take('stages', (node, path) =>
      this.list(
        node,
        path,
        (item, itemPath) => this.stage(item, itemPath, itemPath.at(-1) as number),
        'stages',
      ),
    );
    take('paths', (node, path) =>
      this.list(node, path, (item, itemPath) => this.named('path', item, itemPath), 'paths'),
    );
    take('insights', (node, path) =>
      this.list(node, path, (item, itemPath) => this.named('insight', item, itemPath), 'insights'),
    );
    const words = { painPoints: 'pain points', gains: 'gains' };
    for (const kind of ['painPoints', 'gains'] as const) {
      const hoisted = this.hoisted[kind];
      const element = kind === 'painPoints' ? 'painPoint' : 'gain';
      const found = deferred.get(kind);
      const own = found
        ? this.list(
            found[0],
            found[1],
            (item, p) => this.named(element, item, p),
            words[kind],
            hoisted.length,
          )
        : [];
      if (hoisted.length > 0 || found) draft[kind] = [...hoisted, ...(own ?? [])];
    }
    for (const kind of ['opportunities', 'actions', 'metrics'] as const) {
      const element = ({ opportunities: 'opportunity', actions: 'action', metrics: 'metric' } as const)[kind];
      take(kind, (node, path) =>
        this.list(node, path, (item, itemPath) => this.named(element, item, itemPath), kind),
      );
    }
    take('signals', (node, path) =>
      this.list(node, path, (item, itemPath) => this.signal(item, itemPath), 'signals'),
    );
    const problem = (path: DraftPath, message: string, loc?: Location) =>
      this.diagnostic('error', path, message, loc ?? this.locate(path));
    this.referenceErrors.push(...this.ids.assignIds(problem));
    for (const link of this.links) link();
    this.referenceErrors.push(...this.ids.resolve(problem));
    for (const finish of this.finishers) finish();
    if (draft.id === undefined && typeof draft.title === 'string') draft.id = slugify(draft.title);
    return draft;
  }

  /**
   * A list of items. A single item counts as a list of one only where `what` is not given;
   * otherwise anything but a list is an error ("expected a list of stages, got 5").
   */
  private list(
    node: SourceNode,
    path: DraftPath,
    read: (item: SourceNode, path: DraftPath) => unknown,
    what?: string,
    offset = 0,
  ): unknown[] | undefined {
    if (node.kind === 'list') return node.items.map((item, index) => read(item, [...path, index + offset]));
    if (what === undefined && (node.kind === 'map' || scalarText(node) !== undefined)) {
      return [read(node, [...path, offset])];
    }
    const message = `expected a list of ${what ?? 'items'}, got ${describeNode(node)}`;
    this.schemaErrors.push(this.diagnostic('error', path, message, node.loc));
    return undefined;
  }

  private register(
    kind: ElementKind,
    draft: Draft,
    path: DraftPath,
    label: () => string | undefined,
    order?: number,
  ) {
    return this.ids.add({ kind, draft, path, label, ...(order !== undefined ? { order } : {}) });
  }

  // --- references -----------------------------------------------------------------------------

  /** A reference field: an id, or the slug of an element's name. */
  private ref(kinds: ElementKind[], check?: (target: ElementSlot, path: DraftPath) => string | undefined) {
    return (value: SourceNode, path: DraftPath, draft: Draft) => {
      const field = path.at(-1) as string;
      draft[field] = this.refValue(
        kinds,
        value,
        path,
        (id) => {
          draft[field] = id;
        },
        check,
      );
    };
  }

  private refValue(
    kinds: ElementKind[],
    node: SourceNode,
    path: DraftPath,
    set: (id: string) => void,
    check?: (target: ElementSlot, path: DraftPath) => string | undefined,
  ): unknown {
    const text = node.kind === 'scalar' && typeof node.value !== 'boolean' ? scalarText(node) : undefined;
    if (text === undefined) return this.plain(node, path);
    this.ids.refer({
      kinds,
      value: text,
      path,
      ...(node.loc ? { loc: node.loc } : {}),
      set,
      ...(check ? { check: (target: ElementSlot) => check(target, path) } : {}),
    });
    return text;
  }

  /** A list of references (a single one is a list of one). */
  private refs(kinds: ElementKind[]): FieldHandler {
    return (value, path, draft) => {
      const field = path.at(-1) as string;
      const items = value.kind === 'list' ? value.items : [value];
      if (value.kind === 'map') {
        draft[field] = this.plain(value, path);
        return;
      }
      const ids: unknown[] = [];
      items.forEach((item, index) => {
        this.record([...path, index], item.loc);
        ids.push(
          this.refValue(kinds, item, [...path, index], (id) => {
            ids[index] = id;
          }),
        );
      });
      draft[field] = ids;
    };
  }

  private readonly backed: FieldHandlers = { insights: this.refs(['insight']) };

  // --- personas ------------------------------------------------------------------------------

  private personas(node: SourceNode, path: DraftPath): unknown {
    if (node.kind === 'map')
      return node.entries.map((entry, index) => this.personaEntry(entry, [...path, index]));
    return this.list(
      node,
      path,
      (item, itemPath) => this.persona(item, itemPath, {}),
      'personas (or a map of them)',
    );
  }

  /** `shopper: {name: …}`, `shopper: Budget shopper`, `shopper: ./personas/shopper.yaml`. */
  private personaEntry(entry: MapEntry, path: DraftPath): Draft {
    const draft: Draft = { id: entry.key };
    this.record(path, entry.keyLoc);
    this.record([...path, 'id'], entry.keyLoc);
    this.persona(entry.value, path, draft);
    if (draft.id !== entry.key) {
      const message = `id '${String(draft.id)}' differs from the key '${entry.key}' the persona is listed under`;
      this.schemaErrors.push(
        this.diagnostic('error', [...path, 'id'], message, this.locate([...path, 'id'])),
      );
      draft.id = entry.key;
    }
    return draft;
  }

  private persona(node: SourceNode, path: DraftPath, draft: Draft): Draft {
    this.register('persona', draft, path, () => text(draft.name));
    const written = scalarText(node);
    if (node.kind === 'map') this.fields(node, 'persona', path, {}, draft);
    else if (written !== undefined && PERSONA_FILE.test(written) && !/^[a-z]+:\/\//i.test(written)) {
      this.personaFile(written, node, path, draft);
    } else if (written !== undefined) {
      draft.name = written;
      this.record([...path, 'name'], node.loc);
    } else if (!isNull(node)) {
      Object.assign(draft, { name: this.plain(node, [...path, 'name']) });
    }
    return draft;
  }

  private personaFile(relative: string, node: SourceNode, path: DraftPath, draft: Draft): void {
    const fail = (message: string, loc = node.loc) =>
      this.referenceErrors.push(this.diagnostic('error', path, message, loc));
    if (this.options.loadFile === undefined) return void fail(`cannot load persona file '${relative}' here`);
    const text = this.options.loadFile(relative);
    if (text === undefined) return void fail(`persona file '${relative}' not found`);
    const file = joinRelative(this.options.fileName, relative);
    const read = readYaml(text, file);
    this.syntaxErrors.push(...read.errors);
    this.warnings.push(...read.warnings);
    if (read.fatal) return;
    if (read.root?.kind !== 'map') {
      const got = read.root === undefined ? 'an empty file' : describeNode(read.root);
      const loc = read.root?.loc ?? { file, line: 1, column: 1 };
      return void this.schemaErrors.push(
        this.diagnostic('error', path, `expected the persona's fields (name, …), got ${got}`, loc),
      );
    }
    this.fields(read.root, 'persona', path, {}, draft);
  }

  // --- stages, steps, paths ------------------------------------------------------------------

  /** `- Awareness: [steps]`, `- Awareness`, or `{name, steps, loop, …}`. */
  private stage(node: SourceNode, path: DraftPath, order: number): Draft {
    return this.named('stage', node, path, order);
  }

  private steps(value: SourceNode, path: DraftPath): unknown {
    return this.list(value, path, (item, itemPath) => this.named('step', item, itemPath), 'steps');
  }

  private readonly stepsHandler: FieldHandler = (value, path, d) => {
    d.steps = this.steps(value, path);
  };

  /** The field handlers of each named element but a stage (its loop check needs its place), built once. */
  private readonly elementHandlers: Readonly<Record<Exclude<NamedElement, 'stage'>, FieldHandlers>> = {
    step: this.stepHandlers(),
    path: { ...this.backed, steps: this.stepsHandler, from: this.ref(['step']), rejoin: this.ref(['step']) },
    insight: { personas: this.refs(['persona']) },
    painPoint: { ...this.backed, at: this.ref(['step', 'touchpoint']), personas: this.refs(['persona']) },
    gain: { ...this.backed, at: this.ref(['step', 'touchpoint']), personas: this.refs(['persona']) },
    opportunity: { ...this.backed, addresses: this.refs(['painPoint']), metrics: this.refs(['metric']) },
    action: {
      opportunity: this.ref(['opportunity']),
      kpi: (value, path, d) => {
        const metric = this.ref(['metric']);
        if (value.kind === 'map') d.kpi = this.fields(value, 'kpi', path, { metric });
        else {
          const kpi: Draft = {};
          metric(value, [...path, 'metric'], kpi);
          d.kpi = kpi;
        }
      },
    },
    metric: { ...this.backed, at: this.ref(['stage', 'step', 'touchpoint']) },
  };

  private handlers(element: NamedElement, order?: number): FieldHandlers {
    if (element !== 'stage') return this.elementHandlers[element];
    return {
      ...this.backed,
      steps: this.stepsHandler,
      loop: (value, path, d) => {
        const earlier = (target: ElementSlot) =>
          (target.order ?? 0) < (order ?? 0)
            ? undefined
            : `a stage can only loop back to an earlier stage; '${String(target.draft.id)}' ${
                target.draft === d ? 'is this stage' : 'comes after it'
              }`;
        const to = this.ref(['stage'], earlier);
        if (value.kind === 'map') d.loop = this.fields(value, 'loop', path, { to });
        else {
          const loop: Draft = {};
          to(value, [...path, 'to'], loop);
          this.record([...path, 'to'], value.loc);
          d.loop = loop;
        }
      },
    };
  }

  /** A step's field handlers (each is given the step's draft). */
  private stepHandlers(): FieldHandlers {
    const lane = (value: SourceNode, path: DraftPath, d: Draft) => {
      const name = path.at(-1) as string;
      const lanePath = [...path.slice(0, -1), 'blueprint', name];
      const blueprint = this.blueprintOf(d);
      if (blueprint[name] !== undefined) {
        const message = `the ${name} lane is given twice (on the step and in its blueprint); the first is used`;
        this.warnings.push(this.diagnostic('warning', lanePath, message, value.loc));
        return;
      }
      blueprint[name] = this.byShape(value, elementSchemas.blueprint.shape[name] as z.ZodType, lanePath);
    };
    const hoist =
      (kind: 'painPoints' | 'gains'): FieldHandler =>
      (value, _path, step) => {
        const items = value.kind === 'list' ? value.items : [value];
        for (const item of items) {
          const list = this.hoisted[kind];
          const finding = this.named(kind === 'painPoints' ? 'painPoint' : 'gain', item, [kind, list.length]);
          list.push(finding);
          this.links.push(() => {
            if (finding.at === undefined && typeof step.id === 'string') finding.at = step.id;
          });
        }
      };
    const handlers: Record<string, FieldHandler> = {
      ...this.backed,
      touchpoints: (value, path, d) => {
        d.touchpoints = this.list(value, path, (item, itemPath) => this.touchpoint(item, itemPath));
      },
      emotions: (value, path, d) => this.emotions(value, path, d),
      momentOfTruth: (value, path, d) => this.momentOfTruth(value, path, d),
      blueprint: (value, path, d) => {
        if (value.kind !== 'map') {
          d.blueprint = this.plain(value, path);
          return;
        }
        const written = this.fields(value, 'blueprint', path);
        const blueprint = this.blueprintOf(d);
        for (const [name, lines] of Object.entries(written)) {
          if (blueprint[name] === undefined) blueprint[name] = lines;
        }
      },
      painPoints: hoist('painPoints'),
      gains: hoist('gains'),
    };
    for (const name of blueprintLanes) handlers[name] = lane;
    return handlers;
  }

  /** The step's blueprint draft, created when a first lane is read. */
  private blueprintOf(step: Draft): Draft {
    if (typeof step.blueprint !== 'object' || step.blueprint === null) step.blueprint = {};
    return step.blueprint as Draft;
  }

  private momentOfTruth(value: SourceNode, path: DraftPath, draft: Draft): void {
    if (value.kind === 'map') {
      draft.momentOfTruth = this.fields(value, 'momentOfTruth', path);
      return;
    }
    const reason = value.kind === 'scalar' && typeof value.value === 'string' ? value.value : undefined;
    if (reason === undefined) {
      const message = `expected why this is a moment of truth (text, or a map with a reason), got ${describeNode(value)}`;
      this.schemaErrors.push(this.diagnostic('error', path, message, value.loc));
      return;
    }
    this.record([...path, 'reason'], value.loc);
    this.origins.shorthand([...path, 'reason'], path);
    draft.momentOfTruth = { reason };
  }

  private readonly touchpointHandlers: FieldHandlers = {
    ...this.backed,
    momentOfTruth: (value, path, d) => this.momentOfTruth(value, path, d),
  };

  /** `web: checkout`, `parcel`, `{channel, name, …}`, `{email: confirmation}`. */
  private touchpoint(node: SourceNode, path: DraftPath): Draft {
    const draft: Draft = {};
    this.register('touchpoint', draft, path, () => text(draft.name) ?? text(draft.channel));
    this.record(path, node.loc);
    const handlers = this.touchpointHandlers;
    const written = scalarText(node);
    if (written !== undefined) {
      Object.assign(draft, parseTouchpointText(written));
      this.record([...path, 'channel'], node.loc);
      this.record([...path, 'name'], node.loc);
      return draft;
    }
    const only = node.kind === 'map' && node.entries.length === 1 ? node.entries[0] : undefined;
    if (node.kind === 'map' && only !== undefined && canonicalKey('touchpoint', only.key) === undefined) {
      const name = scalarText(only.value);
      Object.assign(
        draft,
        name === undefined ? parseTouchpointText(only.key) : { channel: channelId(only.key), name },
      );
      this.record([...path, 'channel'], only.keyLoc);
      this.record([...path, 'name'], only.value.loc ?? only.keyLoc);
      if (only.value.kind === 'map') this.fields(only.value, 'touchpoint', path, handlers, draft);
      else if (name === undefined && !isNull(only.value)) {
        const message = `expected a name or the touchpoint's fields under '${only.key}', got ${describeNode(only.value)}`;
        this.schemaErrors.push(this.diagnostic('error', path, message, only.value.loc));
      }
      return draft;
    }
    if (node.kind === 'map') this.fields(node, 'touchpoint', path, handlers, draft);
    else Object.assign(draft, { channel: this.plain(node, [...path, 'channel']) });
    return draft;
  }

  /** `{shopper: 1, loyal: {score: 2, thoughts: …}}`; keys are persona references. */
  private emotions(value: SourceNode, path: DraftPath, draft: Draft): void {
    if (value.kind !== 'map') {
      draft.emotions = this.plain(value, path);
      return;
    }
    const entries: [string, unknown, MapEntry][] = value.entries.map((entry) => {
      const emotionPath = [...path, entry.key];
      this.record(emotionPath, entry.value.loc ?? entry.keyLoc);
      let emotion: unknown;
      if (entry.value.kind === 'map') emotion = this.fields(entry.value, 'emotion', emotionPath, this.backed);
      else {
        this.record([...emotionPath, 'score'], entry.value.loc);
        this.origins.shorthand([...emotionPath, 'score'], emotionPath);
        emotion = { score: this.plain(entry.value, [...emotionPath, 'score']) };
      }
      return [entry.key, emotion, entry];
    });
    entries.forEach((item) => {
      const entry = item[2];
      this.ids.refer({
        kinds: ['persona'],
        value: entry.key,
        path: [...path, entry.key],
        ...(entry.keyLoc ? { loc: entry.keyLoc } : {}),
        set: (id) => {
          item[0] = id;
        },
      });
    });
    this.finishers.push(() => {
      const seen = new Set<string>();
      for (const [persona, , entry] of entries) {
        if (seen.has(persona)) {
          const message = `persona '${persona}' has two emotions on this step`;
          this.referenceErrors.push(this.diagnostic('error', [...path, entry.key], message, entry.keyLoc));
        }
        seen.add(persona);
        if (persona !== entry.key) this.origins.copy([...path, entry.key], [...path, persona]);
      }
      draft.emotions = Object.fromEntries(entries.map(([persona, emotion]) => [persona, emotion]));
    });
  }

  /** `{ at: checkout, events: [checkout_*], channel: web }`. */
  private signal(node: SourceNode, path: DraftPath): unknown {
    this.record(path, node.loc);
    if (node.kind === 'map')
      return this.fields(node, 'signal', path, { at: this.ref(['step', 'touchpoint']) });
    const message = `expected a signal (a map with at, events and optionally channel), got ${describeNode(node)}`;
    this.schemaErrors.push(this.diagnostic('error', path, message, node.loc));
    return undefined;
  }

  // --- named items -----------------------------------------------------------------------------

  /**
   * An element of a named list: a full map of fields, a single-key map `- "The title": {fields}`
   * (for a stage, `- Stage: [steps]`), or plain text (the title, name or text).
   */
  private named(element: NamedElement, node: SourceNode, path: DraftPath, order?: number): Draft {
    const draft: Draft = {};
    const label = labels[element];
    const kind: ElementKind = element;
    this.register(kind, draft, path, () => text(draft[label]), order);
    this.record(path, node.loc);
    const handlers = this.handlers(element, order);
    const written = scalarText(node);
    if (written !== undefined && node.kind === 'scalar') {
      draft[label] = written;
      this.record([...path, label], node.loc);
      return draft;
    }
    const only = node.kind === 'map' && node.entries.length === 1 ? node.entries[0] : undefined;
    if (only !== undefined && canonicalKey(element as ElementName, only.key) === undefined) {
      draft[label] = only.key;
      this.record(path, only.keyLoc);
      this.record([...path, label], only.keyLoc);
      const value = only.value;
      if (value.kind === 'map') {
        this.fields(value, element, path, handlers, draft);
        this.record(path, only.keyLoc);
        if (draft[label] !== only.key) {
          const message = `the ${label} is given twice (as the key '${only.key}' and in '${label}:'); the key is used`;
          this.warnings.push(this.diagnostic('warning', [...path, label], message, only.keyLoc));
          draft[label] = only.key;
        }
      } else if (element === 'stage' && value.kind === 'list') {
        draft.steps = this.steps(value, [...path, 'steps']);
      } else if (!isNull(value)) {
        const what = element === 'stage' ? 'its steps (a list) or its fields (a map)' : 'its fields as a map';
        const message = `expected ${what} under '${only.key}', got ${describeNode(value)}`;
        this.schemaErrors.push(this.diagnostic('error', path, message, value.loc));
      }
      return draft;
    }
    if (node.kind === 'map') return this.fields(node, element, path, handlers, draft);
    this.schemaErrors.push(
      this.diagnostic(
        'error',
        path,
        `expected ${describeElement(element)}, got ${describeNode(node)}`,
        node.loc,
      ),
    );
    return draft;
  }
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function describeElement(element: NamedElement): string {
  const words: Record<NamedElement, string> = {
    stage: 'a stage',
    step: 'a step',
    path: 'a path',
    insight: 'an insight',
    painPoint: 'a pain point',
    gain: 'a gain',
    opportunity: 'an opportunity',
    action: 'an action',
    metric: 'a metric',
  };
  return `${words[element]} (its ${labels[element]} as text, or a map of its fields)`;
}

/** `examples/jacket.yaml` + `./personas/a.yaml` → `examples/personas/a.yaml`. */
export function joinRelative(base: string | undefined, relative: string): string {
  if (relative.startsWith('/')) return relative;
  const dir = base?.includes('/') ? base.slice(0, base.lastIndexOf('/') + 1) : '';
  const parts: string[] = [];
  for (const part of `${dir}${relative}`.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else parts.push(part);
  }
  const joined = parts.join('/');
  return dir.startsWith('/') ? `/${joined}` : joined;
}
