import type pg from 'pg';
import { recordAudit } from './audit';

/**
 * Who changes or views an offer round: a signed-in placement officer, a family through its personal link,
 * an SMS gateway, or the system (the purge, a job). Every change row and audit event names one; audit
 * details are ids and codes only (store/audit.ts), never a name, an address or a reply's text.
 */
export interface OffersActor {
  id: number | null;
  name: string;
  address?: string | null;
}

export type Db = pg.Pool | pg.PoolClient;

export const SYSTEM: OffersActor = { id: null, name: 'system' };
export const FAMILY: OffersActor = { id: null, name: 'family' };
export const GATEWAY: OffersActor = { id: null, name: 'sms-gateway' };

export function auditOffers(
  db: Db,
  actor: OffersActor,
  action: string,
  objectType: string,
  objectId: string | number,
  details: Record<string, string | number | boolean | null> = {},
  outcome: 'ok' | 'denied' | 'failed' = 'ok',
): Promise<void> {
  return recordAudit(db, {
    actorId: actor.id,
    actor: actor.name,
    action,
    objectType,
    objectId: String(objectId),
    outcome,
    address: actor.address ?? null,
    details,
  });
}
