import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { isFichaError } from '../../../../shared/errors';
import type { ImportOptions, Progress } from '../../../../shared/import';
import { unpackSourcePiece } from '../../../../electron/engine/datasets/source-codec';
import { importFile } from '../../../../electron/engine/import/pipeline';
import type { Logger } from '../../../../electron/engine/logger';
import type { Workspace } from '../../../../electron/engine/workspace/workspace';
import { tempFolder } from '../../workspace/temp-folder';
import { leftovers, newWorkspace, untouched, writeFixture } from './pipeline-fixtures';

const temp = tempFolder('ficha-split-');
afterAll(temp.cleanup);

/** A logger that remembers its messages, to tell whether the file was split. */
function recordingLogger(): Logger & { messages: string[] } {
  const messages: string[] = [];
  return {
    messages,
    info: (message) => messages.push(message),
    warn: (message) => messages.push(message),
    error: (message) => messages.push(message),
  };
}

/** Imports into a fresh workspace, split (at any size) or not; returns what the import left. */
async function importWith(file: string, split: boolean, options: ImportOptions = {}) {
  const ws = newWorkspace(temp.dir);
  const logger = recordingLogger();
  const progress: Progress[] = [];
  const result = await importFile(ws, file, options, {
    signal: new AbortController().signal,
    logger,
    progress: (p) => progress.push(p),
    split: split ? { minBytes: 0, tailShare: 0.5 } : false,
  });
  const stored = storedState(ws);
  ws.close();
  return {
    result: { ...result, dataset: null },
    stored,
    joined: logger.messages.includes('[import] read in two threads'),
    progress,
  };
}

/** Every stored row with the SQLite type of each cell, the catalog and the source bytes. */
function storedState(ws: Workspace) {
  const db = ws.db;
  const table = db.prepare('SELECT table_name FROM datasets').pluck().get() as string;
  const columns = db
    .prepare('SELECT name FROM columns ORDER BY position')
    .pluck()
    .all() as string[];
  const typed = columns.map((c) => `${JSON.stringify(c)}, typeof(${JSON.stringify(c)})`).join(', ');
  const rows = db.prepare(`SELECT rowid, ${typed} FROM ${JSON.stringify(table)} ORDER BY rowid`);
  const hash = createHash('sha256');
  let count = 0;
  for (const row of rows.raw().iterate()) {
    hash.update(
      JSON.stringify(row, (_key, value: unknown) =>
        typeof value === 'bigint' ? `${value}n` : value,
      ),
    );
    count++;
  }
  const pieces = db.prepare('SELECT bytes, codec FROM source_chunks ORDER BY seq').all() as {
    bytes: Buffer;
    codec: string | null;
  }[];
  const bytes = Buffer.concat(pieces.map((piece) => unpackSourcePiece(piece.bytes, piece.codec)));
  const dataset = db
    .prepare('SELECT row_count, notes, warnings, import_settings FROM datasets')
    .get() as Record<string, unknown>;
  const catalog = db.prepare('SELECT name, label, type, mismatches FROM columns').all();
  const source = db.prepare('SELECT size, sha256 FROM sources').get();
  return { count, rows: hash.digest('hex'), bytes, dataset, catalog, source };
}

/** Imports the file both ways and checks that the results are the same. */
async function expectSameBothWays(file: string, options: ImportOptions = {}) {
  const single = await importWith(file, false, options);
  const split = await importWith(file, true, options);
  expect(split.result).toEqual(single.result);
  expect(split.stored.count).toBe(single.stored.count);
  expect(split.stored.rows).toBe(single.stored.rows);
  expect(split.stored.dataset).toEqual(single.stored.dataset);
  expect(split.stored.catalog).toEqual(single.stored.catalog);
  expect(split.stored.source).toEqual(single.stored.source);
  expect(split.stored.bytes.equals(readFileSync(file))).toBe(true);
  return { single, split };
}

/** Inventory-like rows: leading-zero codes, accents, integers, decimals, markers, quoted commas. */
function inventoryLines(count: number, decimalComma = false): string[] {
  const states = ['Aguascalientes', 'Michoacán de Ocampo', 'Nuevo León', 'Yucatán'];
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const value = i % 53 === 0 ? 'ND' : ((i * 7919) % 100000) / 100;
    const number = decimalComma ? String(value).replace('.', ',') : String(value);
    const note = i % 11 === 0 ? `"Estimado, revisión ${i % 7}"` : '';
    const cells = [
      String((i % 32) + 1).padStart(2, '0'),
      states[i % states.length],
      String(2000 + (i % 24)),
      number,
      note,
    ];
    lines.push(cells.join(decimalComma ? ';' : ','));
  }
  return lines;
}

const header = 'cve_ent,estado,anio,valor,observaciones';

describe('a large text file read in two threads', () => {
  it('stores the same rows, types, counts and bytes as one thread', async () => {
    const file = writeFixture(
      temp.dir,
      'inventario.csv',
      [header, ...inventoryLines(80_000)].join('\n') + '\n',
    );
    const { split } = await expectSameBothWays(file);
    expect(split.joined).toBe(true);
    expect(split.result.rows).toBe(80_000);
  }, 60_000);

  it('joins UTF-8 with a BOM and CRLF line ends', async () => {
    const text = '\ufeff' + [header, ...inventoryLines(80_000)].join('\r\n') + '\r\n';
    const file = writeFixture(temp.dir, 'crlf-bom.csv', text);
    const { split } = await expectSameBothWays(file);
    expect(split.joined).toBe(true);
    expect(split.result.encoding).toBe('utf-8');
  }, 60_000);

  it('joins UTF-16 little endian with its BOM', async () => {
    const text = [header, ...inventoryLines(40_000)].join('\r\n') + '\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    const file = writeFixture(temp.dir, 'utf16.csv', bytes);
    const { split } = await expectSameBothWays(file);
    expect(split.joined).toBe(true);
    expect(split.result.encoding).toBe('utf-16le');
  }, 60_000);

  it('joins Windows-1252 with semicolons and decimal commas', async () => {
    const text = [header.replace(/,/g, ';'), ...inventoryLines(80_000, true)].join('\r\n') + '\r\n';
    const file = writeFixture(temp.dir, 'cp1252.csv', iconv.encode(text, 'windows-1252'));
    const { split } = await expectSameBothWays(file);
    expect(split.joined).toBe(true);
    expect(['windows-1252', 'iso-8859-1']).toContain(split.result.encoding);
    expect(split.result.delimiter).toBe(';');
    expect(split.result.columns.find((c) => c.name === 'valor')?.type).toBe('number');
  }, 60_000);

  it('reads on in one thread when the split falls inside a quoted cell with line breaks', async () => {
    // The middle of the file is one quoted cell of many lines without quotes:
    // the line starts there look like records, and the first part says they are not.
    const lines = inventoryLines(60_000);
    const long = Array.from({ length: 30_000 }, (_, i) => `renglón ${i} de la nota`).join('\n');
    lines.splice(30_000, 0, `01,Aguascalientes,2001,5,"${long}"`);
    const file = writeFixture(temp.dir, 'quoted.csv', [header, ...lines].join('\n') + '\n');
    const { split } = await expectSameBothWays(file);
    expect(split.joined).toBe(false);
    expect(split.result.rows).toBe(60_001);
  }, 60_000);

  it('keeps notes, totals, ragged rows and type mismatches of the later part, with their rows', async () => {
    const lines = inventoryLines(80_000);
    lines[70_000] = '01,Aguascalientes,dos mil,5,';
    lines[75_000] = '02,Nuevo León,2001';
    lines.push('Total,,,123456,', '', 'Fuente: INEGI.', 'Notas: cifras preliminares.');
    const file = writeFixture(temp.dir, 'notas.csv', [header, ...lines].join('\n') + '\n');
    const { split } = await expectSameBothWays(file);
    expect(split.joined).toBe(true);
    expect(split.result.notes).toEqual(['Fuente: INEGI.', 'Notas: cifras preliminares.']);
    expect(split.result.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['RAGGED_ROWS', 'TYPE_MISMATCH']),
    );
    expect(split.result.columns.find((c) => c.name === 'anio')?.mismatches).toBe(1);
  }, 60_000);

  it('warns about stray bytes in both parts once, from the first one', async () => {
    const lines = inventoryLines(100_000);
    const text = [header, ...lines].join('\n') + '\n';
    const bytes = Buffer.from(text, 'utf8');
    // Lone Windows-1252 "á" bytes in both parts of an otherwise UTF-8 file,
    // past the first megabyte that detection reads.
    const early = bytes.indexOf('Yucat', 1_200_000);
    const late = bytes.lastIndexOf('Yucat');
    bytes[early + 5] = 0xe1;
    bytes[late + 5] = 0xe1;
    const file = writeFixture(temp.dir, 'mixta.csv', bytes);
    const { split } = await expectSameBothWays(file);
    expect(split.joined).toBe(true);
    expect(split.result.warnings.filter((w) => w.code === 'ENCODING_MIXED')).toHaveLength(1);
  }, 60_000);

  it('reports the error of the later part with the row one thread would name', async () => {
    const lines = inventoryLines(80_000);
    // No quote after it, so the cell runs to the end of the file.
    for (let i = 70_000; i < lines.length; i++) lines[i] = lines[i].replace(/"[^"]*"$/, '');
    lines[70_000] = '01,Aguascalientes,2001,5,"sin cerrar';
    const file = writeFixture(temp.dir, 'comillas.csv', [header, ...lines].join('\n') + '\n');
    const errors = [];
    for (const split of [false, true]) {
      const ws = newWorkspace(temp.dir);
      try {
        await importFile(
          ws,
          file,
          {},
          {
            signal: new AbortController().signal,
            logger: recordingLogger(),
            split: split ? { minBytes: 0 } : false,
          },
        );
      } catch (error) {
        if (!isFichaError(error)) throw error;
        errors.push(error.data);
      }
      expect(leftovers(ws)).toEqual(untouched);
      ws.close();
    }
    expect(errors).toHaveLength(2);
    expect(errors[1]).toEqual(errors[0]);
    expect(errors[0].code).toBe('CSV_UNBALANCED_QUOTES');
  }, 60_000);

  it('reports progress over the whole file', async () => {
    const file = writeFixture(
      temp.dir,
      'progreso.csv',
      [header, ...inventoryLines(80_000)].join('\n') + '\n',
    );
    const split = await importWith(file, true);
    const rows = split.progress.filter((p) => p.phase === 'rows');
    expect(split.joined).toBe(true);
    expect(rows.length).toBeGreaterThan(1);
    const size = readFileSync(file).length;
    expect(rows.every((p) => p.total === size && p.done <= size)).toBe(true);
    expect(Math.max(...rows.map((p) => p.done))).toBe(size);
  }, 60_000);

  it('leaves the workspace as it was when cancelled while both threads read', async () => {
    const file = writeFixture(
      temp.dir,
      'cancelar.csv',
      [header, ...inventoryLines(100_000)].join('\n') + '\n',
    );
    const ws = newWorkspace(temp.dir);
    const controller = new AbortController();
    const seen: Progress[] = [];
    const run = importFile(
      ws,
      file,
      {},
      {
        signal: controller.signal,
        logger: recordingLogger(),
        split: { minBytes: 0 },
        progress: (p) => {
          seen.push(p);
          if (p.phase === 'rows' && p.done > 1_500_000) controller.abort();
        },
      },
    );
    await expect(run).rejects.toMatchObject({ data: { code: 'CANCELLED' } });
    expect(seen.length).toBeGreaterThan(0);
    expect(leftovers(ws)).toEqual(untouched);
    ws.close();
  }, 60_000);
});

describe('the split point', () => {
  it('is used only where the first part ends on a record', async () => {
    const file = path.join(temp.dir, 'inventario.csv');
    const { findSplit } = await import('../../../../electron/engine/import/text/find-split');
    const size = readFileSync(file).length;
    const offset = await findSplit(file, 'utf-8', { bomLength: 0, size, target: size / 2 });
    expect(offset).not.toBeNull();
    const bytes = readFileSync(file);
    expect(bytes[(offset as number) - 1]).toBe(10);
  });
});
