import { readFileSync } from 'node:fs';

/** The calling thread's CPU time in ms (Linux /proc), for the benchmark's shares; null elsewhere. */
export function threadCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // Fields after the command name: state is the 3rd field, utime and stime the 14th and 15th.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return null;
  }
}
