import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import type { Encoding } from '../../../../shared/import';

/** Bytes that were not valid UTF-8 in a file read as UTF-8. */
export interface InvalidUtf8 {
  /** 0-based byte offset of the first invalid byte. */
  firstOffset: number;
  count: number;
}

/** Turns a file's bytes into text chunk by chunk, whatever the chunk boundaries. */
export interface TextDecoderStream {
  write(chunk: Buffer): string;
  end(): string;
  /** Set when a detected UTF-8 file later held bytes that are not UTF-8. */
  readonly invalidUtf8: InvalidUtf8 | null;
}

/**
 * Creates a decoder for the encoding. Decoding happens before parsing so
 * that a multi-byte character split across two chunks is never broken.
 *
 * A file detected as UTF-8 from its first megabyte may still hold a stray
 * Windows-1252 byte further on (files pasted together from two sources).
 * With `lenient`, such bytes are read as Windows-1252 characters instead of
 * U+FFFD, and `invalidUtf8` tells where, so the importer can warn.
 * `startOffset` is where the first byte given sits (a reader that starts
 * partway through the file), so those offsets stay the file's.
 */
export function createTextDecoder(
  encoding: Encoding,
  lenient: boolean,
  startOffset = 0,
): TextDecoderStream {
  if (encoding !== 'utf-8') return iconvDecoder(encoding);
  return utf8Decoder(lenient, startOffset);
}

function iconvDecoder(encoding: Encoding): TextDecoderStream {
  const decoder = iconv.getDecoder(encoding, { stripBOM: false });
  return {
    write: (chunk) => decoder.write(chunk),
    end: () => decoder.end() ?? '',
    invalidUtf8: null,
  };
}

function utf8Decoder(lenient: boolean, startOffset: number): TextDecoderStream {
  let carry: Buffer | null = null;
  let offset = startOffset;
  const state: { invalidUtf8: InvalidUtf8 | null } = { invalidUtf8: null };

  // TextDecoder is markedly faster than Buffer#toString on accented text.
  const native = new TextDecoder('utf-8', { ignoreBOM: true });
  const decodeBody = (body: Buffer): string => {
    const start = offset;
    offset += body.length;
    if (!lenient || isUtf8(body)) return native.decode(body);
    return decodeMixed(body, start, state);
  };

  return {
    write(chunk) {
      const bytes = carry ? Buffer.concat([carry, chunk]) : chunk;
      const cut = completeLength(bytes);
      carry = cut < bytes.length ? Buffer.from(bytes.subarray(cut)) : null;
      return decodeBody(bytes.subarray(0, cut));
    },
    end() {
      const rest = carry;
      carry = null;
      return rest ? decodeBody(rest) : '';
    },
    get invalidUtf8() {
      return state.invalidUtf8;
    },
  };
}

/** The length of the buffer without a UTF-8 sequence cut at its end. */
function completeLength(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - 3);
  for (let i = bytes.length - 1; i >= stop; i--) {
    const byte = bytes[i];
    if ((byte & 0xc0) === 0x80) continue;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return bytes.length - i < needed ? i : bytes.length;
    }
    return bytes.length;
  }
  return bytes.length;
}

/** Decodes valid UTF-8 runs as UTF-8 and each stray byte as Windows-1252. */
function decodeMixed(
  body: Buffer,
  start: number,
  state: { invalidUtf8: InvalidUtf8 | null },
): string {
  let text = '';
  let runStart = 0;
  let i = 0;
  while (i < body.length) {
    const length = sequenceLength(body, i);
    if (length > 0) {
      i += length;
      continue;
    }

    text +=
      body.toString('utf8', runStart, i) + iconv.decode(body.subarray(i, i + 1), 'windows-1252');
    if (state.invalidUtf8) state.invalidUtf8.count++;
    else state.invalidUtf8 = { firstOffset: start + i, count: 1 };
    i++;
    runStart = i;
  }
  return text + body.toString('utf8', runStart, body.length);
}

/** Length of the valid UTF-8 sequence at i, or 0 when the byte there is invalid. */
function sequenceLength(bytes: Buffer, i: number): number {
  const byte = bytes[i];
  if (byte < 0x80) return 1;

  let length: number;
  let min: number;
  if (byte >= 0xc2 && byte <= 0xdf) [length, min] = [2, 0x80];
  else if (byte >= 0xe0 && byte <= 0xef) [length, min] = [3, 0x800];
  else if (byte >= 0xf0 && byte <= 0xf4) [length, min] = [4, 0x10000];
  else return 0;

  if (i + length > bytes.length) return 0;
  let code = byte & (0xff >> (length + 1));
  for (let k = 1; k < length; k++) {
    const next = bytes[i + k];
    if ((next & 0xc0) !== 0x80) return 0;
    code = (code << 6) | (next & 0x3f);
  }
  const surrogate = code >= 0xd800 && code <= 0xdfff;
  return code < min || code > 0x10ffff || surrogate ? 0 : length;
}
