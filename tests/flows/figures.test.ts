import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFiguresFrom, checkFigures, figureMatches } from '../../src/lib/flows/figures';
import { FIXTURES, flow, parseFixture } from './helpers';

const articles = articleFiguresFrom(JSON.parse(readFileSync(resolve(FIXTURES, 'articles.json'), 'utf8')));

describe('figureMatches', () => {
  it.each([
    ['same count, counted unit', 'projects', 402, { value: 402, unit: 'projects' }, true],
    ['same count, no unit', 'projects', 402, { value: 402, unit: null }, true],
    ['same count, Chinese counter', 'enterprises', 1700, { value: 1700, unit: '家' }, true],
    ['different count', 'projects', 403, { value: 402, unit: 'projects' }, false],
    ['yuan needs a yuan unit', 'yuan', 1_200_000_000, { value: 1_200_000_000, unit: 'yuan' }, true],
    ['yuan in Chinese', 'yuan', 20_000_000_000, { value: 20_000_000_000, unit: '元' }, true],
    ['yuan against a count', 'yuan', 402, { value: 402, unit: 'projects' }, false],
    ['a count against a percentage', 'projects', 80, { value: 80, unit: '%' }, false],
    ['a count against yuan', 'projects', 235, { value: 235, unit: 'yuan' }, false],
    ['a count against an area', 'enterprises', 900, { value: 900, unit: 'km2' }, false],
    ['a count read under another noun', 'projects', 47, { value: 47, unit: 'enterprises' }, true]
  ])('%s', (_n, measure, value, fig, ok) => {
    expect(figureMatches(measure, value, fig)).toBe(ok);
  });
});

describe('checkFigures', () => {
  it('the valid fixture passes against the fixture ingest output', () => {
    const { flows } = parseFixture('valid.csv');
    expect(checkFigures(flows, articles, 'valid.csv')).toEqual([]);
  });

  it.each([
    [
      'a value the article does not state',
      flow({ id: 'x', origin: ['110000'], destination: ['120000'], measure: 'projects', value: 403, line: 7 }),
      'value',
      '403',
      'not among the figures'
    ],
    [
      'a typo by a factor shows the close figure',
      flow({
        id: 'x',
        origin: ['110000'],
        destination: ['120000'],
        measure: 'projects',
        value: 4958,
        article: 'fx_002',
        line: 7
      }),
      'value',
      '4958',
      'close figures: 4959'
    ],
    [
      'an article the ingest has not read',
      flow({ id: 'x', origin: ['110000'], destination: ['120000'], measure: 'projects', value: 1, article: 'fx_777', line: 7 }),
      'article',
      'fx_777',
      'no entry in the ingest output'
    ]
  ])('%s', (_n, f, column, value, message) => {
    const issues = checkFigures([f], articles, 'f.csv');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'f.csv', line: 7, column, value });
    expect(issues[0].message).toContain(message);
  });

  it('flows without a number are not checked', () => {
    expect(
      checkFigures([flow({ id: 'x', origin: ['110000'], destination: ['120000'], article: 'nowhere' })], articles, 'f.csv')
    ).toEqual([]);
  });
});

describe('articleFiguresFrom', () => {
  it.each([
    [
      'an object with an articles array',
      { articles: [{ id: 'a', figures: [{ value: 1, unit: 'x' }] }] },
      [{ id: 'a', figures: [{ value: 1, unit: 'x' }] }]
    ],
    ['a missing unit reads as null', [{ id: 'a', figures: [{ value: 2 }] }], [{ id: 'a', figures: [{ value: 2, unit: null }] }]]
  ])('%s', (_n, json, expected) => {
    expect(articleFiguresFrom(json)).toEqual(expected);
  });

  it.each([
    ['not a list', { x: 1 }, 'expected an array of articles'],
    ['no id', [{ figures: [] }], 'article #0 has no string "id"'],
    ['no figures', [{ id: 'a' }], 'article a has no "figures" array'],
    ['a figure without a number', [{ id: 'a', figures: [{ value: '3' }] }], 'article a figure #0 has no numeric "value"']
  ])('%s', (_n, json, message) => {
    expect(() => articleFiguresFrom(json)).toThrow(message);
  });
});
