/**
 * The three map levels, coarse to fine. A unit's `level` is its own rank; `levels` (RegionEntry)
 * lists the map levels it is drawn at (Beijing's and Tianjin's districts appear at district and county).
 */
export type MapLevel = 'province' | 'district' | 'county';
export const MAP_LEVELS: readonly MapLevel[] = ['province', 'district', 'county'];
