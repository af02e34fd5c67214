import { describe, expect, it } from 'vitest';
import { isPermitted, ROLES, type Role } from '../auth/actions';

const may = (role: Role) => isPermitted({ roles: [role], municipalities: [] }, 'wellbeing.read');

describe('who sees the wellbeing situation room', () => {
  it('is open to service managers, leadership, analysts and planners', () => {
    expect(ROLES.filter(may)).toEqual(['manager', 'planner', 'analyst', 'leadership']);
  });

  it('is not for the placement officer (who sees individual children elsewhere) nor the admin, nor anyone signed out', () => {
    expect(may('placement')).toBe(false);
    expect(may('admin')).toBe(false);
    expect(isPermitted(null, 'wellbeing.read')).toBe(false);
  });
});
