import type { Source } from '../../core/source';

/** Sub-municipal series of the capital region (Aluesarjat, projection inputs, key figures, HSY grid). */
export const HELSINKI_SOURCES: Source[] = [];
