/**
 * A live document's name is `<workspace slug>/<journey id>`: both are URL-safe slugs without a
 * slash, so the name splits back unambiguously and says which workspace's rules apply.
 */
export interface JourneyAddress {
  readonly workspace: string;
  readonly journey: string;
}

export function documentName(address: JourneyAddress): string {
  return `${address.workspace}/${address.journey}`;
}

/** The address a document name stands for, or undefined when it is not `<workspace>/<journey>`. */
export function parseDocumentName(name: string): JourneyAddress | undefined {
  const match = /^([^/]+)\/([^/]+)$/.exec(name);
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  return { workspace: match[1], journey: match[2] };
}
