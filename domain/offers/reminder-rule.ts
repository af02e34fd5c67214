import { addDays, daysBetween, type LocalDate } from './local-date';

/**
 * Reminders to families who have not answered: at most two, at least a week after the offer or the
 * previous reminder, and only while the deadline has not passed (a reminder on the last day still helps).
 */
export interface ReminderRule {
  maxReminders: number;
  minDaysApart: number;
}

export const DEFAULT_REMINDER_RULE: ReminderRule = { maxReminders: 2, minDaysApart: 7 };

export interface ReminderState {
  /** The day the offer went out. */
  sentOn: LocalDate;
  /** Days reminders went out, oldest first. */
  remindedOn: readonly LocalDate[];
  deadline: LocalDate;
  answered: boolean;
}

export function reminderDue(s: ReminderState, today: LocalDate, rule: ReminderRule = DEFAULT_REMINDER_RULE): boolean {
  if (s.answered || s.remindedOn.length >= rule.maxReminders || today > s.deadline) return false;
  const last = s.remindedOn.at(-1) ?? s.sentOn;
  return daysBetween(last, today) >= rule.minDaysApart;
}

/** The earliest day the next reminder may go, or null when none will. */
export function nextReminderOn(s: ReminderState, rule: ReminderRule = DEFAULT_REMINDER_RULE): LocalDate | null {
  if (s.answered || s.remindedOn.length >= rule.maxReminders) return null;
  const last = s.remindedOn.at(-1) ?? s.sentOn;
  const next = addDays(last, rule.minDaysApart);
  return next <= s.deadline ? next : null;
}

/**
 * The day a family's answer is due: the round's deadline, but never less than a week after its offer went
 * out (a second-round proposal sent late still leaves the family a week).
 */
export function answerDueOn(roundDeadline: LocalDate, sentOn: LocalDate, minDays = 7): LocalDate {
  const week = addDays(sentOn, minDays);
  return week > roundDeadline ? week : roundDeadline;
}
