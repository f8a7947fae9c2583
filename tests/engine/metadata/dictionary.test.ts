import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDictionary, setDictionary } from '../../../electron/engine/metadata/dictionary';
import { getFicha } from '../../../electron/engine/metadata/ficha-store';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { addDataset, tempWorkspace } from './helpers';

let workspace: Workspace;
let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ workspace, dir, cleanup } = tempWorkspace());
  addDataset(
    workspace,
    'emisiones',
    [
      { name: 'cve_mun', label: 'CVE_MUN', type: 'text' },
      { name: 'pm2_5', label: 'PM2.5', type: 'number' },
      { name: 'carbon_negro', label: 'Carbón Negro', type: 'number' },
    ],
    [['01001', 1.5, 2]],
  );
});

afterEach(() => cleanup());

describe('the data dictionary', () => {
  it('imports a CSV matching names loosely and reports what did not match', () => {
    const file = path.join(dir, 'diccionario.csv');
    writeFileSync(
      file,
      '\uFEFFNombre,Descripción,Tipo,Unidad\n' +
        'PM2.5,Partículas finas,decimal,t\n' +
        'CARBÓN NEGRO,Hollín,número,t\n' +
        'SO2,Dióxido de azufre,número,t\n',
    );
    const result = importDictionary(workspace, 'emisiones', file);

    expect(result.unmatched).toEqual(['SO2']);
    expect(result.undescribed).toEqual(['cve_mun']);
    expect(result.entries.map((e) => [e.name, e.description, e.type, e.unit])).toEqual([
      ['cve_mun', '', 'text', ''],
      ['pm2_5', 'Partículas finas', 'number', 't'],
      ['carbon_negro', 'Hollín', 'number', 't'],
    ]);
    expect(getFicha(workspace, 'emisiones').ficha.sources['dictionary.pm2_5']).toBe('person');
  });

  it('refuses a CSV without name and description columns', () => {
    const file = path.join(dir, 'malo.csv');
    writeFileSync(file, 'campo_x,otra\na,b\n');
    expect(() => importDictionary(workspace, 'emisiones', file)).toThrow(/name and description/);
  });

  it('keeps entries a person set when the ficha is filled again', () => {
    const [entry] = getFicha(workspace, 'emisiones').ficha.dictionary;
    setDictionary(workspace, 'emisiones', [
      { ...entry, description: 'Clave del municipio', unit: 'n/a' },
    ]);
    const again = getFicha(workspace, 'emisiones').ficha.dictionary[0];
    expect([again.name, again.description, again.unit]).toEqual([
      'cve_mun',
      'Clave del municipio',
      'n/a',
    ]);
  });
});
