// Golden files: every template, and the hand-written sketch, rendered to SVG and compared byte
// for byte with test/golden/<id>.svg. After a deliberate change to the look, rewrite them with
//   UPDATE_GOLDEN=1 npx vitest run test/golden
// and review the pictures in the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Journey, parseJourney, templates } from '@waymark/core';
import { renderSvg } from '@waymark/render';
import { describe, expect, it } from 'vitest';
import { checkWellFormedSvg } from './wellFormed.js';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';

function parsed(source: string, fileName: string): Journey {
  const result = parseJourney(source, { fileName });
  if (!result.ok)
    throw new Error(`${fileName} does not parse:\n${result.errors.map((e) => e.message).join('\n')}`);
  return result.journey;
}

function compareWithGolden(id: string, svg: string): void {
  const file = here(`./${id}.svg`);
  if (update) {
    writeFileSync(file, svg);
    return;
  }
  if (!existsSync(file))
    throw new Error(`no golden file ${id}.svg yet: run UPDATE_GOLDEN=1 npx vitest run test/golden`);
  expect(
    svg === readFileSync(file, 'utf8'),
    `${id}.svg differs from the golden file; if the change is intended, run UPDATE_GOLDEN=1 npx vitest run test/golden`,
  ).toBe(true);
}

describe('golden SVGs', () => {
  it('has templates to render', () => {
    expect(templates.length).toBeGreaterThan(0);
  });

  for (const template of templates) {
    it(`renders the ${template.id} template as before`, () => {
      const svg = renderSvg(parsed(template.source, `${template.id}.yaml`));
      checkWellFormedSvg(svg);
      compareWithGolden(template.id, svg);
    });
  }

  it('renders the hand-written winter jacket sketch as before', () => {
    const source = readFileSync(here('./winter-jacket.sketch.yaml'), 'utf8');
    const svg = renderSvg(parsed(source, 'winter-jacket.sketch.yaml'));
    checkWellFormedSvg(svg);
    compareWithGolden('winter-jacket.sketch', svg);
  });
});
