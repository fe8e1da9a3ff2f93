import { describe, expect, it } from 'vitest';
import { TextIndex } from '../../src/lib/ingest/attribution';
import { normalizeForMatch } from '../../src/lib/ingest/view';

function spans(text: string, lang: 'en' | 'zh', at: number) {
  const idx = new TextIndex(text, normalizeForMatch(text), lang);
  const cut = ([s, e]: [number, number]) => text.slice(s, e);
  return { paragraph: cut(idx.paragraph(at)), sentence: cut(idx.sentence(at)), clause: cut(idx.clauseOf(at)) };
}

describe('TextIndex: paragraph, sentence and clause around an offset', () => {
  it.each([
    [
      'Title line\nFirst one. Then 4.5 percent, as said.\nNext',
      'en',
      'Then',
      { paragraph: 'First one. Then 4.5 percent, as said.', sentence: ' Then 4.5 percent, as said', clause: ' Then 4.5 percent' }
    ],
    // The matching view folds line breaks to spaces; the index reads them from the text.
    ['a\r\nb c. d', 'en', 'b', { paragraph: 'b c. d', sentence: 'b c', clause: 'b c' }],
    [
      '标题\n和平区增长6.5%，河西区增长5%。南开区持平。',
      'zh',
      '河西',
      {
        paragraph: '和平区增长6.5%，河西区增长5%。南开区持平。',
        sentence: '和平区增长6.5%，河西区增长5%',
        clause: '河西区增长5%'
      }
    ],
    [
      'no breaks at all just words',
      'en',
      'just',
      { paragraph: 'no breaks at all just words', sentence: 'no breaks at all just words', clause: 'no breaks at all just words' }
    ]
  ] as const)('%j', (text, lang, word, expected) => {
    const s = spans(text, lang, text.indexOf(word));
    expect(s).toEqual(expected);
  });
});
