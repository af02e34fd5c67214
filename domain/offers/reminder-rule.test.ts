import { describe, expect, it } from 'vitest';
import { nextReminderOn, reminderDue } from './reminder-rule';

const offer = { sentOn: '2027-01-04', remindedOn: [] as string[], deadline: '2027-01-31', answered: false };

describe('reminders to families who have not answered', () => {
  it('the first reminder goes a week after the offer, not earlier', () => {
    expect(reminderDue(offer, '2027-01-10')).toBe(false);
    expect(reminderDue(offer, '2027-01-11')).toBe(true);
    expect(nextReminderOn(offer)).toBe('2027-01-11');
  });

  it('the second goes at least a week after the first, and there is no third', () => {
    const once = { ...offer, remindedOn: ['2027-01-11'] };
    expect(reminderDue(once, '2027-01-17')).toBe(false);
    expect(reminderDue(once, '2027-01-18')).toBe(true);
    const twice = { ...offer, remindedOn: ['2027-01-11', '2027-01-18'] };
    expect(reminderDue(twice, '2027-01-30')).toBe(false);
    expect(nextReminderOn(twice)).toBeNull();
  });

  it('no reminder to a family that answered, nor after the deadline', () => {
    expect(reminderDue({ ...offer, answered: true }, '2027-01-20')).toBe(false);
    expect(reminderDue(offer, '2027-02-01')).toBe(false);
    expect(reminderDue(offer, '2027-01-31')).toBe(true);
    expect(nextReminderOn({ ...offer, deadline: '2027-01-08' })).toBeNull();
  });
});
