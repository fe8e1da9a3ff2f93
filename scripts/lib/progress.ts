/** A one-line progress bar on stderr (count, MB/s, time left), drawn at most ten times a second. */
export class Progress {
  private readonly total: number;
  private readonly totalBytes: number;
  private readonly start = performance.now();
  private last = 0;
  private readonly enabled: boolean;
  done = 0;
  bytes = 0;

  constructor(total: number, totalBytes: number, enabled = !!process.stderr.isTTY) {
    this.total = total;
    this.totalBytes = totalBytes;
    this.enabled = enabled && total > 0;
  }

  tick(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    const now = performance.now();
    if (this.enabled && (now - this.last > 100 || this.done === this.total)) {
      this.last = now;
      process.stderr.write(
        '\r' + progressLine(this.done, this.total, this.bytes, this.totalBytes, (now - this.start) / 1000) + '\x1b[K'
      );
    }
  }

  /** Leaves the bar's line so the next message starts on a fresh one. */
  end(): void {
    if (this.enabled && this.done > 0) process.stderr.write('\n');
  }
}

export function formatDuration(s: number): string {
  if (!Number.isFinite(s)) return '?';
  s = Math.round(s);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** The bar's text; time left from the bytes still to read at the rate so far. */
export function progressLine(
  done: number,
  total: number,
  bytes: number,
  totalBytes: number,
  seconds: number,
  width = 24
): string {
  const frac = total ? done / total : 1;
  const filled = Math.round(frac * width);
  const rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
  const left = done >= total ? 0 : rate > 0 ? (totalBytes - bytes) / 1e6 / rate : Infinity;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}  ${rate.toFixed(1)} MB/s  ${done >= total ? 'done' : `${formatDuration(left)} left`}`;
}
