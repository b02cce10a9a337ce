import { describe, expect, it } from 'vitest';
import { metricDirection } from './metricDirection.js';

describe('metricDirection', () => {
  it('follows the kind when the metric does not say', () => {
    expect(metricDirection({ kind: 'nps' })).toBe('up');
    expect(metricDirection({ kind: 'conversion' })).toBe('up');
    expect(metricDirection({ kind: 'time' })).toBe('down');
    expect(metricDirection({ kind: 'drop-off' })).toBe('down');
    expect(metricDirection({ kind: 'churn' })).toBe('down');
  });

  it('lets the metric override its kind', () => {
    expect(metricDirection({ kind: 'time', direction: 'up' })).toBe('up');
    expect(metricDirection({ kind: 'custom', direction: 'down' })).toBe('down');
  });
});
