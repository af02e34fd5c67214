/**
 * Who may do what, declared once (eVaka's way): every page, route handler, export and job names the
 * action it performs, and the server checks it against this table before anything else happens. Deny
 * by default: an action nobody is listed for is refused to everyone. The UI asks `permittedActions`
 * and shows only what the user may do; it never decides anything itself.
 */
export const ROLES = ['manager', 'planner', 'analyst', 'leadership', 'placement', 'admin'] as const;
export type Role = (typeof ROLES)[number];

interface ActionRule {
  roles: readonly Role[];
  /** Only within the user's municipalities (a user without municipalities works for all). */
  scoped?: boolean;
  /** Recorded in the audit trail when done (views of aggregates are not). */
  audited?: boolean;
}

const EVERYONE = ROLES;

export const ACTIONS = {
  /** The map, area pages and their data API: aggregates of open data, disclosure-controlled. */
  'dashboard.read': { roles: EVERYONE },
  'scenario.read': { roles: ['planner', 'manager', 'leadership', 'analyst'] },
  'scenario.run': { roles: ['planner', 'manager', 'analyst'] },
  'scenario.save': { roles: ['planner'], scoped: true, audited: true },
  'report.read': { roles: ['leadership', 'manager', 'planner'] },
  'report.export': { roles: ['leadership', 'manager', 'planner'], scoped: true, audited: true },
  'models.read': { roles: ['analyst', 'admin'] },
  'models.train': { roles: ['analyst'], audited: true },
  'models.activate': { roles: ['analyst'], audited: true },
  'data.read': { roles: ['analyst', 'admin'] },
  'data.upload': { roles: ['analyst'], audited: true },
  'jobs.read': { roles: ['analyst', 'admin'] },
  'users.manage': { roles: ['admin'], audited: true },
  'audit.read': { roles: ['admin'], audited: true },
  /** The wellbeing situation room (docs/wellbeing.md): area aggregates of open data, never a person. */
  'wellbeing.read': { roles: ['manager', 'leadership', 'analyst', 'planner'] },
  /** Offer rounds (docs/offers.md): individual children and families, for the placement officer only. */
  'offers.read': { roles: ['placement'], scoped: true, audited: true },
  'offers.manage': { roles: ['placement'], scoped: true, audited: true },
  'offers.send': { roles: ['placement'], scoped: true, audited: true },
  'offers.decide': { roles: ['placement'], scoped: true, audited: true },
  /** Follow-up figures of the rounds: aggregates only, disclosure-controlled. */
  'offers.kpi': { roles: ['placement', 'manager', 'leadership'] },
} as const satisfies Record<string, ActionRule>;
export type Action = keyof typeof ACTIONS;

export interface Principal {
  roles: readonly Role[];
  /** Municipality codes the user works for; empty means every municipality. */
  municipalities: readonly string[];
}

export function isPermitted(user: Principal | null, action: Action, municipality?: string): boolean {
  if (!user) return false;
  const rule: ActionRule = ACTIONS[action];
  if (!rule.roles.some((r) => user.roles.includes(r))) return false;
  if (rule.scoped && municipality !== undefined && user.municipalities.length > 0) {
    return user.municipalities.includes(municipality);
  }
  return true;
}

/** The actions of `candidates` this user may perform (sent with page data: the UI shows only these). */
export const permittedActions = (
  user: Principal | null,
  candidates: readonly Action[] = Object.keys(ACTIONS) as Action[],
) => candidates.filter((a) => isPermitted(user, a));

export const isAudited = (action: Action): boolean => (ACTIONS[action] as ActionRule).audited === true;

export const isRole = (v: string): v is Role => (ROLES as readonly string[]).includes(v);

/** The action each kind of background job performs: checked when it is asked for and when it starts. */
export const JOB_ACTIONS = {
  train: 'models.train',
  activate: 'models.activate',
  upload: 'data.upload',
} as const satisfies Record<string, Action>;
