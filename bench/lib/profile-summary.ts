/**
 * tsx bench/lib/profile-summary.ts FILE.cpuprofile [N] — self and inclusive time per function
 * (name, file:line), the top N of each, from a V8 CPU profile (node --cpu-prof).
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const prof = JSON.parse(readFileSync(process.argv[2], 'utf8')) as { nodes: Node[]; samples: number[] };
const top = Number(process.argv[3] ?? 30);
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
const label = (n: Node) =>
  `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\/(src|bench|node_modules)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const incl = new Map<string, number>();
for (const id of prof.samples) {
  const n = byId.get(id)!;
  self.set(label(n), (self.get(label(n)) ?? 0) + 1);
  const seen = new Set<string>();
  for (let k: number | undefined = id; k !== undefined; k = parentOf.get(k)) {
    const l = label(byId.get(k)!);
    if (seen.has(l)) continue;
    seen.add(l);
    incl.set(l, (incl.get(l) ?? 0) + 1);
  }
}
const total = prof.samples.length;
const show = (title: string, m: Map<string, number>) => {
  console.log(`${title} (${total} samples)`);
  for (const [l, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${((100 * v) / total).toFixed(1).padStart(5)} %  ${l}`);
};
show('self', self);
show('inclusive', incl);
