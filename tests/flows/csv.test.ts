import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../src/lib/flows/csv';

describe('parseCsv', () => {
  it.each([
    [
      'plain',
      'a,b\n1,2\n',
      [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['1', '2'] }
      ]
    ],
    [
      'no final newline',
      'a,b\n1,2',
      [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['1', '2'] }
      ]
    ],
    [
      'CRLF',
      'a,b\r\n1,2\r\n',
      [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['1', '2'] }
      ]
    ],
    [
      'BOM dropped',
      '\ufeffa\n1\n',
      [
        { line: 1, cells: ['a'] },
        { line: 2, cells: ['1'] }
      ]
    ],
    ['empty cells', ',,\n', [{ line: 1, cells: ['', '', ''] }]],
    ['quoted comma', '"x,y",z\n', [{ line: 1, cells: ['x,y', 'z'] }]],
    ['doubled quote', '"say ""hi""",z\n', [{ line: 1, cells: ['say "hi"', 'z'] }]],
    ['empty quoted', '"",z\n', [{ line: 1, cells: ['', 'z'] }]],
    [
      'quoted newline keeps record line, next line counts it',
      '"a\nb",c\nd,e\n',
      [
        { line: 1, cells: ['a\nb', 'c'] },
        { line: 3, cells: ['d', 'e'] }
      ]
    ],
    [
      'blank lines skipped but counted',
      'a\n\n\nb\n',
      [
        { line: 1, cells: ['a'] },
        { line: 4, cells: ['b'] }
      ]
    ],
    ['CJK untouched', '和平区,“引号”\n', [{ line: 1, cells: ['和平区', '“引号”'] }]]
  ])('%s', (_name, text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });

  it.each([
    ['unclosed quote names the line it opened on', 'a\n"b\nc\n', 2, /never closed/],
    ['quote inside an unquoted field', 'a\nb"c\n', 2, /inside an unquoted field/],
    ['text after a closing quote', 'a\n"b"c\n', 2, /after a closing quote/]
  ])('%s', (_name, text, line, message) => {
    let err: unknown;
    try {
      parseCsv(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CsvSyntaxError);
    expect((err as CsvSyntaxError).line).toBe(line);
    expect((err as CsvSyntaxError).message).toMatch(message);
  });
});
