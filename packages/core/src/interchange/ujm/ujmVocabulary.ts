// OpenUJI UJM 1.0-draft (User Journey Mapping, https://specs.openuji.org/ujm/1.0-draft): the
// terms Waymark reads and writes. See docs/interchange.md for what maps to what.
import { findChannel } from '../../model/channels.js';
import { Id } from '../../model/primitives.js';

/** The UJM vocabulary namespace; compact type terms ("Journey") expand into it. */
export const UJM_NAMESPACE = 'https://www.openuji.org/ns/ujm#';
/** The prefix of Waymark's extension terms (`waymark:journey`, `waymark:step`). */
export const WAYMARK_EXTENSION_PREFIX = 'urn:waymark:ujm:';
/** Extension field on the Journey with everything UJM has no term for. */
export const JOURNEY_EXTENSION = 'waymark:journey';
/** Extension field on a Step with everything UJM has no term for. */
export const STEP_EXTENSION = 'waymark:step';

/** The JSON-LD context written into every exported document: UJM's terms plus the extension prefix. */
export const ujmContext = {
  '@vocab': UJM_NAMESPACE,
  id: '@id',
  type: '@type',
  journey: { '@type': '@id' },
  step: { '@type': '@id' },
  start: { '@type': '@id' },
  end: { '@type': '@id' },
  from: { '@type': '@id' },
  to: { '@type': '@id' },
  touchpoint: { '@type': '@id' },
  persona: { '@type': '@id' },
  personas: { '@type': '@id' },
  channel: { '@type': '@vocab' },
  calls: { '@type': '@id' },
  members: { '@container': '@set' },
  waymark: WAYMARK_EXTENSION_PREFIX,
  [JOURNEY_EXTENSION]: { '@type': '@json' },
  [STEP_EXTENSION]: { '@type': '@json' },
} as const;

/** The IRI of a journey, and of an element inside it (ids are one namespace per journey). */
export function journeyIri(journeyId: string, elementId?: string): string {
  return elementId === undefined
    ? `urn:waymark:journey:${journeyId}`
    : `urn:waymark:journey:${journeyId}:${elementId}`;
}

/** The id an IRI ends with (`…/checkout`, `…#checkout`, `urn:…:checkout`), when it is a valid Waymark id. */
export function idFromIri(iri: string): string | undefined {
  const last = iri
    .split(/[:/#]/)
    .filter((part) => part !== '')
    .at(-1);
  return last !== undefined && Id.safeParse(last).success ? last : undefined;
}

/** `"Journey"`, `"ujm:Journey"` or the full IRI, also inside a list (older drafts allowed several types). */
export function hasUjmType(node: unknown, type: string): boolean {
  if (node === null || typeof node !== 'object') return false;
  const value =
    (node as { type?: unknown; '@type'?: unknown }).type ?? (node as { '@type'?: unknown })['@type'];
  const types = Array.isArray(value) ? value : [value];
  return types.some((t) => t === type || t === `ujm:${type}` || t === `${UJM_NAMESPACE}${type}`);
}

/** Waymark's channel ids and UJM's controlled channel terms, where UJM names one. */
const standardChannels: readonly [string, string][] = [
  ['web', 'Web'],
  ['app', 'MobileApp'],
  ['phone', 'Phone'],
  ['in-person', 'InPerson'],
  ['email', 'Email'],
  ['sms', 'SMS'],
];

/** The UJM channel term for a Waymark channel; channels UJM does not list become extension terms (`WordOfMouth`). */
export function ujmChannel(channel: string): string {
  const known = standardChannels.find(([id]) => id === channel);
  if (known) return known[1];
  const words = channel.split(/[^\p{Letter}\p{Number}]+/u).filter((word) => word !== '');
  const term = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()).join('');
  return term === '' ? 'Other' : term;
}

/** The Waymark channel of a UJM channel term (`ujm:MobileApp` → app, `WordOfMouth` → word-of-mouth). */
export function channelFromUjm(term: string): string {
  const bare = term.replace(/^ujm:/, '').replace(UJM_NAMESPACE, '');
  const known = standardChannels.find(([, ujm]) => ujm === bare);
  if (known) return known[0];
  const words = bare
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return findChannel(words)?.id ?? findChannel(words.replace(/ /g, '-'))?.id ?? words;
}
