import { describe, expect, it } from 'vitest';
import { parseFlows } from '../../src/lib/flows/parse';
import { formatIssue } from '../../src/lib/flows/types';
import { FIXTURE_ARTICLES, fixtureLookup, parseFixture } from './helpers';

const HEADER = 'id,origin,destination,kind,measure,value,approx,period,period_start,period_end,status,article,note';

describe('parseFlows on the valid fixture', () => {
  const { flows, issues } = parseFixture('valid.csv');
  it('has no issues', () => expect(issues).toEqual([]));
  it('reads every row into typed fields', () => {
    expect(flows.map((f) => f.id)).toEqual(['fx-1', 'fx-2', 'fx-3', 'fx-4', 'fx-5']);
    expect(flows[0]).toMatchObject({
      origin: ['110000', '130000'],
      destination: ['120101'],
      measure: 'projects',
      value: 402,
      periodStart: 2023,
      periodEnd: 2023,
      line: 2
    });
    expect(flows[1]).toMatchObject({ value: 1_200_000_000, measure: 'yuan', note: 'yuan, with a comma in a quoted note' });
    expect(flows[2]).toMatchObject({ measure: null, value: null, status: 'underway', note: 'a note with "quotes" inside' });
    expect(flows[3]).toMatchObject({ kind: 'cooperation', period: '–2022', periodStart: null, periodEnd: 2022 });
    expect(flows[4]).toMatchObject({ period: '2017–', periodStart: 2017, periodEnd: 2022 });
  });
});

// One fixture per kind of bad input: the message names file, line, column and the bad value.
describe('parseFlows on bad input', () => {
  it.each([
    ['unknown-region.csv', 2, 'destination', '129999', 'unknown region code'],
    ['not-a-number.csv', 2, 'value', '1,200', 'value is not a number'],
    ['unknown-article.csv', 2, 'article', 'fx_999', 'unknown article id'],
    ['duplicate-id.csv', 3, 'id', 'fx-1', 'duplicate id, first used on line 2'],
    ['origin-equals-destination.csv', 2, 'destination', '120101', 'origin equal to its destination'],
    ['destination-inside-origin.csv', 2, 'destination', '110112', 'destination lies inside origin 110000'],
    ['missing-column.csv', 1, 'article', null, 'missing column in the header'],
    ['bad-period.csv', 2, 'period', 'since 2017', 'period must be YYYY'],
    ['unclosed-quote.csv', 2, null, null, 'CSV syntax: a quoted field is never closed']
  ])('%s', (file, line, column, value, message) => {
    const { flows, issues } = parseFixture(file);
    expect(issues).toHaveLength(1);
    const [i] = issues;
    expect(i).toMatchObject({ file, line, column, value });
    expect(i.message).toContain(message);
    const text = formatIssue(i);
    expect(text.startsWith(`${file}:${line}:`)).toBe(true);
    if (column) expect(text).toContain(`column "${column}"`);
    if (value !== null) expect(text).toContain(JSON.stringify(value));
    // A row with an issue never reaches the map; the duplicate keeps its first use.
    expect(flows.map((f) => f.line)).toEqual(file === 'duplicate-id.csv' ? [2] : []);
  });

  it.each([
    ['value 0', 'fx-1,110000,120101,projects,projects,0,false,,,,done,fx_001,n', 'value', 'greater than 0'],
    ['value without measure', 'fx-1,110000,120101,projects,,5,false,,,,done,fx_001,n', 'measure', 'needs a measure'],
    ['fractional yuan', 'fx-1,110000,120101,projects,yuan,5.5,false,,,,done,fx_001,n', 'value', 'whole yuan'],
    ['unknown kind', 'fx-1,110000,120101,gifts,,,false,,,,done,fx_001,n', 'kind', 'unknown kind'],
    ['unknown measure', 'fx-1,110000,120101,projects,cars,5,false,,,,done,fx_001,n', 'measure', 'unknown measure'],
    ['approx not boolean', 'fx-1,110000,120101,projects,,,yes,,,,done,fx_001,n', 'approx', 'true or false'],
    ['unknown status', 'fx-1,110000,120101,projects,,,false,,,,rumoured,fx_001,n', 'status', 'unknown status'],
    ['period_start disagrees', 'fx-1,110000,120101,projects,,,false,2021–,2020,,done,fx_001,n', 'period_start', 'does not match'],
    ['end before start', 'fx-1,110000,120101,projects,,,false,2021–2019,2021,2019,done,fx_001,n', 'period_end', 'ends before'],
    ['hyphen instead of en dash', 'fx-1,110000,120101,projects,,,false,2021-,2021,,done,fx_001,n', 'period', 'en dash'],
    ['empty note', 'fx-1,110000,120101,projects,,,false,,,,done,fx_001,', 'note', 'note is empty'],
    ['overlong note', `fx-1,110000,120101,projects,,,false,,,,done,fx_001,${'x'.repeat(161)}`, 'note', 'longer than 160'],
    ['group member twice', 'fx-1,110000+110000,120101,projects,,,false,,,,done,fx_001,n', 'origin', 'listed twice'],
    ['code not 6 digits', 'fx-1,11000,120101,projects,,,false,,,,done,fx_001,n', 'origin', '6 digits'],
    ['empty origin', 'fx-1,,120101,projects,,,false,,,,done,fx_001,n', 'origin', 'origin is empty'],
    ['bad id', 'fx 1,110000,120101,projects,,,false,,,,done,fx_001,n', 'id', 'id must be']
  ])('%s', (_name, row, column, message) => {
    const { issues } = parseFlows(`${HEADER}\n${row}\n`, {
      file: 't.csv',
      regions: fixtureLookup.parents,
      articles: FIXTURE_ARTICLES
    });
    expect(issues.map((i) => i.column)).toEqual([column]);
    expect(issues[0].message).toContain(message);
    expect(issues[0].line).toBe(2);
  });

  it('a row with too few cells is named, not misread', () => {
    const { issues } = parseFlows(`${HEADER}\nfx-1,110000\n`, {
      file: 't.csv',
      regions: fixtureLookup.parents,
      articles: FIXTURE_ARTICLES
    });
    expect(issues).toEqual([
      { file: 't.csv', line: 2, column: null, value: null, message: 'row has 2 cells, the header has 13' }
    ]);
  });

  it('an empty file says what header it wants', () => {
    const { issues } = parseFlows('', { file: 't.csv', regions: new Map(), articles: new Set() });
    expect(issues[0].message).toMatch(/^empty file: expected the header id,origin/);
  });

  it('a value of 1 followed by 309 zeros is rejected, not read as Infinity', () => {
    const row = `fx-1,110000,120101,projects,projects,1${'0'.repeat(309)},false,,,,done,fx_001,n`;
    const { flows, issues } = parseFlows(`${HEADER}\n${row}\n`, {
      file: 't.csv',
      regions: fixtureLookup.parents,
      articles: FIXTURE_ARTICLES
    });
    expect(flows).toEqual([]);
    expect(issues).toMatchObject([{ line: 2, column: 'value', message: 'value is too large to be a finite number' }]);
    expect(issues[0].value!.length).toBeLessThan(30);
  });

  it('the columns of an extracted file (source, offset) are accepted and read', () => {
    const text = `${HEADER},source,offset\nfx-1,110000,120101,projects,projects,5,false,,,,done,fx_001,n,extracted,1234\nfx-2,110000,120101,projects,,,false,,,,done,fx_001,n,reviewed,\n`;
    const { flows, issues } = parseFlows(text, { file: 't.csv', regions: fixtureLookup.parents, articles: FIXTURE_ARTICLES });
    expect(issues).toEqual([]);
    expect(flows.map((f) => [f.source, f.offset])).toEqual([
      ['extracted', 1234],
      ['reviewed', null]
    ]);
  });

  it.each([
    ['unknown source', 'guessed,12', 'source', 'unknown source'],
    ['offset not a whole number', 'extracted,-3', 'offset', 'whole number']
  ])('extracted columns: %s', (_name, cells, column, message) => {
    const text = `${HEADER},source,offset\nfx-1,110000,120101,projects,,,false,,,,done,fx_001,n,${cells}\n`;
    const { issues } = parseFlows(text, { file: 't.csv', regions: fixtureLookup.parents, articles: FIXTURE_ARTICLES });
    expect(issues.map((i) => i.column)).toEqual([column]);
    expect(issues[0].message).toContain(message);
  });

  it('an unknown extra column is an error naming it', () => {
    const { issues } = parseFlows(`${HEADER},extra\n`, { file: 't.csv', regions: new Map(), articles: new Set() });
    expect(issues).toMatchObject([{ line: 1, column: 'extra', value: 'extra' }]);
  });
});
