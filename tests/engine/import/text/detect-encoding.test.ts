import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  detectEncoding,
  looksBinary,
} from '../../../../electron/engine/import/text/detect-encoding';

const text = 'Año;Población;Emisión\nMichoacán;12,5;Níquel\n';

describe('detectEncoding', () => {
  it('honours byte order marks', () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(detectEncoding(utf8, true)).toEqual({ encoding: 'utf-8', bomLength: 3 });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(detectEncoding(le, true)).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
    expect(detectEncoding(be, true)).toEqual({ encoding: 'utf-16be', bomLength: 2 });
  });

  it('finds UTF-16 without a BOM by its NUL bytes', () => {
    expect(detectEncoding(Buffer.from(text, 'utf16le'), true).encoding).toBe('utf-16le');
    expect(detectEncoding(iconv.encode(text, 'utf-16be'), true).encoding).toBe('utf-16be');
  });

  it('finds UTF-8 without a BOM', () => {
    expect(detectEncoding(Buffer.from(text), true)).toEqual({ encoding: 'utf-8', bomLength: 0 });
  });

  it('does not hold a character cut at the end of the prefix against UTF-8', () => {
    const bytes = Buffer.from('abc,ñ');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1), false).encoding).toBe('utf-8');
  });

  it('tells Windows-1252 from ISO-8859-1 by the bytes 0x80–0x9F', () => {
    expect(detectEncoding(iconv.encode('“Año” – 5 €', 'windows-1252'), true).encoding).toBe(
      'windows-1252',
    );
    expect(detectEncoding(iconv.encode('Año;Sí', 'iso-8859-1'), true).encoding).toBe('iso-8859-1');
  });
});

describe('looksBinary', () => {
  it('finds NUL bytes in a file that is not UTF-16', () => {
    expect(looksBinary(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'utf-8')).toBe(true);
  });

  it('finds many control characters', () => {
    const junk = Buffer.alloc(2000, 0x01);
    expect(looksBinary(junk, 'windows-1252')).toBe(true);
  });

  it('accepts text with tabs, line breaks and form feeds', () => {
    expect(looksBinary(Buffer.from('a\tb\r\nc\fd\n'), 'utf-8')).toBe(false);
    expect(looksBinary(Buffer.from(text, 'utf16le'), 'utf-16le')).toBe(false);
  });
});
