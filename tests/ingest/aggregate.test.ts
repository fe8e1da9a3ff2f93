import { describe, expect, it } from 'vitest';
import { aggregateRegions, buildArticlesFile, stringifyArticlesFile } from '../../src/lib/ingest/index';
import { gazetteer } from './helpers';

describe('aggregateRegions', () => {
  it('counts codes as named and rolls them up to every ancestor, once per article', () => {
    const out = aggregateRegions(
      [{ mentions: { '131024': 2, '131000': 1 } }, { mentions: { '131024': 1, '120101': 3 } }, { mentions: { '130000': 4 } }],
      gazetteer.parent
    );
    expect(out).toEqual({
      '120000': { mentions: 0, articles: 0, rollup: { mentions: 3, articles: 1 } },
      '120101': { mentions: 3, articles: 1, rollup: { mentions: 3, articles: 1 } },
      '130000': { mentions: 4, articles: 1, rollup: { mentions: 8, articles: 3 } },
      '131000': { mentions: 1, articles: 1, rollup: { mentions: 4, articles: 2 } },
      '131024': { mentions: 3, articles: 2, rollup: { mentions: 3, articles: 2 } }
    });
    expect(Object.keys(out)).toEqual([...Object.keys(out)].sort());
  });

  it("rolls Xiong'an counties up through Xiong'an New Area", () => {
    const out = aggregateRegions([{ mentions: { '130632': 1 } }], gazetteer.parent);
    expect(out['133100'].rollup).toEqual({ mentions: 1, articles: 1 });
    expect(out['130000'].rollup).toEqual({ mentions: 1, articles: 1 });
  });
});

describe('stringifyArticlesFile', () => {
  it('is the same bytes whatever the input order', () => {
    const a = {
      id: 'b',
      lang: 'en' as const,
      date: null,
      bytes: 1,
      encoding: 'utf-8' as const,
      mentions: { '120101': 1 },
      figures: [],
      flows: []
    };
    const b = { ...a, id: 'a', mentions: { '110000': 2 } };
    const one = stringifyArticlesFile(buildArticlesFile([a, b], gazetteer.parent));
    const two = stringifyArticlesFile(buildArticlesFile([b, a], gazetteer.parent));
    expect(one).toBe(two);
    expect(JSON.parse(one).schema).toBe(2);
    expect(JSON.parse(one).articles.map((x: { id: string }) => x.id)).toEqual(['a', 'b']);
  });
});
