import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatDiagnostic } from '../diagnostic.js';
import { journeyJsonSchema } from './fileSchema.js';
import { parseJourney } from './parseJourney.js';

const docs = readFileSync(new URL('../../../../docs/format.md', import.meta.url), 'utf8');
const example = /## An example\n\n```yaml\n([\s\S]*?)```/.exec(docs)?.[1] ?? '';
const loadFile = (path: string) =>
  path === './personas/returning-customer.yaml' ? 'name: Returning customer\nshare: 0.4\n' : undefined;

describe('docs/format.md', () => {
  it('has an example of about 30 lines that parses without errors or warnings', () => {
    expect(example.split('\n').length).toBeGreaterThanOrEqual(25);
    const result = parseJourney(example, { fileName: 'example.yaml', loadFile });
    expect(result.ok ? [] : result.errors.map(formatDiagnostic)).toEqual([]);
    expect(result.warnings).toEqual([]);
    if (!result.ok) return;
    expect(result.journey.id).toBe('buying-a-winter-jacket-online');
    expect(result.journey.painPoints[0]).toMatchObject({ at: 'compares-prices-on-other-sites', severity: 4 });
    expect(result.journey.opportunities[0]?.addresses).toEqual(['cannot-tell-if-the-price-is-fair']);
  });

  it('has an example the JSON Schema accepts', () => {
    const ajv = new Ajv2020({ strict: false });
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    const validate = ajv.compile(journeyJsonSchema());
    expect(validate(parse(example)), JSON.stringify(validate.errors)).toBe(true);
  });
});
