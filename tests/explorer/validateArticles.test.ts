import { describe, expect, it } from 'vitest';
import { validateArticles, formatDataIssue } from '../../src/lib/data/validateArticles';

const codes = new Set(['120101', '130900']);
const good = {
  schema: 1,
  articles: [
    {
      id: 'a1',
      lang: 'en',
      date: '2024-01-02',
      bytes: 10,
      mentions: { '120101': 2 },
      figures: [{ value: 5, unit: 'projects', code: '130900', approx: false, flags: [] }]
    }
  ],
  regions: {}
};
const text = (o: unknown) => JSON.stringify(o, null, 2);

describe('validateArticles', () => {
  it('accepts a sound file', () => {
    const r = validateArticles(text(good), codes);
    expect(r.issues).toEqual([]);
    expect(r.articles).toHaveLength(1);
  });

  it.each([
    ['truncated JSON', text(good).slice(0, 120), '(file)', /not valid JSON/],
    ['not an object', '[1,2]', '(file)', /expected an object/],
    ['missing articles', text({ schema: 1 }), 'articles', /missing/],
    ['wrong schema', text({ ...good, schema: 9 }), 'schema', /unsupported schema 9/],
    [
      'unknown code',
      text({ ...good, articles: [{ ...good.articles[0], mentions: { '999999': 1 } }] }),
      'articles[0].mentions.999999',
      /unknown region code/
    ],
    [
      'count not a number',
      text({ ...good, articles: [{ ...good.articles[0], mentions: { '120101': 'two' } }] }),
      'articles[0].mentions.120101',
      /positive count/
    ],
    [
      'figure value a string',
      text({ ...good, articles: [{ ...good.articles[0], figures: [{ ...good.articles[0].figures[0], value: '5' }] }] }),
      'articles[0].figures[0].value',
      /expected a number/
    ],
    ['bad date', text({ ...good, articles: [{ ...good.articles[0], date: '2024/1/2' }] }), 'articles[0].date', /YYYY-MM-DD/],
    ['bad lang', text({ ...good, articles: [{ ...good.articles[0], lang: 'fr' }] }), 'articles[0].lang', /"en" or "zh"/],
    ['duplicate id', text({ ...good, articles: [good.articles[0], good.articles[0]] }), 'articles[1].id', /duplicate/]
  ])('%s', (_name, input, field, message) => {
    const r = validateArticles(input, codes);
    expect(r.articles).toBeNull();
    expect(r.issues[0].field).toBe(field);
    expect(r.issues[0].message).toMatch(message);
    expect(formatDataIssue(r.issues[0])).toMatch(/^data\/articles\.json:\d+: /);
  });

  it('names the line of the broken article', () => {
    const t = text({ ...good, articles: [good.articles[0], { ...good.articles[0], id: 'a2', lang: 'xx' }] });
    const issue = validateArticles(t, codes).issues[0];
    expect(t.split('\n')[issue.line - 1]).toContain('"a2"');
  });
});
