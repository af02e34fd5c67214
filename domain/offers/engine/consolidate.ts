import type { Assignment, Problem } from './types';

/**
 * Fewer, fuller groups: a unit whose last group holds only a few children closes it when those children
 * can move into free places of groups already open elsewhere for less, together, than the empty places
 * saved (a whole group's worth: the places left in the closed group plus the ones filled elsewhere). A
 * deterministic local improvement of an assignment (units in id order, cheapest moves first), used to
 * give the group MIP a good start; it never makes the objective worse and never breaks a constraint.
 */
export function consolidateGroups(problem: Problem, start: Assignment, maxRounds = 20): Assignment {
  const w = problem.weights;
  const g = w.groupSize;
  if (w.emptyPlace <= 0 || g <= 1) return start;
  const a = Int32Array.from(start);
  const counts = new Array<number>(problem.units.length).fill(0);
  for (const ui of a) if (ui >= 0) counts[ui] += 1;
  const costOf = problem.columnsOf.map((cols) => new Map(cols.map((c) => [c.unit, c.cost])));
  const members = problem.units.map(() => [] as number[]);
  a.forEach((ui, ci) => {
    if (ui >= 0 && problem.pinned[ci] < 0) members[ui].push(ci);
  });
  const freeInOpenGroups = (v: number) => Math.min(Math.ceil(counts[v] / g) * g, problem.units[v].places) - counts[v];
  for (let round = 0; round < maxRounds; round++) {
    let improved = false;
    for (let u = 0; u < problem.units.length; u++) {
      const r = counts[u] % g;
      if (r === 0 || r > members[u].length) continue;
      const reserved = new Map<number, number>();
      const moves: { ci: number; to: number; delta: number }[] = [];
      const options = members[u]
        .map((ci) => {
          const here = costOf[ci].get(u)!;
          let best = { to: -1, delta: Infinity };
          for (const [v, cost] of costOf[ci]) {
            if (v < 0 || v === u || freeInOpenGroups(v) <= 0) continue;
            if (cost - here < best.delta) best = { to: v, delta: cost - here };
          }
          return { ci, ...best };
        })
        .filter((o) => o.to >= 0)
        .sort((x, y) => x.delta - y.delta || x.ci - y.ci);
      for (const o of options) {
        if (moves.length === r) break;
        const used = reserved.get(o.to) ?? 0;
        if (used >= freeInOpenGroups(o.to)) continue;
        reserved.set(o.to, used + 1);
        moves.push(o);
      }
      const saved = w.emptyPlace * g;
      const cost = moves.reduce((s, m) => s + m.delta, 0);
      if (moves.length < r || cost >= saved - 1e-9) continue;
      for (const m of moves) {
        a[m.ci] = m.to;
        counts[u] -= 1;
        counts[m.to] += 1;
        members[u].splice(members[u].indexOf(m.ci), 1);
        members[m.to].push(m.ci);
      }
      improved = true;
    }
    if (!improved) break;
  }
  return a;
}
