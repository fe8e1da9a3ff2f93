/**
 * An article that cannot be read. `reason` is one line meant for people ("binary file (NUL bytes)"),
 * so the CLI can print `ingest: <file>: <reason>` without a stack trace.
 */
export class IngestError extends Error {
  readonly file: string;
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'IngestError';
    this.file = file;
    this.reason = reason;
  }
}
