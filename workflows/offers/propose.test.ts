import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engineChild, engineUnit } from '../../tests/builders/offers-fixtures';
import type { EngineChild, EngineUnit } from '../../domain/offers/engine/types';
import { DEFAULT_WEIGHTS } from '../../domain/offers/weights';
import { proposePlaces } from './propose';

/**
 * The engine on HiGHS against the rules of issue 12, on random small cities: capacity never exceeded,
 * language respected, continuity kept whenever the current unit has room, the optimum never worse than
 * the greedy rule on its own objective, and the same round re-run (in any order) gives the same answer.
 */
const unitArb = (i: number) =>
  fc
    .record({
      eastKm: fc.double({ min: 0, max: 6, noNaN: true }),
      northKm: fc.double({ min: 0, max: 6, noNaN: true }),
      language: fc.constantFrom('fi', 'fi', 'fi', 'sv', 'en'),
      places: fc.integer({ min: 0, max: 20 }),
      shiftCare: fc.boolean(),
      closingYear: fc.constantFrom(null, null, null, 2028),
    })
    .map((u) => engineUnit(`U${i}`, { ...u, postalCode: `00${100 + (i % 3) * 10}` }));

const cityArb = fc.integer({ min: 1, max: 7 }).chain((nUnits) =>
  fc
    .tuple(
      fc.tuple(...Array.from({ length: nUnits }, (_, i) => unitArb(i))),
      fc.array(
        fc.record({
          eastKm: fc.double({ min: 0, max: 6, noNaN: true }),
          northKm: fc.double({ min: 0, max: 6, noNaN: true }),
          language: fc.constantFrom<'fi' | 'sv'>('fi', 'fi', 'sv'),
          current: fc.option(fc.integer({ min: 0, max: nUnits - 1 }), { freq: 2 }),
          sibling: fc.option(fc.integer({ min: 0, max: nUnits - 1 }), { freq: 4 }),
          specialNeeds: fc.boolean(),
          shiftCare: fc.constantFrom(false, false, false, true),
        }),
        { minLength: 1, maxLength: 40 },
      ),
    )
    .map(([units, kids]) => ({
      units: units as EngineUnit[],
      children: kids.map((k, i) =>
        engineChild(`C${String(i).padStart(2, '0')}`, {
          eastKm: k.eastKm,
          northKm: k.northKm,
          language: k.language,
          currentUnitId: k.current === null ? null : `U${k.current}`,
          siblingUnitId: k.sibling === null ? null : `U${k.sibling}`,
          specialNeeds: k.specialNeeds,
          shiftCare: k.shiftCare,
          postalCode: `00${100 + (i % 3) * 10}`,
        }),
      ),
    })),
);

const run = (children: EngineChild[], units: EngineUnit[]) =>
  proposePlaces({ children, units, startYear: 2027, weights: DEFAULT_WEIGHTS });

describe('the proposal engine (HiGHS) on random cities', () => {
  it("never exceeds a unit's places, keeps language and shift care, and keeps continuity whenever the unit has room", async () => {
    await fc.assert(
      fc.asyncProperty(cityArb, async ({ children, units }) => {
        const result = await run(children, units);
        const unit = new Map(units.map((u) => [u.unitId, u]));
        const taken = new Map<string, number>();
        for (const p of result.placements) if (p.unitId) taken.set(p.unitId, (taken.get(p.unitId) ?? 0) + 1);
        for (const [id, n] of taken) expect(n).toBeLessThanOrEqual(unit.get(id)!.places);
        const child = new Map(children.map((c) => [c.childId, c]));
        for (const p of result.placements) {
          const c = child.get(p.childId)!;
          if (p.unitId === null) continue;
          const u = unit.get(p.unitId)!;
          expect(u.language).toBe(c.language);
          if (c.shiftCare) expect(u.shiftCare).toBe(true);
          expect(u.closingYear).toBeNull();
        }
        for (const p of result.placements) {
          const c = child.get(p.childId)!;
          const cur = c.currentUnitId ? unit.get(c.currentUnitId)! : null;
          const canTeach =
            cur &&
            cur.language === c.language &&
            cur.closingYear === null &&
            (!c.shiftCare || cur.shiftCare) &&
            cur.places > 0;
          // Moved away from a current unit that could teach the child only if that unit is full.
          if (canTeach && p.unitId !== cur.unitId) expect(taken.get(cur.unitId) ?? 0).toBe(cur.places);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the optimum is never worse than the greedy nearest-unit rule on its own objective', async () => {
    await fc.assert(
      fc.asyncProperty(cityArb, async ({ children, units }) => {
        const result = await run(children, units);
        expect(result.score.objective).toBeLessThanOrEqual(result.greedy.score.objective + 1e-6);
        expect(result.score.unplaced).toBeLessThanOrEqual(result.greedy.score.unplaced);
      }),
      { numRuns: 60 },
    );
  });

  it('re-running a round, with the cohort in any order, gives the same proposals', async () => {
    await fc.assert(
      fc.asyncProperty(cityArb, fc.integer(), async ({ children, units }, seed) => {
        const first = await run(children, units);
        const shuffled = [...children].sort(
          (a, b) => ((a.childId.charCodeAt(2) * seed) % 7) - ((b.childId.charCodeAt(2) * seed) % 7),
        );
        const again = await run(shuffled, [...units].reverse());
        expect(again.placements).toEqual(first.placements);
      }),
      { numRuns: 30 },
    );
  });

  it('leaves a child without a place only when every unit that could teach it is full', async () => {
    await fc.assert(
      fc.asyncProperty(cityArb, async ({ children, units }) => {
        const result = await run(children, units);
        const taken = new Map<string, number>();
        for (const p of result.placements) if (p.unitId) taken.set(p.unitId, (taken.get(p.unitId) ?? 0) + 1);
        for (const p of result.placements.filter((x) => x.unitId === null)) {
          const c = children.find((x) => x.childId === p.childId)!;
          for (const u of units)
            if (u.language === c.language && u.closingYear === null && (!c.shiftCare || u.shiftCare))
              expect(taken.get(u.unitId) ?? 0).toBe(u.places);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("a planner's pin holds, and a family's wishes are met in order where there is room", async () => {
    const units = [engineUnit('A'), engineUnit('B', { eastKm: 2 }), engineUnit('C', { eastKm: 3, places: 1 })];
    const result = await run(
      [
        engineChild('pinned', { pinnedUnitId: 'B' }),
        engineChild('wisher', { wishes: ['C', 'B'], wishesOnly: true, heldUnitId: 'A' }),
        engineChild('second', { wishes: ['C', 'B'], wishesOnly: true, heldUnitId: 'A', eastKm: 0.1 }),
      ],
      units,
    );
    const by = Object.fromEntries(result.placements.map((p) => [p.childId, p]));
    expect(by.pinned).toMatchObject({ unitId: 'B', facts: { rule: 'manual' } });
    expect([by.wisher.unitId, by.second.unitId].sort()).toEqual(['B', 'C']);
    expect([by.wisher.facts.rule, by.second.facts.rule]).toEqual(['wish', 'wish']);
  });
});
