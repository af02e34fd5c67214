import { describe, expect, it } from 'vitest';
import { emptyState, fromDocument, toDocument } from './form-state';
import { scenarioSchema } from '../../domain/planning/scenario';

/** The scenario form's state <-> the scenario document (ui/scenarios/form-state.ts). */
describe('scenario form state', () => {
  it('round-trips a filled form through the zod schema', () => {
    const state = {
      ...emptyState('Kalasatama growth'),
      author: 'planner',
      births: '5',
      migrationAll: '-0.5',
      m2PerChild: '9',
      ratioFullDay: '8',
      fromYear: '2025',
      migration: [{ postalCode: '00540', pctPerYear: '3' }],
      housing: [
        { postalCode: '00540', year: '2026', dwellings: '1200', floorAreaM2: '' },
        { postalCode: '00580', year: '2027', dwellings: '', floorAreaM2: '50000' },
      ],
      participation: [{ age: '1', pp: '5', fromYear: '2026' }],
      open: [
        {
          unitId: 'NEW-1',
          nameFi: 'Uusi',
          postalCode: '00540',
          lon: '24.978',
          lat: '60.187',
          capacityUnder3: '36',
          capacity3plus: '105',
          openingYear: '2027',
        },
      ],
      close: [{ unitId: '091-SYN-00530-1', year: '2026' }],
      capacity: [{ unitId: '091-SYN-00100-2', year: '2026', under3Delta: '', plus3Delta: '21' }],
    };
    const doc = scenarioSchema.parse(toDocument(state, '091'));
    expect(doc.migration).toEqual([
      { postalCode: '00540', pctPerYear: 3 },
      { municipalityCode: '091', pctPerYear: -0.5 },
    ]);
    expect(doc.units?.open?.[0].municipalityCode).toBe('091');
    const back = fromDocument(doc);
    expect(back).toEqual({ ...state, capacity: [{ ...state.capacity[0], under3Delta: '0' }] });
  });

  it('passes text that is not a number on, so the schema reports it at its field', () => {
    const result = scenarioSchema.safeParse(
      toDocument(
        {
          ...emptyState('x'),
          births: 'abc',
          housing: [{ postalCode: '', year: '2026', dwellings: '5', floorAreaM2: '' }],
        },
        '091',
      ),
    );
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('births.pct');
    expect(paths).toContain('housing.0.postalCode');
  });

  it('an empty form is the baseline under a name', () => {
    expect(toDocument(emptyState('Only a name'), '091')).toEqual({ name: 'Only a name' });
  });
});
