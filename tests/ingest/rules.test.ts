import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, createMatcher } from '../../src/lib/ingest/index';
import { HEAD_TABLES, leadChars } from '../../src/lib/ingest/rules';
import { ALIASES, REAL_REGIONS, mentionCounts } from './helpers';

// The institution rules test a character before running an expression (rules.ts, prefilters). The
// characters are read from the same tables the expressions are built from; these tests write every word
// of every table after a place and require the place to be dropped, so a word the prefilter missed
// would show here as a counted place.
const matcher = createMatcher(buildGazetteer(JSON.parse(readFileSync(REAL_REGIONS, 'utf8')), ALIASES));
const counts = (text: string) => mentionCounts(text, matcher);

/** The words an alternative of a table spells: optional letters with and without, lookaheads removed. */
function spellings(alt: string): string[] {
  const plain = alt.replace(/\(\?[!=][^)]*\)/g, '');
  const m = /^\[([^\]]+)\]\?(.*)$/.exec(plain);
  if (m) return [m[2], m[1][0] + m[2]];
  return [...new Set([plain.replace(/(.)\?/g, '$1'), plain.replace(/.\?/g, '')])];
}

describe('rules: prefilters derived from the head tables', () => {
  it('reads the first characters of an alternative, including an optional leading class', () => {
    expect(leadChars('大学')).toBe('大');
    expect(leadChars('[南北东西]?站(?!在)')).toBe('南北东西站');
    expect(leadChars('[网报]')).toBe('网报');
    expect(() => leadChars('[a-z]x')).toThrow(/cannot read the class/);
  });

  it.each(HEAD_TABLES.zhHeads.map((w) => [w]))('a Chinese head after a place makes a name: 唐山%s', (w) => {
    expect(counts(`唐山${w}`)).toEqual({});
  });

  it.each(HEAD_TABLES.zhEvents.map((w) => [w]))('a Chinese event after a place and name characters: 唐山国际%s', (w) => {
    expect(counts(`唐山国际${w}开幕`)).toEqual({});
  });

  it.each(HEAD_TABLES.zhLegalForms.map((w) => [w]))('a legal form closes a firm name: 唐山三友化工%s', (w) => {
    expect(counts(`唐山三友化工${w}`)).toEqual({});
  });

  it.each(HEAD_TABLES.zhSites.map((w) => [w]))('a site after a glued bare stem: 木兰围场%s', (w) => {
    expect(counts(`木兰围场${w}`)).toEqual({});
  });

  it.each(HEAD_TABLES.enFeatureHeads.flatMap(spellings).map((w) => [w]))('a lowercase feature head: Miyun %s', (w) => {
    expect(counts(`near the Miyun ${w} in summer`)).toEqual({});
  });

  it.each(HEAD_TABLES.enFeatureModifiers.map((w) => [w]))('a modifier before a feature head: Tianjin %s station', (w) => {
    expect(counts(`at the Tianjin ${w} station`)).toEqual({});
  });

  it('recall: the same characters away from where the expressions need them', () => {
    expect(counts('唐山今年新建了大学')).toEqual({ '130200': 1 });
    expect(counts('firms in Tianjin. The station opened')).toEqual({ '120000': 1 });
  });
});
