import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temp folder for one test file, removed by the returned cleanup. */
export function tempFolder(prefix = 'ficha-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A small synthetic dataset written through the writer, for reading tests. */
export const sampleColumns = [
  { name: 'clave', label: 'Clave', type: 'text' as const },
  { name: 'estado', label: 'Estado', type: 'text' as const },
  { name: 'poblacion', label: 'Población', type: 'integer' as const },
  { name: 'tasa', label: 'Tasa (%)', type: 'number' as const },
  { name: 'activo', label: 'Activo', type: 'boolean' as const },
  { name: 'fecha', label: 'Fecha', type: 'date' as const },
];
