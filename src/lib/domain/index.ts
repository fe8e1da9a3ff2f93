/**
 * The domain model: the records and types of regions, articles, figures, flows, levels and
 * languages, declared once and used by geo/, the ingest and the explorer. Older modules
 * (regions/types.ts, ingest/regions.ts, geo/steps/assemble.ts) re-export from here.
 */
export * from './language';
export * from './level';
export * from './region';
export * from './ancestry';
export * from './view';
export * from './article';
export * from './flow';
