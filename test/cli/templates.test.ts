import { templates } from '@waymark/core';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

describe('waymark templates', () => {
  it('prints every template as JSON with id, name, industry and description', async () => {
    const run = await runCli(['templates', '--json']);
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout);
    expect(listed).toEqual(
      templates.map(({ id, name, industry, description }) => ({ id, name, industry, description })),
    );
  });

  it('lists every template id and name as text', async () => {
    const run = await runCli(['templates']);
    expect(run.code).toBe(0);
    for (const template of templates) {
      expect(run.stdout).toContain(template.id);
      expect(run.stdout).toContain(template.name);
    }
    expect(run.stdout).toContain('waymark init --template');
  });
});
