// Issue 12 (s21): figure causes seen on held-out text — roundups whose items open with a bare dateline in
// capitals ("HANDAN -- …"): the filing place is the subject of the item's figures only when its sentences
// name no other place.
// Our own sentences; places from the real region table (geo/out/regions.json).
import { describe, expect, it } from 'vitest';
import { figureRows as rows } from './helpers';

const cases = (list: [string, string, [number, string, string | null]][]) => list;
const roundup = (body: string) => `Regional briefs\n2024-05-20 09:10  Source: test desk\n\n${body}\n`;

describe('a bare dateline in capitals is where the item was filed', () => {
  it.each(
    cases([
      [
        'the unit the sentence names wins over the filing city',
        roundup("TANGSHAN -- Qian'an City signed 8 projects with Beijing firms on Monday."),
        [8, 'projects', '130283']
      ],
      [
        'a unit qualified by the filing city is still the unit',
        roundup('CHENGDE -- Xinglong County of Chengde opened a fruit market covering 18,000 square metres.'),
        [18_000, 'm2', '130822']
      ],
      [
        'a sentence that names no place takes the filing city',
        roundup('BAODING, — Exports of the inland port rose 12 percent in the first quarter.'),
        [12, 'percent', '130600']
      ],
      [
        'so does a later sentence of the item',
        roundup('LANGFANG -- Officials opened a cold-chain hub on Tuesday. The hub covers 36,000 square metres.'),
        [36_000, 'm2', '131000']
      ],
      [
        'each item has its own filing place',
        roundup("HANDAN -- Wu'an added 5 clinics this spring.\n\nCHENGDE -- Hotels booked 2.4 million visitors in May."),
        [2_400_000, 'visitors', '130800']
      ],
      [
        'the earlier item keeps the unit its sentence names',
        roundup("HANDAN -- Wu'an added 5 clinics this spring.\n\nCHENGDE -- Hotels booked 2.4 million visitors in May."),
        [5, 'clinics', '130481']
      ],
      [
        'a bulleted item',
        roundup('- ZHUOZHOU -- Nine firms from Haidian District moved in this year.'),
        [9, 'enterprises', '130681']
      ],
      [
        'things from a source go to the filing place when no receiver is named',
        roundup("XIONG'AN -- Four state firms moved their headquarters from Beijing this year."),
        [4, 'enterprises', '133100']
      ],
      [
        'a multi-word dateline with one hyphen',
        roundup('XIANGHE COUNTY - A furniture mall reported sales of 900 million yuan, up 6 percent.'),
        [900_000_000, 'yuan', '131024']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: a dated dateline still gives way to the unit the lead names', () => {
    expect(rows(roundup("LANGFANG, April 15 -- Gu'an signed 14 projects this quarter."))).toContainEqual([
      14,
      'projects',
      '131022'
    ]);
  });
});
