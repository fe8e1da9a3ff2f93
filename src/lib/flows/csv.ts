// The one RFC 4180 reader is src/lib/csv.ts; flows keep this path for their imports.
export { parseCsv, CsvSyntaxError, type CsvRecord } from '../csv';
