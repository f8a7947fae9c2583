const endTag = Buffer.from('</sheetData');
const rowTag = Buffer.from('<row ');
// Bytes kept between chunks so that a tag split across them is still found.
const overlap = 64;

/**
 * Follows a worksheet's bytes without decoding them, to find where its data
 * ends and the number of its last row: the cheap part of surveying a large
 * sheet. `push` returns the text from </sheetData> on once it is found
 * (merged cells follow it), and nothing before.
 */
export class RowSkimmer {
  lastRow = 0;
  done = false;
  private tail: Buffer = Buffer.alloc(0);

  push(bytes: Buffer): string | null {
    const joined = this.tail.length > 0 ? Buffer.concat([this.tail, bytes]) : bytes;
    const end = joined.indexOf(endTag);
    this.noteLastRow(joined, end >= 0 ? end : joined.length);

    if (end >= 0) {
      this.done = true;
      this.tail = Buffer.alloc(0);
      return joined.toString('utf8', end);
    }
    this.tail = Buffer.from(joined.subarray(Math.max(0, joined.length - overlap)));
    return null;
  }

  private noteLastRow(bytes: Buffer, limit: number): void {
    const at = bytes.lastIndexOf(rowTag, limit - rowTag.length);
    if (at < 0) return;
    const tag = bytes.toString('latin1', at, Math.min(bytes.length, at + 80));
    const match = / r="(\d+)"/.exec(
      tag.slice(0, tag.indexOf('>') >= 0 ? tag.indexOf('>') : tag.length),
    );
    if (match) this.lastRow = Math.max(this.lastRow, Number(match[1]));
  }
}
