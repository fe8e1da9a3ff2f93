import { describe, expect, it } from 'vitest';
import { detectLang, extractDate, extractFigures, extractFlows } from '../../src/lib/ingest/index';
import { matcher } from './helpers';

/** Flows of a text (our own sentences), dated so that periods and statuses resolve. */
function flows(body: string, date = '2024-03-05') {
  const text = `Updated on ${date}\n\n${body}`;
  const { mentions, view } = matcher.match(text);
  const lang = detectLang(text);
  const figures = extractFigures(text, view.norm, lang, mentions);
  return extractFlows(text, view.norm, lang, mentions, figures, extractDate(text));
}
const sides = (body: string, date?: string) =>
  flows(body, date).map((f) => `${f.origin.join('+')}>${f.destination.join('+')} ${f.kind}/${f.measure}=${f.value}`);

describe('extractFlows: direction whatever the grammar', () => {
  it.each([
    ['receiver as subject, senders in a from-phrase', 'Cangzhou has undertaken 80 projects from Beijing and Tianjin.', ['110000+120000>130900 projects/projects=80']],
    ['senders as a modifier of the counted noun', 'Cangzhou has undertaken 80 Beijing-Tianjin projects.', ['110000+120000>130900 projects/projects=80']],
    ['sender as subject of a sending verb', 'Beijing enterprises have invested in 120 projects in Tianjin.', ['110000>120000 investment/projects=120']],
    ['passive voice', '90 projects from Tianjin were undertaken by Cangzhou last year.', ['120000>130900 projects/projects=90']],
    ['Chinese: receiver before the verb, senders before the noun', '沧州市累计承接京津转移项目300余个。', ['110000+120000>130900 projects/projects=300']],
    ['Chinese: sender and a marked receiver', '北京企业在天津投资项目50个。', ['110000>120000 investment/projects=50']]
  ])('%s', (_name, body, want) => {
    expect(sides(body)).toEqual(want);
  });
});

describe('extractFlows: one flow per stated quantity', () => {
  it('a count and its money are two flows with the same sides', () => {
    expect(sides('Cangzhou has undertaken 80 Beijing projects with a total investment of 12.5 billion yuan.')).toEqual([
      '110000>130900 projects/projects=80',
      '110000>130900 projects/yuan=12500000000'
    ]);
  });
  it('a price threshold of each project is not money moved', () => {
    expect(sides('Cangzhou has undertaken 80 Beijing projects of more than 50 million yuan each.')).toEqual(['110000>130900 projects/projects=80']);
  });
  it('a second count of the same verb keeps the senders and receiver', () => {
    expect(sides('Up to now, Cangzhou has taken in 80 Beijing-Tianjin projects, and 12 state-owned enterprise projects.')).toEqual([
      '110000+120000>130900 projects/projects=80',
      '110000+120000>130900 projects/projects=12'
    ]);
  });
  it('the receiver of an elided subject is the place the passage is about', () => {
    expect(sides('Cangzhou courts investors from the capital.\n\nUp to now, it has undertaken 80 Beijing projects.')).toEqual(['110000>130900 projects/projects=80']);
  });
});

describe('extractFlows: not flows', () => {
  it.each([
    ['a place spending in itself', 'Tianjin invested 3 billion yuan in Heping District.'],
    ['firms of unstated origin', 'More than 900 companies have settled in Baodi District.'],
    ['outputs', 'The Cangzhou plant of a Beijing carmaker has built 680,000 vehicles.'],
    ['a receiver outside the region', 'Tianjin firms have invested in 30 projects in Guangzhou.'],
    ['a sender outside the region', 'Shanghai has transferred 12 projects to Langfang.'],
    ['a cancelled plan', 'Langfang had planned to take in 40 Beijing projects, but the plan was cancelled.'],
    ['a negated statement', 'No Beijing projects have moved to Langfang, and not 40 projects from Tianjin either.']
  ])('%s', (_name, body) => {
    expect(sides(body)).toEqual([]);
  });
});

describe('extractFlows: status and period', () => {
  it.each([
    ['Since 2017, Beijing enterprises have invested in 120 projects in Tianjin.', 'done', 2017, 2024],
    ['Langfang plans to attract 50 Beijing projects this year.', 'planned', 2024, 2024],
    ['In 2023, Langfang will introduce 40 Beijing projects.', 'done', 2023, 2023],
    ['In the first half of 2024, Langfang introduced 40 Beijing projects.', 'done', 2024, 2024],
    ['“十四五”以来，廊坊市引进北京企业120家。', 'done', 2021, 2024],
    ['廊坊市计划引进北京项目50个。', 'planned', null, null]
  ])('%s', (body, status, start, end) => {
    const [f] = flows(body);
    expect(f).toMatchObject({ status, period_start: start, period_end: end });
  });
});

describe('extractFlows: evidence offset', () => {
  it('points at the number in the text', () => {
    const body = 'Cangzhou has undertaken 80 Beijing projects.';
    const text = `Updated on 2024-03-05\n\n${body}`;
    const [f] = flows(body);
    expect(text.slice(f.offset, f.offset + 2)).toBe('80');
  });
});
