import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import { inventoryColumns } from '../../../shared/inventory/template';
import {
  buildCalendar,
  buildCatalog,
  catalogProgress,
} from '../../../electron/engine/review/catalog';
import type { DatasetFacts, FactsReader } from '../../../electron/engine/review/catalog';
import { attachDownloads } from '../../../electron/engine/review/downloads';
import { fichaFacts } from '../../../electron/engine/metadata/catalog-facts';
import { writeInventory } from '../../../electron/engine/review/inventory-export';
import { addPlannedDataset, listPlannedDatasets } from '../../../electron/engine/review/planned';
import { progressReportHtml } from '../../../electron/engine/review/progress-report';
import { setStatus } from '../../../electron/engine/review/status';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { addDataset, tempWorkspace } from './helpers';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((step) => step()));

const facts: Record<string, Partial<DatasetFacts>> = {
  emisiones: {
    area: 'Emisiones',
    periodicity: 'R/P1Y',
    updateMonths: [6],
    description: 'Inventario nacional',
  },
  calidad_aire: { area: 'Calidad del aire', periodicity: 'R/P1M', modified: '2026-01-15' },
};

/** Facts as the metadata module would give them, keyed by dataset name. */
const factsOf: FactsReader = (workspace, id) => {
  const base = fichaFacts(workspace, id);
  const name = workspace.db
    .prepare('SELECT name FROM datasets WHERE id = ?')
    .pluck()
    .get(id) as string;
  return base && { ...base, ...facts[name] };
};

/** A workspace with a published, an overdue draft and a planned dataset. */
function inventory(): { dir: string; workspace: Workspace } {
  const { dir, workspace } = tempWorkspace();
  cleanup.push(() => {
    workspace.close();
    rmSync(dir, { recursive: true, force: true });
  });
  addDataset(workspace, 'emisiones');
  addDataset(workspace, 'calidad_aire');
  for (const to of ['en-revision', 'aprobado', 'publicado'] as const) {
    setStatus(workspace, {
      dataset: 'emisiones',
      to,
      as: 'liaison',
      portalUrl: 'https://datos.gob.mx/dataset/emisiones',
    });
  }
  workspace.db
    .prepare("UPDATE status_events SET at = '2025-06-20T10:00:00Z' WHERE to_status = 'publicado'")
    .run();
  addPlannedDataset(workspace, {
    title: 'Registro de sustancias químicas',
    area: 'Sustancias',
    periodicity: 'R/P1Y',
    estimatedPublication: '2027-03',
  });
  return { dir, workspace };
}

describe('the catalog', () => {
  it('lists datasets and planned ones with their next update and overdue mark', () => {
    const { workspace } = inventory();
    const entries = buildCatalog(workspace, '2026-12-03', factsOf);

    const byTitle = Object.fromEntries(
      entries.map((entry) => [entry.dataset ?? entry.title, entry]),
    );
    expect(byTitle.emisiones).toMatchObject({
      status: 'publicado',
      nextDue: '2026-06-30',
      overdue: true,
    });
    expect(byTitle.calidad_aire).toMatchObject({
      status: 'borrador',
      nextDue: '2026-02-15',
      overdue: true,
    });
    expect(byTitle['Registro de sustancias químicas']).toMatchObject({
      status: 'planeado',
      dataset: null,
      nextDue: '2027-03-31',
      overdue: false,
    });
  });

  it('places updates due in the year’s calendar', () => {
    const { workspace } = inventory();
    const months = buildCalendar(
      buildCatalog(workspace, '2026-12-03', factsOf),
      2026,
      '2026-12-03',
    );
    const june = months[5].entries.find((entry) => entry.title === 'Emisiones emisiones');
    expect(june).toMatchObject({ due: '2026-06-30', overdue: true });
    expect(
      months.filter((month) => month.entries.some((e) => e.title === 'Emisiones calidad_aire')),
    ).toHaveLength(11);
  });

  it('reports progress per area as a printable page', () => {
    const { workspace } = inventory();
    const entries = buildCatalog(workspace, '2026-12-03', factsOf);
    const progress = catalogProgress(entries);
    expect(progress.overall).toMatchObject({
      planned: 1,
      inPreparation: 1,
      published: 1,
      total: 3,
    });
    expect(progress.overall.publishedPercent).toBe(33.3);

    const html = progressReportHtml('INECC', '2026-12-03', progress, entries);
    expect(html).toContain('<h1>Avance de datos abiertos — INECC</h1>');
    expect(html).toContain('33.3 %');
    expect(html).toContain('Registro de sustancias químicas');
  });
});

describe('the inventory export', () => {
  it('writes the template’s columns as CSV that reads back with accents intact', () => {
    const { dir, workspace } = inventory();
    const entries = buildCatalog(workspace, '2026-12-03', factsOf);
    const plans = new Map(listPlannedDatasets(workspace).map((plan) => [plan.id, plan]));
    const file = path.join(dir, 'inventario.csv');
    writeInventory(
      file,
      entries.map((entry) => ({
        entry,
        facts: factsOf(workspace, entry.id),
        plan: plans.get(entry.id) ?? null,
      })),
    );

    const text = readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = XLSX.read(text.slice(1), { type: 'string', raw: true }).Sheets.Sheet1;
    const table = XLSX.utils.sheet_to_json<string[]>(rows, { header: 1, raw: false });
    expect(table[0]).toEqual([...inventoryColumns]);
    expect(table.map((row) => row[1])).toContain('Registro de sustancias químicas');
    const planned = table.find((row) => row[1] === 'Registro de sustancias químicas');
    expect(planned?.[7]).toBe('2027-03');
  });

  it('writes an XLSX with the inventory and the plan and calendar', () => {
    const { dir, workspace } = inventory();
    const entries = buildCatalog(workspace, '2026-12-03', factsOf);
    const file = path.join(dir, 'inventario.xlsx');
    writeInventory(
      file,
      entries.map((entry) => ({ entry, facts: null, plan: null })),
    );

    const book = XLSX.read(readFileSync(file));
    expect(book.SheetNames).toEqual(['Inventario', 'Plan y calendario']);
    const plan = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets['Plan y calendario']);
    expect(plan.find((row) => row.Conjunto === 'Emisiones emisiones')).toMatchObject({
      Atrasado: 'sí',
    });
  });
});

describe('download counts', () => {
  it('attaches counts by dataset name or title and lists the rows that match nothing', () => {
    const { dir, workspace } = inventory();
    const file = path.join(dir, 'descargas.csv');
    writeFileSync(
      file,
      'Conjunto,Periodo,Descargas\nemisiones,2026-10,"1,204"\nEMISIONES CALIDAD_AIRE,2026-10,87\nOtro,2026-10,5\n',
    );

    expect(attachDownloads(workspace, file)).toEqual({ matched: 2, unmatched: ['Otro'] });
    const entries = buildCatalog(workspace, '2026-12-03', factsOf);
    expect(entries.find((entry) => entry.dataset === 'emisiones')?.downloads).toBe(1204);
  });
});
