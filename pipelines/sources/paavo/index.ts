import type { Source } from '../../core/source';
import { paavoTopicTables } from './topic-tables';

/** Paavo postal-code statistics and postal-area polygons. */
export const PAAVO_SOURCES: Source[] = [paavoTopicTables];
