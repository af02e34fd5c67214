import { z } from 'zod';

/**
 * Calendar dates of the offer round (deadlines, reminders, retention) as 'YYYY-MM-DD' strings, the way
 * eVaka uses LocalDate: a deadline is a day in Finland, not an instant, so no time zone can shift it.
 * Arithmetic goes through UTC midnight, where every day has 24 hours.
 */
export const localDateSchema = z.iso.date();
export type LocalDate = z.infer<typeof localDateSchema>;

const DAY_MS = 86_400_000;
const toUtc = (d: LocalDate): number => Date.parse(`${d}T00:00:00Z`);

export const addDays = (d: LocalDate, days: number): LocalDate =>
  new Date(toUtc(d) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `a` to `b` (negative when b is earlier). */
export const daysBetween = (a: LocalDate, b: LocalDate): number => Math.round((toUtc(b) - toUtc(a)) / DAY_MS);

export const isBefore = (a: LocalDate, b: LocalDate): boolean => a < b;

/** The calendar day of an instant in Finland (where the families and the deadline are). */
export function finnishDayOf(instant: Date): LocalDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
  return parts;
}
