import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeDefaults } from '../../../electron/engine/metadata/defaults';
import { getFicha, saveFicha } from '../../../electron/engine/metadata/ficha-store';
import { setFichaFields } from '../../../electron/engine/metadata/set-fields';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { workspaceDefaultsSchema } from '../../../shared/metadata/model';
import { addDataset, tempWorkspace } from './helpers';

let workspace: Workspace;
let cleanup: () => void;

beforeEach(() => {
  ({ workspace, cleanup } = tempWorkspace());
  addDataset(
    workspace,
    'calidad-aire',
    [
      { name: 'anio', label: 'Año', type: 'integer' },
      { name: 'estado', label: 'Estado', type: 'text' },
      { name: 'cantidad', label: 'Cantidad (kg)', type: 'number' },
      { name: 'alc', label: 'ALC_mg/L', type: 'number' },
    ],
    [
      [2015, 'Jalisco', 1.5, 2],
      [2019, 'Ciudad de México', 2.5, 3],
      [2017, 'Jalisco', 3, 1],
    ],
    {
      title: 'CALIDAD DEL AIRE EN ESTADOS',
      notes: ['Nota: cifras preliminares.', 'Fuente: INECC.'],
    },
  );
});

afterEach(() => cleanup());

describe('the ficha filled from the import', () => {
  it('takes units from headers, coverage from the table and notes into comments and quality', () => {
    const { ficha } = getFicha(workspace, 'calidad-aire');

    expect(ficha.title).toBe('Calidad del aire en estados');
    expect(ficha.sources.title).toBe('import');
    expect(ficha.dictionary.map((e) => [e.name, e.unit])).toEqual([
      ['anio', ''],
      ['estado', ''],
      ['cantidad', 'kg'],
      ['alc', 'mg/L'],
    ]);
    const estado = ficha.dictionary.find((e) => e.name === 'estado');
    expect(estado?.example).toBe('Jalisco');
    expect(estado?.allowedValues).toEqual(['Ciudad de México', 'Jalisco']);
    expect(ficha.temporal).toEqual({ start: '2015', end: '2019' });
    expect(ficha.sources['temporal.start']).toBe('import');
    expect(ficha.spatial).toEqual({ kind: 'states', codes: ['09', '14'], text: '' });
    expect(ficha.comments).toBe('Nota: cifras preliminares.');
    expect(ficha.quality).toBe('Fuente: INECC.');
    expect(ficha.distributions[0]).toMatchObject({ format: 'csv', mediaType: 'text/csv' });
  });

  it('applies the workspace defaults and says so', () => {
    writeDefaults(
      workspace,
      workspaceDefaultsSchema.parse({
        publisher: { name: 'Instituto Nacional de Ecología y Cambio Climático', acronym: 'INECC' },
        contact: { name: 'Ana', email: 'ana@inecc.gob.mx' },
        category: 'Energía y Medio Ambiente',
        urlPattern: 'https://datos.inecc.gob.mx/{dataset}/{file}',
      }),
    );
    const { ficha } = getFicha(workspace, 'calidad-aire');

    expect(ficha.publisher.acronym).toBe('INECC');
    expect(ficha.sources['contact.email']).toBe('defaults');
    expect(ficha.themes).toEqual(['ENVI', 'ENER']);
    expect(ficha.distributions[0].downloadURL).toBe(
      'https://datos.inecc.gob.mx/calidad-aire/calidad-aire.csv',
    );
  });

  it('fills an empty download URL from a pattern set after the ficha was first read', () => {
    expect(getFicha(workspace, 'calidad-aire').ficha.distributions[0].downloadURL).toBe('');

    writeDefaults(
      workspace,
      workspaceDefaultsSchema.parse({ urlPattern: 'https://datos.inecc.gob.mx/{dataset}/{file}' }),
    );
    const { ficha } = getFicha(workspace, 'calidad-aire');

    expect(ficha.distributions[0].downloadURL).toBe(
      'https://datos.inecc.gob.mx/calidad-aire/calidad-aire.csv',
    );
  });

  it('keeps a download URL a person typed when the pattern changes', () => {
    const { ficha: read } = getFicha(workspace, 'calidad-aire');
    const typed = { ...read.distributions[0], downloadURL: 'https://example.org/aire.csv' };
    saveFicha(workspace, 'calidad-aire', { ...read, distributions: [typed] });
    writeDefaults(
      workspace,
      workspaceDefaultsSchema.parse({ urlPattern: 'https://datos.inecc.gob.mx/{dataset}/{file}' }),
    );

    expect(getFicha(workspace, 'calidad-aire').ficha.distributions[0].downloadURL).toBe(
      'https://example.org/aire.csv',
    );
  });

  it('keeps what a person typed when the table or defaults change', () => {
    setFichaFields(workspace, 'calidad-aire', [
      { field: 'title', value: 'Concentraciones de contaminantes por estado' },
      { field: 'temporal.start', value: '2010' },
    ]);
    const { ficha, updatedBy } = getFicha(workspace, 'calidad-aire');

    expect(ficha.title).toBe('Concentraciones de contaminantes por estado');
    expect(ficha.sources.title).toBe('person');
    expect(ficha.temporal).toEqual({ start: '2010', end: '2019' });
    expect(updatedBy).toBe('Prueba');
  });

  it('marks as the person’s only the fields a saved ficha changed', () => {
    const { ficha } = getFicha(workspace, 'calidad-aire');
    const saved = saveFicha(workspace, 'calidad-aire', { ...ficha, description: 'Mediciones.' });

    expect(saved.ficha.sources.description).toBe('person');
    expect(saved.ficha.sources.title).toBe('import');
  });
});
