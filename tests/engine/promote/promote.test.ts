import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { FichaError } from '../../../shared/errors';
import { beginDatasetWrite } from '../../../electron/engine/datasets/writer';
import { saveFicha, getFicha } from '../../../electron/engine/metadata/ficha-store';
import { buildKit, writeKit } from '../../../electron/engine/promote/kit';
import {
  addBlackout,
  listPromotions,
  recordPromotion,
} from '../../../electron/engine/promote/promotions';
import { bimonthlyReport, bimonthlyReportHtml } from '../../../electron/engine/promote/report';
import { setStatus } from '../../../electron/engine/review/status';
import { createWorkspace } from '../../../electron/engine/workspace/create-workspace';
import type { Workspace } from '../../../electron/engine/workspace/workspace';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((step) => step()));

/** A workspace with a long emissions table (year, sector, value) and its ficha. */
function emissions(name = 'emisiones'): { dir: string; workspace: Workspace } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ficha-promote-'));
  const workspace = createWorkspace(path.join(dir, 'ws.ficha'), {
    actor: { name: 'Ana', email: 'ana@inecc.gob.mx' },
  });
  cleanup.push(() => {
    workspace.close();
    rmSync(dir, { recursive: true, force: true });
  });
  addEmissions(workspace, name);
  return { dir, workspace };
}

function addEmissions(workspace: Workspace, name: string): void {
  const columns = [
    { name: 'anio', label: 'Año', type: 'integer' as const },
    { name: 'sector', label: 'Sector', type: 'text' as const },
    { name: 'valor', label: 'Emisiones (Gg)', type: 'number' as const },
  ];
  const writer = beginDatasetWrite(workspace, { columns });
  const rows: (string | number)[][] = [];
  for (const year of [2018, 2019, 2020]) {
    rows.push(
      [year, 'Energía', 400 + year - 2018],
      [year, 'Agricultura', 90],
      [year, 'Residuos', 30.5],
    );
  }
  writer.insertRows(rows);
  writer.commit({
    name,
    title: 'Emisiones por sector',
    columns: columns.map((column, position) => ({
      ...column,
      position,
      mismatches: 0,
      unit: column.name === 'valor' ? 'Gg' : null,
    })),
  });
  const { ficha } = getFicha(workspace, name);
  saveFicha(workspace, name, {
    ...ficha,
    title: 'Emisiones de gases de efecto invernadero por sector',
    description: 'Emisiones anuales por sector en gigagramos. Fuente: INECC.',
    publisher: {
      ...ficha.publisher,
      name: 'Instituto Nacional de Ecología y Cambio Climático',
      acronym: 'INECC',
    },
    landingPage: 'https://datos.gob.mx/busca/dataset/emisiones-por-sector',
  });
}

/** Counts the pixels of a PNG's decoded rows that are not white, roughly. */
function inkedBytes(png: Buffer): number {
  const chunks: Buffer[] = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    if (type === 'IDAT') chunks.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  let inked = 0;
  for (const byte of raw) if (byte !== 0xff && byte !== 0) inked += 1;
  return inked;
}

describe('the communication kit', () => {
  it('picks the latest year’s total by sector as the default figure', () => {
    const { workspace } = emissions();
    const kit = buildKit(workspace, 'emisiones', { today: '2026-12-03' });
    expect(kit.figure).toMatchObject({
      label: 'Total de Emisiones (Gg) en 2020',
      value: 522.5,
      unit: 'Gg',
      period: '2020',
    });
    expect(kit.figure?.bars.map((bar) => bar.label)).toEqual([
      'Energía',
      'Agricultura',
      'Residuos',
    ]);
  });

  it('uses the figure the person picks, and none when asked', () => {
    const { workspace } = emissions();
    const average = buildKit(workspace, 'emisiones', {
      today: '2026-12-03',
      figure: { column: 'valor', aggregate: 'max', by: 'sector' },
    });
    expect(average.figure).toMatchObject({ value: 402, label: 'Máximo de Emisiones (Gg)' });
    expect(
      buildKit(workspace, 'emisiones', { today: '2026-12-03', figure: null }).figure,
    ).toBeNull();
    expect(() =>
      buildKit(workspace, 'emisiones', {
        today: '2026-12-03',
        figure: { column: 'nada', aggregate: 'sum' },
      }),
    ).toThrow(FichaError);
  });

  it('writes a card as HTML and a 1200 x 630 PNG with ink on it, and the texts', () => {
    const { dir, workspace } = emissions();
    const kit = buildKit(workspace, 'emisiones', { today: '2026-12-03' });
    const out = path.join(dir, 'kit');
    expect(writeKit(kit, out)).toEqual([
      'tarjeta.svg',
      'tarjeta.png',
      'tarjeta.html',
      'textos.txt',
      'cita.txt',
      'enlace.html',
      'kit.json',
    ]);

    const png = readFileSync(path.join(out, 'tarjeta.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length).toBeGreaterThan(10_000);
    expect(inkedBytes(png)).toBeGreaterThan(50_000);

    const html = readFileSync(path.join(out, 'tarjeta.html'), 'utf8');
    expect(html).toContain('Emisiones de gases de efecto invernadero por sector');
    expect(html).toContain('>523<');
    expect(html).toContain('https://datos.gob.mx/busca/dataset/emisiones-por-sector');
    expect(html).toContain('INECC');
    expect(html).not.toMatch(/https?:\/\/(?!datos\.gob\.mx|www\.w3\.org)/);
    expect(readFileSync(path.join(out, 'cita.txt'), 'utf8')).toContain(
      'Consultado el 3 de diciembre de 2026',
    );
  });
});

describe('the record of promotion', () => {
  it('asks for confirmation inside a blackout and marks it in the bimonthly report', () => {
    const { workspace } = emissions();
    addEmissions(workspace, 'calidad_aire');
    for (const name of ['emisiones', 'calidad_aire']) {
      for (const to of ['en-revision', 'aprobado', 'publicado'] as const) {
        setStatus(workspace, {
          dataset: name,
          to,
          as: 'liaison',
          portalUrl: `https://datos.gob.mx/dataset/${name}`,
        });
      }
    }
    workspace.db.prepare("UPDATE status_events SET at = '2026-01-10T00:00:00Z'").run();
    addBlackout(workspace, { start: '2026-04-01', end: '2026-06-07', reason: 'Veda electoral' });

    recordPromotion(workspace, {
      dataset: 'emisiones',
      date: '2026-02-14',
      channel: 'X (Twitter)',
      link: 'https://x.com/inecc/1',
    });
    expect(() =>
      recordPromotion(workspace, { dataset: 'emisiones', date: '2026-05-02', channel: 'Boletín' }),
    ).toThrow(/restricted communication/);
    recordPromotion(workspace, {
      dataset: 'emisiones',
      date: '2026-05-02',
      channel: 'Boletín',
      confirmBlackout: true,
    });
    expect(listPromotions(workspace).map((p) => p.inBlackout)).toEqual([false, true]);

    const report = bimonthlyReport(workspace, '2026-01-01', '2026-08-31');
    expect(report.map((entry) => entry.period.id)).toEqual([
      '2026-B1',
      '2026-B2',
      '2026-B3',
      '2026-B4',
    ]);
    expect(report[0].promoted).toEqual([
      { dataset: 'emisiones', channels: ['X (Twitter)'], dates: ['2026-02-14'], inBlackout: false },
    ]);
    expect(report[0].unpromoted).toEqual(['calidad_aire']);
    expect(report[2].blackouts).toHaveLength(1);
    expect(report[2].promoted[0].inBlackout).toBe(true);
    expect(report[3].unpromoted).toEqual(['calidad_aire']);
    expect(report[1].unpromoted).toEqual(['calidad_aire']);

    const html = bimonthlyReportHtml('INECC', '2026-12-03', report);
    expect(html).toContain('marzo–abril 2026');
    expect(html).toContain('(en veda)');
    expect(html).toContain(
      'Periodo de comunicación restringida: 2026-04-01 a 2026-06-07 (Veda electoral)',
    );
  });
});
