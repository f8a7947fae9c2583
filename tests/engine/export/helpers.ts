import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beginDatasetWrite } from '../../../electron/engine/datasets/writer';
import { silentLogger } from '../../../electron/engine/logger';
import { saveFicha } from '../../../electron/engine/metadata/ficha-store';
import { createWorkspace } from '../../../electron/engine/workspace/create-workspace';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import type { CellValue, ColumnType } from '../../../shared/table';
import { completeFicha } from '../../shared/serialize/fixtures';

/** A fresh workspace in a temp folder, with an `out` folder for packages. */
export function tempWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), 'ficha-export-'));
  const workspace = createWorkspace(join(dir, 'prueba.ficha'), {
    actor: { name: 'Prueba', email: 'prueba@inecc.gob.mx' },
    logger: silentLogger,
  });
  return {
    workspace,
    dir,
    out: join(dir, 'paquetes'),
    cleanup: () => {
      workspace.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The columns of the emissions test table. */
export const emissionColumns: { name: string; label: string; type: ColumnType }[] = [
  { name: 'cve_ent', label: 'Clave de entidad', type: 'text' },
  { name: 'cve_mun', label: 'Clave de municipio', type: 'text' },
  { name: 'anio', label: 'Año', type: 'integer' },
  { name: 'fecha', label: 'Fecha de corte', type: 'date' },
  { name: 'emision_t', label: 'Emisión (t)', type: 'number' },
  { name: 'fuente', label: 'Tipo de fuente', type: 'text' },
  { name: 'verificado', label: 'Verificado', type: 'boolean' },
];

/** Rows with the cells CSV writers get wrong: quotes, separators, new lines, accents, zeros. */
export const emissionRows: CellValue[][] = [
  ['01', '001', 2008, '2008-12-31', 1234.5, 'fija', true],
  ['09', '002', 2008, '2008-12-31', 0.001, 'móvil, "ligera"', false],
  ['14', '039', 2009, '2009-06-30', null, 'área\nnocturna', null],
  ['31', '050', 2009, '2009-06-30', -12, '=SUMA(A1:A2)', true],
];

/** Writes a dataset and saves a complete ficha for it, so it validates without errors. */
export function addEmissions(
  workspace: Workspace,
  name = 'emisiones',
  rows: CellValue[][] = emissionRows,
): void {
  const writer = beginDatasetWrite(workspace, { columns: emissionColumns });
  writer.insertRows(rows);
  writer.commit({
    name,
    title: name,
    columns: emissionColumns.map((c, position) => ({ ...c, position, mismatches: 0, unit: null })),
  });
  const ficha = completeFicha();
  ficha.distributions = [];
  saveFicha(workspace, name, ficha);
}
