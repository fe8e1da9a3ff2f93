/**
 * CPU seconds used so far by every process below this one (Chromium's browser, page, GPU and
 * utility processes), from Linux's /proc/<pid>/stat (utime + stime, in clock ticks). Processes
 * that ended are not counted, so read it around a load while its page is still open.
 */
import { readFileSync, readdirSync } from 'node:fs';

/** Linux's USER_HZ: /proc counts CPU time in hundredths of a second on every mainstream kernel. */
const TICKS_PER_SECOND = 100;

function stat(pid: string): string[] | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'latin1');
    // The command name may hold spaces and parentheses: fields start after its last ')'.
    return s.slice(s.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

export function descendantsCpuSeconds(root = process.pid): number {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const f = stat(d);
    if (!f) continue;
    parent.set(Number(d), Number(f[1]));
    ticks.set(Number(d), Number(f[11]) + Number(f[12]));
  }
  let total = 0;
  for (const [pid, t] of ticks)
    for (let p = parent.get(pid); p; p = parent.get(p))
      if (p === root) {
        total += t;
        break;
      }
  return total / TICKS_PER_SECOND;
}
