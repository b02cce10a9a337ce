import { describe, expect, it } from 'vitest';
import { parseRoute, type Route, routePath } from './routes';

const screens: Route[] = [
  { screen: 'home' },
  { screen: 'setup', token: 'a+b/c' },
  { screen: 'sign-in' },
  { screen: 'sign-up' },
  { screen: 'invite', token: 'tok_123' },
  { screen: 'account' },
  { screen: 'library', workspace: 'cx-team' },
  { screen: 'members', workspace: 'cx-team' },
  { screen: 'personas', workspace: 'cx-team' },
  { screen: 'editor', workspace: 'cx-team', journey: 'returns & refunds' },
  { screen: 'present', workspace: 'cx-team', journey: 'returns & refunds' },
  { screen: 'shared', token: 'wm_share_a/b' },
];

describe('the app’s addresses', () => {
  it('reads back every screen from its address', () => {
    for (const route of screens) {
      const [pathname = '', search = ''] = routePath(route).split('?');
      expect(parseRoute(pathname, search ? `?${search}` : '')).toEqual(route);
    }
  });

  it('says "not found" for an address of no screen', () => {
    expect(parseRoute('/w/cx-team/j', '')).toEqual({ screen: 'not-found', path: '/w/cx-team/j' });
    expect(parseRoute('/nowhere', '')).toEqual({ screen: 'not-found', path: '/nowhere' });
    expect(parseRoute('/w/cx/j/map/present/more', '')).toMatchObject({ screen: 'not-found' });
    expect(parseRoute('/s', '')).toMatchObject({ screen: 'not-found' });
  });
});
