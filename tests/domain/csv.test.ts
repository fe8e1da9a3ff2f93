import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../src/lib/csv';

const cells = (text: string, comment?: string) => parseCsv(text, { comment }).map((r) => [r.line, ...r.cells]);

describe('parseCsv (RFC 4180)', () => {
  it.each([
    [
      'plain',
      'a,b\nc,d\n',
      [
        [1, 'a', 'b'],
        [2, 'c', 'd']
      ]
    ],
    ['no final newline', 'a,b', [[1, 'a', 'b']]],
    [
      'CRLF and lone CR',
      'a,b\r\nc,d\re,f',
      [
        [1, 'a', 'b'],
        [2, 'c', 'd'],
        [3, 'e', 'f']
      ]
    ],
    ['BOM dropped', '\ufeffcode,alias', [[1, 'code', 'alias']]],
    ['quoted comma', '110000,"Beijing, Tianjin and Hebei",group', [[1, '110000', 'Beijing, Tianjin and Hebei', 'group']]],
    ['doubled quote', '"say ""hi""",x', [[1, 'say "hi"', 'x']]],
    [
      'quoted line break keeps later line numbers right',
      'a,"two\nlines"\nb,c',
      [
        [1, 'a', 'two\nlines'],
        [3, 'b', 'c']
      ]
    ],
    [
      'quoted CRLF',
      'a,"x\r\ny"\r\nb',
      [
        [1, 'a', 'x\r\ny'],
        [3, 'b']
      ]
    ],
    [
      'blank lines skipped but counted',
      'a\n\n\nb\n',
      [
        [1, 'a'],
        [4, 'b']
      ]
    ],
    ['empty cells', ',,\n', [[1, '', '', '']]],
    ['empty quoted cell', '"",x', [[1, '', 'x']]],
    ['cells not trimmed', ' a , b ', [[1, ' a ', ' b ']]]
  ])('%s', (_, text, want) => expect(cells(text)).toEqual(want));

  it('skips comment records only where a record starts, and counts their lines', () => {
    expect(cells('# note, with comma\ncode,alias\n"#not",x\na,#b\n', '#')).toEqual([
      [2, 'code', 'alias'],
      [3, '#not', 'x'],
      [4, 'a', '#b']
    ]);
    expect(cells('#x\n', undefined)).toEqual([[1, '#x']]);
  });

  it.each([
    ['unclosed quote', 'a\n"open,b\nc', 2, 'never closed'],
    ['quote inside unquoted field', 'ab"c', 1, 'inside an unquoted field'],
    ['text after closing quote', '"a"b', 1, 'after a closing quote']
  ])('%s is a CsvSyntaxError naming line %i', (_, text, line, message) => {
    let error: unknown;
    try {
      parseCsv(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(line);
    expect((error as Error).message).toContain(message);
  });
});
