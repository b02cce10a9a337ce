// The app's screens and their addresses. Pure: parseRoute and routePath are inverses.

export type Route =
  | { readonly screen: 'home' }
  | { readonly screen: 'setup'; readonly token: string }
  | { readonly screen: 'sign-in' }
  | { readonly screen: 'sign-up' }
  | { readonly screen: 'invite'; readonly token: string }
  | { readonly screen: 'account' }
  | { readonly screen: 'library'; readonly workspace: string }
  | { readonly screen: 'members'; readonly workspace: string }
  | { readonly screen: 'personas'; readonly workspace: string }
  | { readonly screen: 'editor'; readonly workspace: string; readonly journey: string }
  | { readonly screen: 'present'; readonly workspace: string; readonly journey: string }
  /** A public share link: the read-only presentation, no account. */
  | { readonly screen: 'shared'; readonly token: string }
  | { readonly screen: 'not-found'; readonly path: string };

/** The screen an address shows. */
export function parseRoute(pathname: string, search: string): Route {
  const parts = pathname
    .split('/')
    .filter((part) => part !== '')
    .map((part) => decodeURIComponent(part));
  const [first, second, third, fourth, fifth] = parts;
  if (parts.length === 0) return { screen: 'home' };
  if (first === 'setup' && parts.length === 1)
    return { screen: 'setup', token: new URLSearchParams(search).get('token') ?? '' };
  if (first === 'sign-in' && parts.length === 1) return { screen: 'sign-in' };
  if (first === 'sign-up' && parts.length === 1) return { screen: 'sign-up' };
  if (first === 'invite' && second !== undefined && parts.length === 2)
    return { screen: 'invite', token: second };
  if (first === 'account' && parts.length === 1) return { screen: 'account' };
  if (first === 'w' && second !== undefined && third === 'members' && parts.length === 3)
    return { screen: 'members', workspace: second };
  if (first === 'w' && second !== undefined && third === 'personas' && parts.length === 3)
    return { screen: 'personas', workspace: second };
  if (first === 's' && second !== undefined && parts.length === 2) return { screen: 'shared', token: second };
  if (first === 'w' && second !== undefined && parts.length === 2)
    return { screen: 'library', workspace: second };
  if (first === 'w' && second !== undefined && third === 'j' && fourth !== undefined && parts.length === 4)
    return { screen: 'editor', workspace: second, journey: fourth };
  if (
    first === 'w' &&
    second !== undefined &&
    third === 'j' &&
    fourth !== undefined &&
    fifth === 'present' &&
    parts.length === 5
  )
    return { screen: 'present', workspace: second, journey: fourth };
  return { screen: 'not-found', path: pathname };
}

/** The address of a screen. */
export function routePath(route: Route): string {
  const e = encodeURIComponent;
  switch (route.screen) {
    case 'home':
      return '/';
    case 'setup':
      return `/setup?token=${e(route.token)}`;
    case 'sign-in':
      return '/sign-in';
    case 'sign-up':
      return '/sign-up';
    case 'invite':
      return `/invite/${e(route.token)}`;
    case 'account':
      return '/account';
    case 'library':
      return `/w/${e(route.workspace)}`;
    case 'members':
      return `/w/${e(route.workspace)}/members`;
    case 'personas':
      return `/w/${e(route.workspace)}/personas`;
    case 'editor':
      return `/w/${e(route.workspace)}/j/${e(route.journey)}`;
    case 'present':
      return `/w/${e(route.workspace)}/j/${e(route.journey)}/present`;
    case 'shared':
      return `/s/${e(route.token)}`;
    case 'not-found':
      return route.path;
  }
}
