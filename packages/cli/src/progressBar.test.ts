import { describe, expect, it } from 'vitest';
import { progressLine } from './progressBar.js';

describe('progressLine', () => {
  it('fills the bar with the share of steps done and shows the step, message and time', () => {
    expect(progressLine('mapping events to the journey', 3, 12, 12_400)).toBe(
      `[${'█'.repeat(5)}${'░'.repeat(15)}] 3/12 mapping events to the journey · 12 s`,
    );
    expect(progressLine('done', 12, 12, 0)).toBe(`[${'█'.repeat(20)}] 12/12 done · 0 s`);
  });

  it('cuts a long message so the line fits the terminal and can be rewritten in place', () => {
    const line = progressLine(
      `reading events from ${'very/long/path/'.repeat(10)}events.csv`,
      1,
      9,
      3000,
      60,
    );
    expect([...line].length).toBeLessThanOrEqual(59);
    expect(line).toMatch(/… · 3 s$/);
  });

  it('never overfills or underfills on odd input', () => {
    expect(progressLine('x', 5, 0, 0)).toContain(`[${'░'.repeat(20)}]`);
    expect(progressLine('x', 15, 10, 0)).toContain(`[${'█'.repeat(20)}]`);
  });
});
