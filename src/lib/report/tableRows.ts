import type { RegionEntry, RegionIndex } from '../regions/types';

export interface TableRow {
  region: RegionEntry;
  parentName: string;
  value: number | undefined;
  color: string | undefined;
}

/** The table view's rows: every unit of the level with its parent's name, value and map colour. */
export function tableRows(
  codes: string[],
  regions: RegionIndex,
  name: (code: string | null) => string,
  values: ReadonlyMap<string, number>,
  colors: Readonly<Record<string, string>>
): TableRow[] {
  return codes.map((code) => ({
    region: regions[code],
    parentName: name(regions[code].parent),
    value: values.get(code),
    color: colors[code]
  }));
}
