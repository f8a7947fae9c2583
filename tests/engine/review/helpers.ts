import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Actor } from '../../../electron/engine/handlers/context';
import { beginDatasetWrite } from '../../../electron/engine/datasets/writer';
import { createWorkspace } from '../../../electron/engine/workspace/create-workspace';
import type { Workspace } from '../../../electron/engine/workspace/workspace';

export const ana: Actor = { name: 'Ana Investigadora', email: 'ana@inecc.gob.mx' };
export const raul: Actor = { name: 'Raúl Revisor', email: 'raul@inecc.gob.mx' };
export const lucia: Actor = { name: 'Lucía Enlace', email: 'lucia@inecc.gob.mx' };

/** A new workspace in a temp folder, created by Ana. */
export function tempWorkspace(): { dir: string; file: string; workspace: Workspace } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ficha-review-'));
  const file = path.join(dir, 'inventario.ficha');
  return { dir, file, workspace: createWorkspace(file, { actor: ana }) };
}

/** Adds a small emissions dataset to a workspace and returns its name. */
export function addDataset(workspace: Workspace, name = 'emisiones', rows = 3): string {
  const writer = beginDatasetWrite(workspace, {
    columns: [
      { name: 'estado', label: 'Estado', type: 'text' },
      { name: 'anio', label: 'Año', type: 'integer' },
      { name: 'co2_gg', label: 'CO2 (Gg)', type: 'number' },
    ],
  });
  writer.insertRows(
    Array.from({ length: rows }, (_, index) => ['Michoacán', 2000 + index, 10.5 + index]),
  );
  writer.commit({
    name,
    title: `Emisiones ${name}`,
    columns: [
      { name: 'estado', label: 'Estado', type: 'text', position: 0, mismatches: 0 },
      { name: 'anio', label: 'Año', type: 'integer', position: 1, mismatches: 0 },
      { name: 'co2_gg', label: 'CO2 (Gg)', type: 'number', position: 2, mismatches: 0 },
    ],
  });
  return name;
}
