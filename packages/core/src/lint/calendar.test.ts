import { describe, expect, it } from 'vitest';
import { addCadence, daysBetween, isIsoDate, localToday } from './calendar.js';

describe('calendar', () => {
  it('adds review cadences in calendar terms, clamping to the end of shorter months', () => {
    expect(addCadence('2026-01-10', 'weekly')).toBe('2026-01-17');
    expect(addCadence('2026-12-28', 'weekly')).toBe('2027-01-04');
    expect(addCadence('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(addCadence('2028-01-31', 'monthly')).toBe('2028-02-29');
    expect(addCadence('2026-11-30', 'quarterly')).toBe('2027-02-28');
    expect(addCadence('2026-08-31', 'half-yearly')).toBe('2027-02-28');
    expect(addCadence('2028-02-29', 'yearly')).toBe('2029-02-28');
  });

  it('counts whole days between dates', () => {
    expect(daysBetween('2026-06-01', '2026-06-15')).toBe(14);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-06-15', '2026-06-01')).toBe(-14);
  });

  it('accepts only real dates written as YYYY-MM-DD', () => {
    expect(isIsoDate('2026-06-15')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-6-15')).toBe(false);
    expect(isIsoDate('2026-06-15T00:00')).toBe(false);
  });

  it('writes the local date of a moment', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
