import 'server-only';
import { analyticsFiles } from '../../core/warehouse/with-warehouse';
import { createWarehouseReader, type WarehouseReader } from './reader';

/**
 * The web process's reader of the configured files. One per process (kept on globalThis: Next.js may
 * load this module in more than one bundle, and each copy would otherwise open its own DuckDB).
 */
const holder = globalThis as typeof globalThis & { tilannehuoneReader?: WarehouseReader };
export const warehouse: WarehouseReader = (holder.tilannehuoneReader ??= createWarehouseReader(() => analyticsFiles()));
