import type { Collection, CountyProps, SourceProps } from './types';
import { RENAMES, XIONGAN } from './renames';

export interface CodeRow {
  code: string;
  name: string;
}

/**
 * Gives every source feature its current code by joining (prefecture, name) against the code
 * table after the explicit renames. A name the table does not know stops the build; two source
 * features that map to one code (a merger) stay two features with one code, for the dissolve.
 */
export function assignCodes(source: Collection<SourceProps>, table: readonly CodeRow[]): Collection<CountyProps> {
  const features = source.features.map((f) => {
    const { name, file } = f.properties;
    const current = RENAMES[file]?.[name] ?? name;
    const prefix = file.slice(0, file.startsWith('13') ? 4 : 2);
    const hits = table.filter((r) => r.code.startsWith(prefix) && r.name === current && !r.code.endsWith('00'));
    if (hits.length !== 1)
      throw new Error(
        hits.length
          ? `"${name}" in ${file} matches ${hits.length} codes (${hits.map((h) => h.code).join(', ')})`
          : `unknown county-level name "${name}" in ${file}: add it to geo/steps/renames.ts`
      );
    const code = hits[0].code;
    const parent = (XIONGAN.counties as readonly string[]).includes(code) ? XIONGAN.code : file;
    return { ...f, properties: { code, name_zh: current, parent } };
  });
  return { type: 'FeatureCollection', features };
}
