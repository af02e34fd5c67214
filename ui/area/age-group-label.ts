import type { AgeGroup } from '@/domain/dashboard/types';
import type { Dictionary } from '@/i18n';

/** An age group as the map layers name it ("0–2-vuotiaat"). */
export const labelAgeGroup = (g: AgeGroup | string, t: Dictionary): string =>
  g === '0-2' ? t.layers.children_0_2 : g === '3-6' ? t.layers.children_3_6 : t.layers.children_6;
