// Issue 16: the units are declared once (src/lib/ingest/figures/unit-names.ts) — the names the
// explorer prints and the Chinese nouns and measure words the ingest reads.
import { describe, expect, it } from 'vitest';
import { unitLabel, unitPhrase } from '../../src/lib/format/units';
import { UNIT_DECLS } from '../../src/lib/ingest/figures/unit-names';
import { detectLang, extractFigures } from '../../src/lib/ingest/index';
import { matcher } from './helpers';

const units = (text: string) => {
  const { mentions, view, hits } = matcher.match(text);
  return extractFigures(text, view.norm, detectLang(text), mentions, hits).map((f) => f.unit);
};

describe('one declaration of units', () => {
  it('no Chinese noun is declared for two units', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [unit, d] of Object.entries(UNIT_DECLS))
      for (const n of d.nouns ?? []) {
        if (seen.has(n)) twice.push(`${n}: ${seen.get(n)} and ${unit}`);
        seen.set(n, unit);
      }
    expect(twice).toEqual([]);
  });

  it.each(Object.entries(UNIT_DECLS).filter(([, d]) => d.nouns?.length))(
    '%s: what the ingest reads from its first noun is printed with its Chinese name',
    (unit, d) => {
      const noun = d.nouns![0];
      // The noun right before the count, with a measure word that counts it (or 个 when none is declared).
      const mw = d.measureWords?.[0] ?? '个';
      expect(units(`今年${noun}达到12${mw}。`)).toEqual([unit]);
      expect(unitLabel(unit, 'zh')).toBe(d.zhName);
      expect(unitPhrase('12', 12, unit, 'zh')).toBe(`12${d.zh}`);
    }
  );
});
