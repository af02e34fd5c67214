import { isRole, type Role } from './actions';

/**
 * Which of the identity provider's groups (or app roles) grant which product role:
 * `planner=TH-Planners,TH-Planning;admin=TH-Admins`. A user whose groups grant nothing gets no account.
 */
export type RoleGroups = Map<Role, string[]>;

export function parseRoleGroups(spec: string): RoleGroups {
  const out: RoleGroups = new Map();
  for (const part of spec
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [role, groups = ''] = part.split('=').map((s) => s.trim());
    if (!isRole(role)) throw new Error(`TILANNEHUONE_OIDC_ROLE_GROUPS: unknown role '${role}'`);
    out.set(
      role,
      groups
        .split(',')
        .map((g) => g.trim())
        .filter(Boolean),
    );
  }
  return out;
}

/** The product roles a provider's claims grant (its `groups` and `roles` claims both count). */
export function rolesFromClaims(claims: { groups?: unknown; roles?: unknown }, mapping: RoleGroups): Role[] {
  const held = new Set([claims.groups, claims.roles].flatMap((c) => (Array.isArray(c) ? c.map(String) : [])));
  return [...mapping].filter(([, groups]) => groups.some((g) => held.has(g))).map(([role]) => role);
}
