import mapshaper from 'mapshaper';

/**
 * Runs mapshaper commands on one in-memory GeoJSON input named in.json and returns the named
 * outputs, parsed. mapshaper is the field's tool for topology-aware cleaning, dissolving and
 * simplification: it builds shared arcs, so neighbours keep one common border through every step.
 */
export async function runMapshaper(commands: string, input: unknown, outputs: string[]): Promise<Record<string, unknown>> {
  const result = (await mapshaper.applyCommands(`-i in.json ${commands}`, { 'in.json': JSON.stringify(input) })) as Record<
    string,
    string | Uint8Array
  >;
  const out: Record<string, unknown> = {};
  for (const name of outputs) {
    const v = result[name];
    if (v === undefined) throw new Error(`mapshaper produced no ${name} (commands: ${commands})`);
    out[name] = JSON.parse(typeof v === 'string' ? v : new TextDecoder().decode(v));
  }
  return out;
}
