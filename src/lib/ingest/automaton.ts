/**
 * An Aho–Corasick automaton over printable ASCII patterns, compiled to a dense transition table over
 * the patterns' own alphabet (every other character leads back to the root). It reports every match
 * (all overlaps), by end offset, then longest first, patterns of one string in index order: the
 * order modern-ahocorasick reports on ASCII input, without its generator, per-character string
 * segments and Map look-ups, which were the matcher's main cost (bench/ingest.ts).
 */
export interface AsciiAutomaton {
  /**
   * Calls `found(patternIndex, start, end)` for every occurrence in `text`, one ASCII code (< 128)
   * per byte: bytes, not a string, so the loop reads a typed array and nothing is decoded.
   */
  scan(text: Uint8Array, found: (pattern: number, start: number, end: number) => void): void;
}

/** `patterns` as ASCII bytes (see `scan`). */
export function compileAscii(patterns: readonly Uint8Array[]): AsciiAutomaton {
  const symbol = new Uint8Array(128); // 0 = not in any pattern
  let width = 1;
  for (const p of patterns)
    for (let i = 0; i < p.length; i++) {
      const c = p[i];
      if (c >= 128) throw new RangeError(`pattern ${String.fromCharCode(...p)} is not ASCII`);
      if (symbol[c] === 0) symbol[c] = width++;
    }

  // Trie, with children in a growable flat table of `width` columns.
  let next = new Int32Array(width * 1024);
  let states = 1;
  const terminals: number[][] = [[]];
  patterns.forEach((p, index) => {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const k = s * width + symbol[p[i]];
      if (next[k] === 0) {
        if ((states + 1) * width > next.length) {
          const grown = new Int32Array(next.length * 2);
          grown.set(next);
          next = grown;
        }
        terminals.push([]);
        next[k] = states++;
      }
      s = next[k];
    }
    terminals[s].push(index);
  });

  // Breadth first: failure links, output links (nearest proper suffix state that ends a pattern),
  // and missing transitions filled from the failure state, so scanning is one look-up per character.
  const fail = new Int32Array(states);
  const outLink = new Int32Array(states).fill(-1);
  const queue = new Int32Array(states);
  let head = 0;
  let tail = 0;
  for (let a = 1; a < width; a++) {
    const t = next[a];
    if (t !== 0) queue[tail++] = t;
  }
  while (head < tail) {
    const s = queue[head++];
    const f = fail[s];
    outLink[s] = terminals[f].length > 0 ? f : outLink[f];
    for (let a = 1; a < width; a++) {
      const k = s * width + a;
      const t = next[k];
      if (t !== 0) {
        fail[t] = next[f * width + a];
        queue[tail++] = t;
      } else next[k] = next[f * width + a];
    }
  }
  const lengths = patterns.map((p) => p.length);
  const hasOutput = new Uint8Array(states);
  for (let s = 0; s < states; s++) hasOutput[s] = terminals[s].length > 0 || outLink[s] >= 0 ? 1 : 0;
  // The scanning table holds the target's row offset (state × width) rather than its number, so a
  // step is one load and one add, and a state that reports matches is stored as ~offset (negative),
  // so the common step tests a sign instead of loading a flag.
  const table = new Int32Array(states * width);
  for (let k = 0; k < table.length; k++) {
    const t = next[k];
    table[k] = hasOutput[t] ? ~(t * width) : t * width;
  }
  // Byte → column; codes in no pattern go to column 0, which every state sends to the root. Bytes
  // ≥ 128 (never in a view's stand-ins) go there too, so the scan needs no range test per byte.
  const column = new Int32Array(256);
  for (let c = 0; c < 128; c++) column[c] = symbol[c];

  return {
    scan(text, found) {
      let row = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        const v = table[row + column[c]];
        if (v >= 0) {
          row = v;
          continue;
        }
        row = ~v;
        const s = row / width;
        const end = i + 1;
        for (let o = terminals[s].length > 0 ? s : outLink[s]; o >= 0; o = outLink[o]) {
          const ts = terminals[o];
          for (let j = 0; j < ts.length; j++) found(ts[j], end - lengths[ts[j]], end);
        }
      }
    }
  };
}
