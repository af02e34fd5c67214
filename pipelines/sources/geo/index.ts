import type { Source } from '../../core/source';
import { hriPostalAreas } from './hri-postal-areas';
import { paavoGeometry } from './paavo-geometry';

/** Postal-area polygons. transforms.sql prefers 'paavo-geometry' over 'hri-postal-areas' for the same code. */
export const GEO_SOURCES: Source[] = [paavoGeometry, hriPostalAreas];
