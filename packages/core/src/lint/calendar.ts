import type { ReviewCadence } from '../model/journey.js';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = isoDate.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today in the local time zone, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const cadenceMonths: Record<Exclude<ReviewCadence, 'weekly'>, number> = {
  monthly: 1,
  quarterly: 3,
  'half-yearly': 6,
  yearly: 12,
};

/**
 * The date one review period after `date` (YYYY-MM-DD). Months are calendar months, clamped to
 * the end of a shorter month: 2026-01-31 + monthly = 2026-02-28.
 */
export function addCadence(date: string, cadence: ReviewCadence): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (cadence === 'weekly') {
    return new Date(Date.UTC(year, month - 1, day + 7)).toISOString().slice(0, 10);
  }
  const target = month - 1 + cadenceMonths[cadence];
  const lastDay = new Date(Date.UTC(year, target + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, target, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
