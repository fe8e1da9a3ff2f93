// Declared in the domain model (src/lib/domain/region.ts); re-exported so existing imports keep working.
export type { RegionLike, RegionsLike } from '../domain/region';
