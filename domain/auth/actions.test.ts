import { describe, expect, it } from 'vitest';
import { ACTIONS, isPermitted, permittedActions, ROLES, type Action, type Role } from './actions';

const user = (roles: Role[], municipalities: string[] = []) => ({ roles, municipalities });

describe('who may do what', () => {
  it('nobody signed out may do anything', () => {
    for (const action of Object.keys(ACTIONS) as Action[]) expect(isPermitted(null, action)).toBe(false);
  });

  it('an analyst retrains and activates models and uploads data; a planner may not', () => {
    expect(isPermitted(user(['analyst']), 'models.train')).toBe(true);
    expect(isPermitted(user(['analyst']), 'data.upload')).toBe(true);
    expect(isPermitted(user(['planner']), 'models.train')).toBe(false);
    expect(isPermitted(user(['planner']), 'models.activate')).toBe(false);
  });

  it('a planner runs and saves scenarios for the municipalities they work for', () => {
    expect(isPermitted(user(['planner'], ['091']), 'scenario.save', '091')).toBe(true);
    expect(isPermitted(user(['planner'], ['091']), 'scenario.save', '049')).toBe(false);
    expect(isPermitted(user(['planner']), 'scenario.save', '049')).toBe(true);
  });

  it('leadership reads and exports reports, admins manage users and read the audit log', () => {
    expect(permittedActions(user(['leadership']))).toEqual([
      'dashboard.read',
      'scenario.read',
      'report.read',
      'report.export',
      'wellbeing.read',
      'offers.kpi',
    ]);
    expect(permittedActions(user(['admin']))).toContain('users.manage');
    expect(permittedActions(user(['admin']))).toContain('audit.read');
    expect(isPermitted(user(['leadership']), 'users.manage')).toBe(false);
  });

  it('a user with several roles may do what any of them may', () => {
    expect(isPermitted(user(['leadership', 'analyst']), 'models.train')).toBe(true);
    expect(ROLES).toHaveLength(6);
  });
});
