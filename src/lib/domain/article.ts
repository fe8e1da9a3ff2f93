// The article record and its figures are declared by the ingest, which defines them (its branch is
// changing them: flows, schema 2); this module is where the rest of the code imports them from.
// The explorer's looser shapes (ArticleLike in metrics/articles.ts, ArticleRecordLike and FigureLike
// in report/regionReport.ts) are to become Pick<>s of these.
export type { ArticleRecord, IngestResult } from '../ingest/ingest';
export type { Figure } from '../ingest/figures';
