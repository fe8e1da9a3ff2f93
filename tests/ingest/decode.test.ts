import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IngestError, buildGazetteer, createMatcher, decodeArticle, ingestArticle } from '../../src/lib/ingest/index';
import { ALIASES, REAL_REGIONS } from './helpers';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const utf16le = (s: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return new Uint8Array([0xfe, 0xff, ...le]);
};
// "和平区 GDP 6.5%" in GB18030/GBK, written out by hand: 和 BACD, 平 C6BD, 区 C7F8.
const GB = new Uint8Array([0xba, 0xcd, 0xc6, 0xbd, 0xc7, 0xf8, 0x20, 0x47, 0x44, 0x50, 0x20, 0x36, 0x2e, 0x35, 0x25]);

describe('decodeArticle', () => {
  it.each([
    ['UTF-8', utf8('Heping District 和平区'), 'utf-8', 'Heping District 和平区'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('和平区')]), 'utf-8', '和平区'],
    ['UTF-16LE with BOM', utf16le('河北省 Hebei'), 'utf-16le', '河北省 Hebei'],
    ['UTF-16BE with BOM', utf16be('河北省 Hebei'), 'utf-16be', '河北省 Hebei'],
    ['GB18030', GB, 'gb18030', '和平区 GDP 6.5%']
  ])('%s', (_name, bytes, encoding, text) => {
    expect(decodeArticle(bytes, 'a.txt')).toEqual({ text, encoding });
  });

  it.each([
    ['empty', new Uint8Array(), /^empty file$/],
    ['whitespace only', utf8(' \n\t\n'), /^empty file/],
    ['NUL bytes', new Uint8Array([0x41, 0x00, 0x42, 0x43]), /^binary file \(contains NUL/],
    ['PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), /^binary file \(looks like PNG/],
    ['control characters', utf8('ab\x01\x02\x03\x04cd'), /^binary file \(control/],
    [
      'neither UTF-8 nor GB18030',
      new Uint8Array([0x61, 0xff, 0x62]),
      /^undecodable bytes: neither UTF-8 \(bad byte at offset 1\) nor GB18030$/
    ],
    ['UTF-16 with odd length', new Uint8Array([0xff, 0xfe, 0x41]), /^undecodable bytes: UTF-16LE BOM but an odd/]
  ])('refuses %s with a typed error', (_name, bytes, reason) => {
    try {
      decodeArticle(bytes, 'dir/x.txt');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(IngestError);
      expect((e as IngestError).file).toBe('dir/x.txt');
      expect((e as IngestError).reason).toMatch(reason);
      expect((e as IngestError).reason).not.toContain('\n');
    }
  });
});

// ingestArticle counts control characters in the matching view's pass instead of decodeArticle's own:
// the same texts must be refused with the same message, and the threshold (1 %) kept.
describe('ingestArticle refuses control characters as decodeArticle does', () => {
  const matcher = createMatcher(buildGazetteer(JSON.parse(readFileSync(REAL_REGIONS, 'utf8')), ALIASES));
  const ingestReason = (bytes: Uint8Array) => {
    try {
      ingestArticle(bytes, 'x', matcher, 'dir/x.txt');
      return null;
    } catch (e) {
      expect(e).toBeInstanceOf(IngestError);
      return (e as IngestError).reason;
    }
  };
  const decodeReason = (bytes: Uint8Array) => {
    try {
      decodeArticle(bytes, 'dir/x.txt');
      return null;
    } catch (e) {
      return (e as IngestError).reason;
    }
  };
  it.each([
    ['ASCII with control characters', utf8('ab\x01\x02\x03\x04cd')],
    ['Chinese with control characters', utf8('和平区\x01\x02\x0b\x7f')],
    ['U+FFFD replacement characters', utf8('和平区\ufffd\ufffd')],
    ['one in a hundred: accepted', utf8('a'.repeat(99) + '\x01')],
    ['two in a hundred: refused', utf8('a'.repeat(98) + '\x01\x02')],
    ['tabs, line and form feeds are text', utf8('Hebei\t\n\f\r\nTianjin')]
  ])('%s', (_name, bytes) => expect(ingestReason(bytes)).toBe(decodeReason(bytes)));
});
