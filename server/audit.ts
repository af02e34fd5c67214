import 'server-only';
import type { Action } from '../domain/auth/actions';
import { recordAudit, searchAudit, type AuditQuery } from '../store/audit';
import { appPool } from './app-store';
import type { Authorized } from './auth/authorize';

/**
 * Audit events of reads that change nothing (an export, a view of individual data): there is no change
 * to share a transaction with, so the event is written on its own, before the data is handed out.
 */
export async function recordExport(
  by: Authorized,
  action: Action,
  objectType: string,
  objectId: string,
  details: Record<string, string | number | boolean> = {},
): Promise<void> {
  await recordAudit(await appPool(), {
    actorId: by.user.id,
    actor: by.user.username,
    action,
    objectType,
    objectId,
    outcome: 'ok',
    address: by.address,
    details,
  });
}

/** The audit trail for the admin's page and API, newest first. */
export const searchAuditTrail = async (q: AuditQuery) => searchAudit(await appPool(), q);
export type AuditTrailEntry = Awaited<ReturnType<typeof searchAuditTrail>>[number];
