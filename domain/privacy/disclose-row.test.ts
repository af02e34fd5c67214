import { describe, expect, it } from 'vitest';
import { discloseRow } from './disclose-row';

describe('disclosure control of rows', () => {
  it('a figure the source suppressed is null and flagged suppressed, never 0', () => {
    const row = discloseRow({ persons: null as number | null }, { counts: ['persons'], suppressed: true });
    expect(row).toEqual({ persons: null, suppressed: true, small: false, withheld: { persons: 'suppressed' } });
  });

  it('a child count below 5 is null and flagged small', () => {
    const row = discloseRow({ persons: 3 as number | null }, { counts: ['persons'] });
    expect(row.persons).toBeNull();
    expect(row.small).toBe(true);
  });

  it('missing data stays null without a flag', () => {
    expect(discloseRow({ persons: null as number | null }, { counts: ['persons'] })).toEqual({
      persons: null,
      suppressed: false,
      small: false,
    });
  });

  it('figures that would give a small demand away are withheld with it', () => {
    const row = discloseRow(
      {
        demand_total: 3 as number | null,
        capacity_total: 40,
        gap_places: -37 as number | null,
        fill_rate: 0.075 as number | null,
      },
      { counts: ['demand_total'], derived: ['gap_places', 'fill_rate'], basis: 'demand_total' },
    );
    expect(row).toMatchObject({
      demand_total: null,
      capacity_total: 40,
      gap_places: null,
      fill_rate: null,
      small: true,
    });
    expect(row.withheld).toEqual({ demand_total: 'small', gap_places: 'small', fill_rate: 'small' });
  });

  it('disclosable rows pass unchanged', () => {
    const row = discloseRow(
      { demand_total: 120 as number | null, gap_places: 12 as number | null },
      { counts: ['demand_total'], derived: ['gap_places'], basis: 'demand_total' },
    );
    expect(row).toEqual({ demand_total: 120, gap_places: 12, suppressed: false, small: false });
  });
});
