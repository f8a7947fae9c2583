import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createTextDecoder } from '../../../../electron/engine/import/text/text-decoder';

/** Feeds bytes in pieces of the given size and joins the text. */
function decodeInPieces(
  bytes: Buffer,
  size: number,
  encoding: 'utf-8' | 'utf-16le',
  lenient = false,
) {
  const decoder = createTextDecoder(encoding, lenient);
  let text = '';
  for (let i = 0; i < bytes.length; i += size) text += decoder.write(bytes.subarray(i, i + size));
  return { text: text + decoder.end(), decoder };
}

describe('createTextDecoder', () => {
  it('never breaks a multi-byte character split across chunks', () => {
    const original = 'Michoacán, Querétaro, Yucatán — 𝔽icha '.repeat(50);
    for (const size of [1, 2, 3, 5, 7, 64]) {
      expect(decodeInPieces(Buffer.from(original), size, 'utf-8').text).toBe(original);
      expect(decodeInPieces(Buffer.from(original, 'utf16le'), size, 'utf-16le').text).toBe(
        original,
      );
    }
  });

  it('reads stray Windows-1252 bytes in a UTF-8 file and tells where they were', () => {
    const bytes = Buffer.concat([
      Buffer.from('Año,León\n'),
      iconv.encode('Querétaro\n', 'windows-1252'),
    ]);
    const { text, decoder } = decodeInPieces(bytes, 4, 'utf-8', true);
    expect(text).toBe('Año,León\nQuerétaro\n');
    expect(decoder.invalidUtf8).toEqual({ firstOffset: 15, count: 1 });
  });

  it('keeps a valid UTF-8 file free of warnings', () => {
    const { decoder } = decodeInPieces(Buffer.from('Año,León\n'), 3, 'utf-8', true);
    expect(decoder.invalidUtf8).toBeNull();
  });
});
