import { isUtf8 } from 'node:buffer';
import type { Encoding } from '../../../../shared/import';

/** How many bytes of a file the detectors look at. */
export const detectionPrefixBytes = 1024 * 1024;

/** The encoding found in a file's first bytes and the length of its BOM. */
export interface DetectedEncoding {
  encoding: Encoding;
  bomLength: number;
}

/**
 * Detects a text file's encoding from its first bytes: a byte order mark
 * wins; then UTF-16 without BOM by its pattern of NUL bytes; then valid
 * UTF-8; otherwise Windows-1252 when bytes 0x80–0x9F appear (they are
 * printable characters there and control codes in ISO-8859-1), else
 * ISO-8859-1. `complete` says whether the prefix is the whole file, so a
 * multi-byte character cut at the end of the prefix is not held against
 * UTF-8.
 */
export function detectEncoding(prefix: Buffer, complete: boolean): DetectedEncoding {
  if (prefix[0] === 0xef && prefix[1] === 0xbb && prefix[2] === 0xbf) {
    return { encoding: 'utf-8', bomLength: 3 };
  }
  if (prefix[0] === 0xff && prefix[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (prefix[0] === 0xfe && prefix[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };

  const utf16 = utf16ByNulPattern(prefix);
  if (utf16) return { encoding: utf16, bomLength: 0 };

  if (isUtf8(complete ? prefix : withoutCutCharacter(prefix))) {
    return { encoding: 'utf-8', bomLength: 0 };
  }
  return { encoding: hasWindows1252Bytes(prefix) ? 'windows-1252' : 'iso-8859-1', bomLength: 0 };
}

/**
 * Text in UTF-16 without a BOM has a NUL in almost every other byte (ASCII
 * characters); which half holds them tells the byte order.
 */
function utf16ByNulPattern(prefix: Buffer): Encoding | null {
  const length = Math.min(prefix.length, 4096) & ~1;
  if (length < 16) return null;

  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (prefix[i] === 0) evenNuls++;
    if (prefix[i + 1] === 0) oddNuls++;
  }

  const pairs = length / 2;
  if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Drops an incomplete UTF-8 sequence at the very end of a prefix. */
function withoutCutCharacter(prefix: Buffer): Buffer {
  const start = Math.max(0, prefix.length - 3);
  for (let i = prefix.length - 1; i >= start; i--) {
    const byte = prefix[i];
    if ((byte & 0xc0) === 0x80) continue;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return prefix.length - i < needed ? prefix.subarray(0, i) : prefix;
    }
    return prefix;
  }
  return prefix;
}

function hasWindows1252Bytes(prefix: Buffer): boolean {
  for (let i = 0; i < prefix.length; i++) {
    const byte = prefix[i];
    // 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined in Windows-1252.
    if (byte >= 0x80 && byte <= 0x9f && byte !== 0x81 && byte !== 0x8d && byte !== 0x8f) {
      if (byte !== 0x90 && byte !== 0x9d) return true;
    }
  }
  return false;
}

/**
 * Tells binary data from text in a file's first bytes: NUL bytes in a file
 * that is not UTF-16, or many control characters other than tab, line
 * feed, carriage return and form feed.
 */
export function looksBinary(prefix: Buffer, encoding: Encoding): boolean {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return utf16LooksBinary(prefix, encoding);

  let controls = 0;
  for (let i = 0; i < prefix.length; i++) {
    const byte = prefix[i];
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) {
      controls++;
    }
  }
  return controls > Math.max(8, prefix.length * 0.01);
}

/** The same test on UTF-16 code units: NUL or many control characters. */
function utf16LooksBinary(prefix: Buffer, encoding: Encoding): boolean {
  const length = Math.min(prefix.length, 64 * 1024) & ~1;
  let controls = 0;
  for (let i = 0; i < length; i += 2) {
    const unit = encoding === 'utf-16le' ? prefix.readUInt16LE(i) : prefix.readUInt16BE(i);
    if (unit === 0) return true;
    if (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d && unit !== 0x0c) controls++;
  }
  return controls > Math.max(8, (length / 2) * 0.01);
}
