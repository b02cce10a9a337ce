import type { AnalysisDocument, Journey } from '@waymark/core';
import { type ThemeName, themeNames } from './theme.js';

export const laneIds = [
  'actions',
  'touchpoints',
  'thoughts',
  'emotions',
  'painPoints',
  'gains',
  'opportunities',
  'frontstage',
  'backstage',
  'support',
  'systems',
  'physical',
  'measured',
  'metrics',
  'paths',
] as const;
/** A row of the map. */
export type LaneId = (typeof laneIds)[number];

export const pageSizes = ['auto', 'a4', 'a3', 'a2', 'letter', 'tabloid'] as const;
export type PageSize = (typeof pageSizes)[number];

/** What to draw and how. Every field is optional. */
export interface RenderOptions {
  /** Which lanes, in which order. Default: every lane that has content, in the standard order. */
  readonly lanes?: readonly LaneId[];
  /** Persona ids whose emotion curves to draw. Default: all. */
  readonly personas?: readonly string[];
  readonly theme?: ThemeName;
  /** 'auto' sizes the page to the map; the others are landscape pages the map is fitted to. */
  readonly page?: PageSize;
  /** Prefix of every id inside the SVG. Default: derived from the journey id. */
  readonly idPrefix?: string;
  /**
   * What `waymark analyze` measured for this journey. When given, the emotion lane draws the
   * measured curve beside the designed one and the `measured` lane shows each stage's funnel.
   */
  readonly analysis?: AnalysisDocument;
}

/** Options with defaults applied and checked. */
export interface ResolvedOptions {
  readonly lanes?: readonly LaneId[];
  readonly personas: readonly string[];
  readonly theme: ThemeName;
  readonly page: PageSize;
  readonly idPrefix: string;
  readonly analysis?: AnalysisDocument;
}

/** Landscape page sizes in PDF points (1/72 in). */
export const pagePoints: Readonly<Record<Exclude<PageSize, 'auto'>, readonly [number, number]>> = {
  a4: [841.89, 595.28],
  a3: [1190.55, 841.89],
  a2: [1683.78, 1190.55],
  letter: [792, 612],
  tabloid: [1224, 792],
};

/** FNV-1a, base 36: a short stable hash for default id prefixes. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

const listOf = (values: readonly string[]) => values.join(', ');

/** Applies defaults and throws a specific error for anything the renderer cannot honour. */
export function resolveOptions(journey: Journey, options: RenderOptions = {}): ResolvedOptions {
  const theme = options.theme ?? 'light';
  if (!themeNames.includes(theme)) {
    throw new Error(`unknown theme "${String(theme)}"; expected one of ${listOf(themeNames)}`);
  }
  const page = options.page ?? 'auto';
  if (!pageSizes.includes(page)) {
    throw new Error(`unknown page size "${String(page)}"; expected one of ${listOf(pageSizes)}`);
  }
  if (options.lanes) {
    const seen = new Set<string>();
    for (const lane of options.lanes) {
      if (!(laneIds as readonly string[]).includes(lane)) {
        throw new Error(`unknown lane "${String(lane)}"; expected any of ${listOf(laneIds)}`);
      }
      if (seen.has(lane)) throw new Error(`lane "${lane}" is listed twice`);
      seen.add(lane);
    }
  }
  const known = journey.personas.map((persona) => persona.id);
  if (options.personas) {
    for (const id of options.personas) {
      if (!known.includes(id)) {
        const have = known.length > 0 ? `this journey has ${listOf(known)}` : 'this journey has no personas';
        throw new Error(`unknown persona "${id}"; ${have}`);
      }
    }
  }
  const idPrefix = options.idPrefix ?? `wm-${shortHash(journey.id)}`;
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(idPrefix)) {
    throw new Error(
      `idPrefix must start with a letter and hold only letters, digits, "-" and "_" (got "${idPrefix}")`,
    );
  }
  return {
    ...(options.lanes ? { lanes: options.lanes } : {}),
    personas: options.personas ?? known,
    theme,
    page,
    idPrefix,
    ...(options.analysis ? { analysis: options.analysis } : {}),
  };
}
