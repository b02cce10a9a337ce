import { describe, expect, it } from 'vitest';
import type { JourneySummary } from '../api/types';
import { fetchAllJourneys, filterJourneys, sortJourneys } from './useJourneyList';

const journey = (id: string, title: string, updatedAt: string, extra: Partial<JourneySummary> = {}) =>
  ({
    id,
    title,
    status: 'draft',
    owner: null,
    tags: [],
    personas: [],
    personaNames: [],
    health: null,
    revision: 1,
    reviewDue: null,
    lastReviewed: null,
    stale: false,
    updatedAt,
    ...extra,
  }) satisfies JourneySummary;

const list = [
  journey('hotel', 'Staying at a hotel', '2026-01-02', {
    owner: 'Guest Experience',
    personas: ['business'],
    personaNames: ['Business traveller'],
    health: 91,
  }),
  journey('jacket', 'buying a jacket', '2026-03-01', { tags: ['retail'], health: 55 }),
  journey('clinic', 'Visiting a clinic', '2026-02-01'),
];

describe('the library’s search and sort', () => {
  it('finds journeys by every word, in title, owner, persona or tag, in any case', () => {
    expect(filterJourneys(list, 'RETAIL').map((j) => j.id)).toEqual(['jacket']);
    expect(filterJourneys(list, 'guest business').map((j) => j.id)).toEqual(['hotel']);
    expect(filterJourneys(list, 'traveller').map((j) => j.id)).toEqual(['hotel']);
    expect(filterJourneys(list, 'hotel jacket')).toEqual([]);
    expect(filterJourneys(list, '  ')).toHaveLength(3);
  });

  it('sorts by last edit, newest first, or by title regardless of case', () => {
    expect(sortJourneys(list, 'updated').map((j) => j.id)).toEqual(['jacket', 'clinic', 'hotel']);
    expect(sortJourneys(list, 'title').map((j) => j.id)).toEqual(['jacket', 'hotel', 'clinic']);
  });

  it('sorts by health, the weakest first and the unjudged last', () => {
    expect(sortJourneys(list, 'health').map((j) => j.id)).toEqual(['jacket', 'hotel', 'clinic']);
  });
});

describe('reading the whole library', () => {
  it('reads page after page until it has every journey the server counts', async () => {
    const all = Array.from({ length: 1200 }, (_, i) => journey(`j${i}`, `Journey ${i}`, '2026-01-01'));
    const asked: string[] = [];
    const api = {
      get: async <T>(path: string): Promise<T> => {
        asked.push(path);
        const query = new URLSearchParams(path.split('?')[1]);
        const offset = Number(query.get('offset'));
        const limit = Number(query.get('limit'));
        return { journeys: all.slice(offset, offset + limit), total: all.length } as T;
      },
    };
    const read = await fetchAllJourneys(api, 'cx', { status: 'draft', stale: false });
    expect(read.map((j) => j.id)).toEqual(all.map((j) => j.id));
    expect(asked).toEqual([
      '/api/v1/workspaces/cx/journeys?status=draft&limit=500&offset=0',
      '/api/v1/workspaces/cx/journeys?status=draft&limit=500&offset=500',
      '/api/v1/workspaces/cx/journeys?status=draft&limit=500&offset=1000',
    ]);
  });
});
