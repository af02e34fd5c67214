import { describe, expect, it } from 'vitest';
import { cohortBirthYearProblem, cohortRowSchema, normalisePhone } from './cohort-row';

const row = {
  child_id: 'C-1',
  birth_year: '2021',
  postal_code: '00100',
  lon: '24.94',
  lat: '60.17',
  language: 'sv',
  current_unit_id: '',
  sibling_unit_id: 'U-2',
  special_needs: 'false',
  shift_care: 'true',
  guardian_language: 'en',
  guardian_phone: '040 123 4567',
  guardian_email: '',
};

describe('a row of the cohort CSV', () => {
  it('reads a complete row, empty ids and contacts as missing', () => {
    const r = cohortRowSchema.parse(row);
    expect(r).toMatchObject({ current_unit_id: null, sibling_unit_id: 'U-2', shift_care: true, guardian_email: null });
    expect(r.guardian_phone).toBe('+358401234567');
  });

  it('refuses what would go wrong later, naming the field', () => {
    for (const [field, value] of [
      ['language', 'en'],
      ['lat', '45.0'],
      ['lon', '24,94'],
      ['special_needs', 'yes'],
      ['guardian_phone', '12'],
      ['guardian_email', 'not-an-address'],
      ['postal_code', '100'],
      ['child_id', 'a b'],
    ]) {
      const parsed = cohortRowSchema.safeParse({ ...row, [field]: value });
      expect(parsed.success, field).toBe(false);
      expect(parsed.error!.issues[0].path[0], field).toBe(field);
    }
  });

  it('one number however it is written; the apostrophe a spreadsheet adds is ignored', () => {
    expect(normalisePhone('+358 40 123 4567')).toBe('+358401234567');
    expect(normalisePhone('00358401234567')).toBe('+358401234567');
    expect(normalisePhone("'+358401234567")).toBe('+358401234567');
    expect(normalisePhone('123')).toBeNull();
  });

  it('the cohort of a start year was born six years earlier, five with the two-year option', () => {
    expect(cohortBirthYearProblem(2021, 2027, false)).toBeNull();
    expect(cohortBirthYearProblem(2022, 2027, false)).toMatch(/born 2022.*2021/);
    expect(cohortBirthYearProblem(2022, 2027, true)).toBeNull();
    expect(cohortBirthYearProblem(2020, 2027, true)).toMatch(/2021 or 2022/);
  });
});
