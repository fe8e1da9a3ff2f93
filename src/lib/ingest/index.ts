// The ingest library: pure functions from bytes and reference data to article records.
export { IngestError } from './errors';
export { decodeArticle, type Decoded, type Encoding } from './decode';
export { detectLang, type Lang } from './lang';
export { extractDate } from './date';
export { parseAliases, type AliasRow, type AliasKind } from './aliases';
export { buildGazetteer, isAncestorOrSelf, type Gazetteer, type GazetteerEntry } from './gazetteer';
export { createMatcher, type Matcher, type Mention, type MatchResult } from './matcher';
export { extractFigures, type Figure, type FigureSpan } from './figures';
export { extractFlows, type ExtractedFlow } from './flows/index';
export { aggregateRegions, type RegionTotals } from './aggregate';
export { ingestArticle, type ArticleRecord, type IngestResult } from './ingest';
export { buildArticlesFile, stringifyArticlesFile, SCHEMA_VERSION, type ArticlesFile } from './output';
export type { RegionLike, RegionsLike } from './regions';
