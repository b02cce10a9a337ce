import { describe, expect, it } from 'vitest';
import { othersIn } from './useLiveJourney';

const ada = { id: 'u-ada', name: 'Ada', color: '#0072b2' };
const eve = { id: 'u-eve', name: 'Eve', color: '#d55e00' };

describe('who else is here (awareness → presence)', () => {
  it('lists the other connections, without my own, once per person', () => {
    const states = [
      { clientId: 1, user: ada },
      { clientId: 2, user: eve, selected: 'pays' },
      { clientId: 3, user: eve },
    ];
    expect(othersIn(states, 1)).toEqual([{ user: eve, selected: 'pays' }]);
  });

  it('drops malformed states and treats a cleared selection as none', () => {
    const states = [
      { clientId: 2, user: { id: 'x', name: 'X', color: 'red' } },
      { clientId: 3, user: ada, selected: null },
      { clientId: 4 },
    ];
    expect(othersIn(states, 1)).toEqual([{ user: ada }]);
  });
});
