import type { Source } from '../../core/source';
import { paavo12f1Income, paavo12f7 } from './pxweb-long';
import { paavoRelease2020 } from './release-2020';
import { paavoTopicTables } from './topic-tables';

/** Paavo postal-code statistics (postal-area polygons are in ../geo). */
export const PAAVO_SOURCES: Source[] = [paavoTopicTables, paavoRelease2020, paavo12f7, paavo12f1Income];
