// Declared in the domain model (src/lib/domain/); re-exported here so existing imports keep working.
export { MAP_LEVELS, type MapLevel } from '../domain/level';
export type { RegionCollection, RegionEntry, RegionFeatureProps, RegionIndex, RegionProps } from '../domain/region';
