import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { healthCategories } from './lintRule.js';
import { findLintRule, lintRules } from './lintRules.js';

const docs = readFileSync(new URL('../../../../docs/lint.md', import.meta.url), 'utf8');

describe('lintRules', () => {
  it('lists the rules grouped by category, in health breakdown order', () => {
    const order = lintRules.map((rule) => healthCategories.indexOf(rule.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('finds a rule by id', () => {
    expect(findLintRule('stage-without-steps')?.severity).toBe('error');
    expect(findLintRule('no-such-rule')).toBeUndefined();
  });

  it('has a section and a table row in docs/lint.md for every rule, and none for rules that do not exist', () => {
    for (const rule of lintRules) {
      expect(docs).toContain(
        `### ${rule.id}\n\n**Severity:** ${rule.severity} · **Category:** ${rule.category}\n`,
      );
      const row = new RegExp(
        `^\\| \\[\`${rule.id}\`\\]\\(#${rule.id}\\) +\\| ${rule.severity} +\\| ${rule.category} +\\|$`,
        'm',
      );
      expect(docs).toMatch(row);
    }
    const documented = [...docs.matchAll(/^### ([a-z-]+)$/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual(lintRules.map((rule) => rule.id).sort());
  });
});
