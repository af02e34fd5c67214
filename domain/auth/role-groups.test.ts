import { describe, expect, it } from 'vitest';
import { parseRoleGroups, rolesFromClaims } from './role-groups';

describe("roles from the city's identity provider", () => {
  const mapping = parseRoleGroups('planner=TH-Planners, TH-Planning; admin=TH-Admins; analyst=App.Analyst');

  it('a member of a mapped group gets its role; groups and app roles both count', () => {
    expect(rolesFromClaims({ groups: ['TH-Planning', 'Other'] }, mapping)).toEqual(['planner']);
    expect(rolesFromClaims({ groups: ['TH-Admins'], roles: ['App.Analyst'] }, mapping)).toEqual(['admin', 'analyst']);
  });

  it('someone in no mapped group gets no role at all', () => {
    expect(rolesFromClaims({ groups: ['Everyone'] }, mapping)).toEqual([]);
    expect(rolesFromClaims({}, mapping)).toEqual([]);
  });

  it('an unknown role in the setting is refused at start', () => {
    expect(() => parseRoleGroups('boss=TH-Boss')).toThrow(/unknown role 'boss'/);
  });
});
