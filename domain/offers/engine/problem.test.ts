import { describe, expect, it } from 'vitest';
import { engineChild, engineUnit } from '../../../tests/builders/offers-fixtures';
import { DEFAULT_WEIGHTS } from '../weights';
import { classifyPlacements } from './classify';
import { consolidateGroups } from './consolidate';
import { scoreAssignment } from './evaluate';
import { greedyAssignment } from './greedy';
import { buildProblem } from './problem';

const input = (children: ReturnType<typeof engineChild>[], units: ReturnType<typeof engineUnit>[], w = {}) => ({
  children,
  units,
  startYear: 2027,
  weights: { ...DEFAULT_WEIGHTS, ...w },
});

describe('which units can take a child', () => {
  it("only units open for the whole pre-school year, teaching in the child's language, with shift care if needed", () => {
    const p = buildProblem(
      input(
        [engineChild('sv-child', { language: 'sv' }), engineChild('shift', { shiftCare: true })],
        [
          engineUnit('fi-unit'),
          engineUnit('sv-unit', { language: 'sv', eastKm: 3 }),
          engineUnit('en-unit', { language: 'en' }),
          engineUnit('closing', { language: 'sv', closingYear: 2028 }),
          engineUnit('new', { language: 'sv', openingYear: 2028 }),
          engineUnit('shift-unit', { shiftCare: true, eastKm: 5 }),
          engineUnit('full', { language: 'sv', places: 0 }),
        ],
      ),
    );
    const ids = (ci: number) => [...p.eligible[ci].units].map((ui) => p.units[ui].unitId);
    expect(ids(p.children.findIndex((c) => c.childId === 'sv-child'))).toEqual(['sv-unit']);
    expect(ids(p.children.findIndex((c) => c.childId === 'shift'))).toEqual(['shift-unit']);
  });

  it('the same children in another order give the same problem', () => {
    const a = [engineChild('b', { eastKm: 1 }), engineChild('a')];
    const u = [engineUnit('y', { eastKm: 2 }), engineUnit('x')];
    const p1 = buildProblem(input(a, u));
    const p2 = buildProblem(input([...a].reverse(), [...u].reverse()));
    expect(p2.columnsOf).toEqual(p1.columnsOf);
  });

  it('refuses a child pinned to a unit that cannot teach it, and more pins than places', () => {
    expect(() =>
      buildProblem(input([engineChild('a', { pinnedUnitId: 'sv' })], [engineUnit('sv', { language: 'sv' })])),
    ).toThrow(/cannot teach/);
    expect(() =>
      buildProblem(
        input(
          [engineChild('a', { pinnedUnitId: 'x' }), engineChild('b', { pinnedUnitId: 'x' })],
          [engineUnit('x', { places: 1 })],
        ),
      ),
    ).toThrow(/1 places but 2 children are pinned/);
  });
});

describe('the greedy nearest-unit rule and the reasons', () => {
  it('each child in turn takes the nearest unit with a free place', () => {
    const p = buildProblem(
      input(
        [engineChild('a'), engineChild('b'), engineChild('c')],
        [engineUnit('near', { places: 2 }), engineUnit('far', { eastKm: 4 })],
      ),
    );
    const g = greedyAssignment(p);
    expect([...g].map((ui) => p.units[ui].unitId)).toEqual(['near', 'near', 'far']);
    const reasons = classifyPlacements(p, g);
    expect(reasons.map((r) => r.facts.rule)).toEqual(['nearest', 'nearest', 'moved_for_capacity']);
    expect(reasons[2].facts).toMatchObject({ nearestFull: true, nearestKm: 0 });
  });

  it('continuity comes first, then the sibling, and beyond 5 km transport is free', () => {
    const p = buildProblem(
      input(
        [
          engineChild('stays', { currentUnitId: 'cur' }),
          engineChild('sib', { siblingUnitId: 'sibu' }),
          engineChild('far', { northKm: -20 }),
        ],
        [engineUnit('cur', { eastKm: 1 }), engineUnit('sibu', { eastKm: 2 }), engineUnit('near')],
      ),
    );
    const a = Int32Array.from(
      p.children.map((c) =>
        p.units.findIndex(
          (u) => u.unitId === ({ stays: 'cur', sib: 'sibu', far: 'near' } as Record<string, string>)[c.childId],
        ),
      ),
    );
    const facts = classifyPlacements(p, a).map((r) => r.facts);
    expect(facts.map((f) => f.rule)).toEqual(['nearest', 'sibling', 'continuity']);
    expect(facts[0]).toMatchObject({ freeTransport: true });
  });

  it('the yardstick counts continuity kept and the empty places of opened groups', () => {
    const p = buildProblem(input([engineChild('a', { currentUnitId: 'u' })], [engineUnit('u')]));
    const s = scoreAssignment(p, Int32Array.from([0]));
    expect(s).toMatchObject({ placed: 1, continuityPossible: 1, continuityKept: 1, emptyPlaces: 12, groups: 1 });
  });
});

describe('fewer, fuller groups', () => {
  it('a child alone in a second group moves to a unit nearby with room in an open group', () => {
    const children = [
      ...Array.from({ length: 14 }, (_, i) => engineChild(`a${i}`)),
      ...Array.from({ length: 5 }, (_, i) => engineChild(`b${i}`, { eastKm: 0.5 })),
    ];
    const p = buildProblem(
      input(children, [engineUnit('a', { places: 26 }), engineUnit('b', { eastKm: 0.5, places: 26 })]),
    );
    const start = greedyAssignment(p);
    const better = consolidateGroups(p, start);
    expect(scoreAssignment(p, start).emptyPlaces).toBe(12 + 8);
    expect(scoreAssignment(p, better).emptyPlaces).toBe(7);
    expect(scoreAssignment(p, better).objective).toBeLessThan(scoreAssignment(p, start).objective);
  });
});
