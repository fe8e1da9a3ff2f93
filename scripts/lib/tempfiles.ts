/**
 * Temp files that never outlive the process: each is registered until renamed into place, and is
 * removed on exit, on an uncaught error and on SIGINT/SIGTERM/SIGHUP. A temp file left by a process
 * killed outright (SIGKILL) is swept by the next run writing to the same place.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeSync
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const live = new Set<string>();
const onInterrupt: (() => void)[] = [];
let installed = false;

function removeAll(): void {
  for (const p of live) {
    try {
      rmSync(p, { recursive: true, force: true });
    } catch {
      /* already gone */
    }
  }
  live.clear();
}

/** Runs `fn` (e.g. stopping workers, printing how to resume) when the user interrupts, before exit. */
export function whenInterrupted(fn: () => void): void {
  onInterrupt.push(fn);
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', removeAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(sig, () => {
      removeAll();
      for (const fn of onInterrupt) {
        try {
          fn();
        } catch {
          /* exiting anyway */
        }
      }
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Installs the handlers early, so an interrupt at any moment of the run is handled. */
export function guardTempFiles(): void {
  install();
}

/** An open temp file beside `target` (same file system, so the final rename is atomic). */
export class AtomicFile {
  readonly target: string;
  readonly tmp: string;
  private fd: number;

  constructor(target: string) {
    install();
    this.target = resolve(target);
    const dir = dirname(this.target);
    const prefix = `.${basename(this.target)}.`;
    // Leftovers of killed runs: the pid in the name is no longer a process.
    for (const name of existsSync(dir) ? readdirSync(dir) : []) {
      const m = name.startsWith(prefix) && /\.(\d+)\.tmp$/.exec(name);
      if (m && !alive(Number(m[1]))) {
        try {
          unlinkSync(join(dir, name));
        } catch {
          /* someone else swept it */
        }
      }
    }
    this.tmp = join(dir, `${prefix}${process.pid}.tmp`);
    live.add(this.tmp);
    this.fd = openSync(this.tmp, 'w');
  }

  write(s: string | Buffer): void {
    const buf = typeof s === 'string' ? Buffer.from(s) : s;
    for (let off = 0; off < buf.length;) off += writeSync(this.fd, buf, off, buf.length - off);
  }

  /** Flushes and renames into place; after this the target holds the whole content or the old one. */
  commit(): void {
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = -1;
    renameSync(this.tmp, this.target);
    live.delete(this.tmp);
  }

  abort(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
    if (existsSync(this.tmp)) unlinkSync(this.tmp);
    live.delete(this.tmp);
  }
}

/** Whole content at once, atomically. */
export function writeFileAtomic(target: string, content: string | Buffer): void {
  const f = new AtomicFile(target);
  try {
    f.write(content);
    f.commit();
  } catch (e) {
    f.abort();
    throw e;
  }
}

/**
 * A folder built beside `target` and swapped in at the end: readers see the old folder or the new
 * one, never a half-written one (the swap is two renames; the old folder is removed after).
 */
export class AtomicDir {
  readonly target: string;
  readonly tmp: string;

  constructor(target: string) {
    install();
    this.target = resolve(target);
    const parent = dirname(this.target);
    mkdirSync(parent, { recursive: true });
    const prefix = `.${basename(this.target)}.`;
    for (const name of readdirSync(parent)) {
      const m = name.startsWith(prefix) && /\.(\d+)\.(tmp|old)$/.exec(name);
      if (m && !alive(Number(m[1]))) rmSync(join(parent, name), { recursive: true, force: true });
    }
    this.tmp = join(parent, `${prefix}${process.pid}.tmp`);
    rmSync(this.tmp, { recursive: true, force: true });
    live.add(this.tmp);
    mkdirSync(this.tmp, { recursive: true });
  }

  commit(): void {
    const old = join(dirname(this.target), `.${basename(this.target)}.${process.pid}.old`);
    live.add(old);
    if (existsSync(this.target)) renameSync(this.target, old);
    renameSync(this.tmp, this.target);
    live.delete(this.tmp);
    rmSync(old, { recursive: true, force: true });
    live.delete(old);
  }

  abort(): void {
    rmSync(this.tmp, { recursive: true, force: true });
    live.delete(this.tmp);
  }
}
