/** One colour per proposal rule, shared by the map and its legend (dark enough for white outlines). */
export const RULE_COLOURS: Record<string, string> = {
  continuity: '#1b5e20',
  sibling: '#2e7d32',
  nearest: '#1565c0',
  moved_for_capacity: '#e65100',
  wish: '#6a1b9a',
  kept: '#5d4037',
  manual: '#ad1457',
  unplaced: '#b71c1c',
};
