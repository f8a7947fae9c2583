import { open } from 'node:fs/promises';
import type { Encoding } from '../../../../shared/import';

/** Bytes looked at around the wanted offset. */
const windowBytes = 256 * 1024;
/** Line starts tried before giving up on splitting the file. */
const maxCandidates = 64;

/**
 * Finds where a second reader may start reading a delimited text file: the
 * byte just after a line break at or after `target`, chosen so that the
 * line starting there has an even number of quotes (a line break inside a
 * quoted cell usually leaves an odd number on the next line). This is a
 * guess; the reader of the first part confirms it (CsvParser.atRecordStart)
 * before the two parts are joined. Returns null when no line break is near.
 */
export async function findSplit(
  file: string,
  encoding: Encoding,
  place: { bomLength: number; size: number; target: number },
): Promise<number | null> {
  const unit = encoding === 'utf-16le' || encoding === 'utf-16be' ? 2 : 1;
  // UTF-16 code units start at even distances from the end of the BOM.
  const from = place.target - ((place.target - place.bomLength) % unit);
  if (from <= place.bomLength || from >= place.size) return null;

  const handle = await open(file, 'r');
  let bytes: Buffer;
  try {
    const buffer = Buffer.alloc(Math.min(windowBytes, place.size - from));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, from);
    bytes = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }

  const units = new CodeUnits(bytes, encoding);
  let lineStart = units.nextLineStart(0);
  for (let tried = 0; lineStart !== -1 && tried < maxCandidates; tried++) {
    const next = units.nextLineStart(lineStart);
    if (next === -1) return null;
    if (units.quotesBetween(lineStart, next) % 2 === 0) return from + lineStart;
    lineStart = next;
  }
  return null;
}

/** Reads line feeds and quotes out of raw bytes in one of the supported encodings. */
class CodeUnits {
  private readonly unit: number;

  constructor(
    private readonly bytes: Buffer,
    private readonly encoding: Encoding,
  ) {
    this.unit = encoding === 'utf-16le' || encoding === 'utf-16be' ? 2 : 1;
  }

  /** The offset just after the next line feed at or after `at`, or -1. */
  nextLineStart(at: number): number {
    for (let i = at; i + this.unit <= this.bytes.length; i += this.unit) {
      if (this.codeAt(i) === 10) return i + this.unit;
    }
    return -1;
  }

  quotesBetween(start: number, end: number): number {
    let quotes = 0;
    for (let i = start; i < end; i += this.unit) if (this.codeAt(i) === 34) quotes++;
    return quotes;
  }

  private codeAt(i: number): number {
    if (this.encoding === 'utf-16le') return this.bytes[i] | (this.bytes[i + 1] << 8);
    if (this.encoding === 'utf-16be') return (this.bytes[i] << 8) | this.bytes[i + 1];
    // In UTF-8, Windows-1252 and ISO-8859-1 a byte 10 or 34 is always that character.
    return this.bytes[i];
  }
}
