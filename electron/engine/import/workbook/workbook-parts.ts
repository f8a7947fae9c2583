import path from 'node:path/posix';
import { FichaError } from '../../../../shared/errors';
import { dateKindOf, type DateKind } from './excel-dates';
import { attribute, joinTextRuns, startTags } from './xml-text';
import type { ZipArchive } from './zip-archive';

/** A sheet as xl/workbook.xml lists it, with its part resolved through the rels. */
export interface WorkbookSheet {
  name: string;
  /** Path of the sheet's XML inside the zip, or null for chart sheets and missing parts. */
  part: string | null;
  hidden: boolean;
}

/** What the reader needs from xl/workbook.xml and its relationships. */
export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  date1904: boolean;
}

/** Reads the sheet list (in tab order) and the date system of an XLSX. */
export async function readWorkbookInfo(archive: ZipArchive): Promise<WorkbookInfo> {
  const workbookPart = await officeDocumentPart(archive);
  const xml = await archive.readText(workbookPart);
  const relsPart = path.join(
    path.dirname(workbookPart),
    '_rels',
    `${path.basename(workbookPart)}.rels`,
  );
  const targets = archive.has(relsPart)
    ? parseRelationships(await archive.readText(relsPart), workbookPart)
    : new Map();

  const pr = startTags(xml, 'workbookPr')[0];
  const date1904 = pr !== undefined && /^(1|true)$/i.test(attribute(pr, 'date1904') ?? '');

  const sheets = startTags(xml, 'sheet').map((tag) => {
    const id = attribute(tag, 'r:id') ?? relationshipId(tag);
    const target = id ? targets.get(id) : undefined;
    const part =
      target && /\/worksheet$/.test(target.type) && archive.has(target.path) ? target.path : null;
    const state = attribute(tag, 'state');
    return {
      name: attribute(tag, 'name') ?? '',
      part,
      hidden: state === 'hidden' || state === 'veryHidden',
    };
  });
  if (sheets.length === 0) {
    throw new FichaError('WORKBOOK_CORRUPT', {
      file: archive.file,
      reason: 'no sheets listed in the workbook',
    });
  }
  return { sheets, date1904 };
}

/** The relationship id of a <sheet> tag whatever prefix names the relationships namespace. */
function relationshipId(tag: string): string | null {
  const match = / [\w-]+:id="([^"]+)"/.exec(tag);
  return match ? match[1] : null;
}

async function officeDocumentPart(archive: ZipArchive): Promise<string> {
  if (archive.has('_rels/.rels')) {
    const rels = parseRelationships(await archive.readText('_rels/.rels'), '');
    for (const target of rels.values()) {
      if (/\/officeDocument$/.test(target.type) && archive.has(target.path)) return target.path;
    }
  }
  if (archive.has('xl/workbook.xml')) return 'xl/workbook.xml';
  throw new FichaError('WORKBOOK_CORRUPT', {
    file: archive.file,
    reason: 'xl/workbook.xml is missing',
  });
}

/** Relationship targets by id, resolved against the part that owns the rels. */
export function parseRelationships(
  xml: string,
  ownerPart: string,
): Map<string, { type: string; path: string }> {
  const targets = new Map<string, { type: string; path: string }>();
  for (const tag of startTags(xml, 'Relationship')) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (!id || !target || attribute(tag, 'TargetMode') === 'External') continue;
    const resolved = target.startsWith('/')
      ? target.slice(1)
      : path.join(path.dirname(ownerPart), target);
    targets.set(id, { type: attribute(tag, 'Type') ?? '', path: resolved.replace(/^\.\//, '') });
  }
  return targets;
}

/**
 * For each cell style (index of `s` in a cell), whether its number format
 * shows a date, datetime or time. Reads numFmts and cellXfs only.
 */
export async function readDateStyles(archive: ZipArchive): Promise<DateKind[]> {
  const part = ['xl/styles.xml'].find((name) => archive.has(name));
  if (!part) return [];
  const xml = await archive.readText(part);

  const formats = new Map<number, string>();
  for (const tag of startTags(xml, 'numFmt')) {
    const id = Number(attribute(tag, 'numFmtId'));
    const code = attribute(tag, 'formatCode');
    if (Number.isFinite(id) && code !== null) formats.set(id, code);
  }

  const start = xml.indexOf('<cellXfs');
  const end = xml.indexOf('</cellXfs>', start);
  if (start < 0 || end < 0) return [];
  return startTags(xml.slice(start, end), 'xf').map((tag) => {
    const id = Number(attribute(tag, 'numFmtId') ?? 0);
    return dateKindOf(id, formats.get(id));
  });
}

/**
 * The shared strings table, parsed as a stream of <si> items: rich text runs
 * are joined and phonetic runs (<rPh>) left out. An item far past
 * `maxChars` is refused with CELL_TOO_LARGE.
 */
export async function readSharedStrings(archive: ZipArchive, maxChars: number): Promise<string[]> {
  const part = ['xl/sharedStrings.xml'].find((name) => archive.has(name));
  if (!part) return [];

  const strings: string[] = [];
  let buffer = '';
  for await (const chunk of archive.text(part)) {
    buffer += chunk;
    let at = 0;
    for (;;) {
      const open = buffer.indexOf('<si', at);
      if (open < 0) {
        at = buffer.length;
        break;
      }
      const close = buffer.indexOf('</si>', open);
      const tagEnd = buffer.indexOf('>', open);
      if (tagEnd >= 0 && buffer.charCodeAt(tagEnd - 1) === 47) {
        strings.push('');
        at = tagEnd + 1;
        continue;
      }
      if (close < 0) {
        at = open;
        break;
      }
      strings.push(sharedItem(buffer, open, close));
      at = close + 5;
    }
    buffer = buffer.slice(at);
    // Strings over the limit are kept so that the sheet can name the cell
    // using them; one without an end in sight is refused here.
    if (buffer.length > maxChars * 8 + 1024 ** 2) {
      throw new FichaError('CELL_TOO_LARGE', {
        file: archive.file,
        sheet: 'sharedStrings',
        row: 0,
        column: '?',
        size: `${buffer.length} characters`,
        limit: `${maxChars} characters`,
        reason: `shared string ${strings.length + 1}`,
      });
    }
  }
  return strings;
}

function sharedItem(xml: string, open: number, close: number): string {
  // Phonetic guides (<rPh>) carry readings, not the text a person sees.
  const phonetic = xml.indexOf('<rPh', open);
  if (phonetic < 0 || phonetic > close) return joinTextRuns(xml, open, close);
  const item = xml.slice(open, close).replace(/<rPh[\s\S]*?<\/rPh>/g, '');
  return joinTextRuns(item);
}
