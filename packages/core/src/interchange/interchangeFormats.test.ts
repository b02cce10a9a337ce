import { describe, expect, it } from 'vitest';
import { Journey } from '../model/journey.js';
import { findFormat, interchangeFormats } from './interchangeFormats.js';

const journey = Journey.parse({
  id: 'renewal',
  title: 'Renewing a bike insurance policy',
  personas: [{ id: 'cyclist', name: 'Daily cyclist' }],
  stages: [
    {
      id: 'renew',
      name: 'Renewal',
      steps: [
        {
          id: 'reminder',
          name: 'Gets the reminder',
          touchpoints: [{ id: 'mail', channel: 'email', name: 'renewal reminder' }],
          emotions: { cyclist: { score: -0.5, thoughts: ['Already?'] } },
        },
      ],
    },
  ],
  painPoints: [{ id: 'price-jump', title: 'The price jumped', at: 'reminder', severity: 4 }],
});

describe('interchangeFormats', () => {
  it('has one format per id, with lower-case extensions that start with a dot', () => {
    const ids = interchangeFormats.map((format) => format.id);
    expect(ids).toEqual(['yaml', 'json', 'mermaid', 'csv', 'xlsx', 'md', 'ujm']);
    for (const format of interchangeFormats) {
      expect(format.extensions.length).toBeGreaterThan(0);
      for (const extension of format.extensions) expect(extension).toMatch(/^\.[a-z.]+$/);
      expect(format.import !== undefined || format.export !== undefined).toBe(true);
    }
  });

  it('finds a format by id, extension or file name, the longest ending winning', () => {
    expect(findFormat('csv')?.id).toBe('csv');
    expect(findFormat('.MMD')?.id).toBe('mermaid');
    expect(findFormat('mmd')?.id).toBe('mermaid');
    expect(findFormat('maps/journey.yml')?.id).toBe('yaml');
    expect(findFormat('journey.json')?.id).toBe('json');
    expect(findFormat('journey.ujm.json')?.id).toBe('ujm');
    expect(findFormat('markdown')?.id).toBe('md');
    expect(findFormat('pptx')).toBeUndefined();
    expect(findFormat('')).toBeUndefined();
  });

  it.each(interchangeFormats.filter((f) => f.import && f.export).map((f) => [f.id, f] as const))(
    '%s: what the format exports, it imports back unchanged',
    async (_, format) => {
      const data = await format.export!(journey);
      expect(typeof data === 'string').toBe(!format.binary);
      const back = await format.import!(data, { fileName: `renewal${format.extensions[0]}` });
      if (!back.ok) throw new Error(JSON.stringify(back.errors));
      if (format.id === 'mermaid') {
        expect(back.journey.stages[0]?.steps[0]?.name).toBe('Gets the reminder');
      } else {
        expect(back.journey).toStrictEqual(journey);
      }
    },
  );

  it('reads bytes as UTF-8 text for text formats', async () => {
    const text = await findFormat('csv')!.export!(journey);
    const bytes = new TextEncoder().encode(text as string);
    const back = await findFormat('csv')!.import!(bytes);
    expect(back.ok && back.journey).toStrictEqual(journey);
  });

  it('refuses text given to the XLSX importer', async () => {
    const result = await findFormat('xlsx')!.import!('not bytes');
    expect(result.ok).toBe(false);
  });

  it('exports Markdown, which has no importer', async () => {
    const md = findFormat('md')!;
    expect(md.import).toBeUndefined();
    expect(await md.export!(journey)).toMatch(/^# Renewing a bike insurance policy\n/);
  });
});
