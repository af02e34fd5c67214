import type { PlanMetric } from '../metrics/plan-metrics';
import type { LayerId, LayerInfo } from './types';

/**
 * The map's layers: each names where its figure comes from - population history and forecasts, or a
 * plan metric of the registry - and how it is drawn. `scale` turns the stored figure into the shown one
 * (the fill rate is stored as a ratio and shown in per cent).
 */
export interface LayerDef extends Omit<LayerInfo, 'id' | 'available' | 'reason'> {
  metric?: PlanMetric;
  ageGroup?: '0-2' | '3-6';
  interval?: [PlanMetric, PlanMetric];
  /** Rests on units' capacity: marked when synthetic units make up any of it. */
  usesCapacity?: boolean;
  scale?: number;
  digits: number;
}

export const MAP_LAYERS: Record<LayerId, LayerDef> = {
  children_0_2: { kind: 'sequential', unit: 'children', source: 'population', ageGroup: '0-2', digits: 0 },
  children_3_6: { kind: 'sequential', unit: 'children', source: 'population', ageGroup: '3-6', digits: 0 },
  children_6: { kind: 'sequential', unit: 'children', source: 'forecast', metric: 'children6', digits: 0 },
  demand_total: {
    kind: 'sequential',
    unit: 'places',
    source: 'plan',
    metric: 'demandTotal',
    interval: ['demandTotalLo80', 'demandTotalHi80'],
    digits: 1,
  },
  capacity_total: {
    kind: 'sequential',
    unit: 'places',
    source: 'plan',
    metric: 'capacityTotal',
    usesCapacity: true,
    digits: 0,
  },
  gap_places: { kind: 'diverging', unit: 'places', source: 'plan', metric: 'gapPlaces', usesCapacity: true, digits: 1 },
  fill_rate: {
    kind: 'percent',
    unit: 'percent',
    source: 'plan',
    metric: 'fillRate',
    usesCapacity: true,
    scale: 100,
    digits: 1,
  },
  staff_need: { kind: 'sequential', unit: 'fte', source: 'plan', metric: 'staffFte', digits: 1 },
  rag: { kind: 'categorical', unit: 'rag', source: 'plan', metric: 'rag', usesCapacity: true, digits: 0 },
};
