import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FichaRecord } from '../../shared/api/metadata';
import type { KeywordSuggestions } from '../../shared/metadata/keywords';
import type { DictionaryEntry, WorkspaceDefaults } from '../../shared/metadata/model';
import type { ValidationReport } from '../../shared/validation/engine';
import { addDataset, tempWorkspace } from '../engine/metadata/helpers';
import { ficha, fichaJson } from './run-ficha';

let dir: string;
let ws: string;
let cleanup: () => void;

beforeAll(() => {
  const temp = tempWorkspace();
  ({ dir, cleanup } = temp);
  ws = temp.workspace.path;
  addDataset(
    temp.workspace,
    'emisiones',
    [
      { name: 'anio', label: 'Año', type: 'integer' },
      { name: 'estado', label: 'Estado', type: 'text' },
      { name: 'emisiones', label: 'Emisiones (t)', type: 'number' },
    ],
    [
      [2018, 'Jalisco', 10.5],
      [2019, 'Sonora', 12],
    ],
    { title: 'Emisiones de contaminantes por estado' },
  );
  temp.workspace.close();
});

afterAll(() => cleanup());

describe('ficha meta, dictionary, keywords, validate and defaults', () => {
  it('sets defaults once and every ficha starts with them', () => {
    const defaults = fichaJson<WorkspaceDefaults>([
      'defaults',
      ws,
      '--set',
      'publisher.name=Instituto Nacional de Ecología y Cambio Climático',
      '--set',
      'publisher.acronym=INECC',
      '--set',
      'contact.email=datos@inecc.gob.mx',
      '--set',
      'category=Energía y Medio Ambiente',
      '--set',
      'urlPattern=https://datos.inecc.gob.mx/{dataset}/{file}',
    ]);
    expect(defaults.publisher.acronym).toBe('INECC');

    const record = fichaJson<FichaRecord>(['meta', ws, 'emisiones']);
    expect(record.ficha.contact.email).toBe('datos@inecc.gob.mx');
    expect(record.ficha.sources['contact.email']).toBe('defaults');
    expect(record.ficha.temporal).toEqual({ start: '2018', end: '2019' });
  });

  it('sets fields by their stable paths', () => {
    const record = fichaJson<FichaRecord>([
      'meta',
      ws,
      'emisiones',
      '--set',
      'keywords=emisiones, calidad del aire, estados',
      '--set',
      'periodicity=R/P1Y',
      '--set',
      'description=Emisiones anuales de contaminantes criterio por estado.',
      '--set',
      'updateMonths=3',
    ]);
    expect(record.ficha.keywords).toEqual(['emisiones', 'calidad del aire', 'estados']);
    expect(record.ficha.sources.periodicity).toBe('person');
    expect(record.ficha.updateMonths).toEqual([3]);
  });

  it('sets a distribution’s download URL by the path validation names it with', () => {
    const url = 'https://datos.inecc.gob.mx/emisiones/emisiones-2019.csv';
    const run = ficha(['meta', ws, 'emisiones', '--set', `distributions.0.downloadURL=${url}`]);

    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`distributions\\.0 .*${url}`));
    expect(ficha(['meta', ws, 'emisiones', '--set', 'distributions.2.title=x']).status).toBe(2);
  });

  it('refuses an unknown field with exit code 2', () => {
    const run = ficha(['meta', ws, 'emisiones', '--set', 'titulo=x']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown field');
  });

  it('exits 1 while errors remain, and 0 once the dictionary is filled', () => {
    const before = ficha(['validate', ws, 'emisiones', '--json']);
    expect(before.status).toBe(1);
    const report = JSON.parse(before.stdout) as ValidationReport;
    expect(report.findings.some((f) => f.rule === 'portal.dictionary-coverage')).toBe(true);

    const csv = path.join(dir, 'diccionario.csv');
    writeFileSync(
      csv,
      'name,description\nanio,Año\nestado,Entidad federativa\nemisiones,Toneladas emitidas\n',
    );
    const entries = fichaJson<{ entries: DictionaryEntry[] }>([
      'dictionary',
      ws,
      'emisiones',
      '--from',
      csv,
    ]);
    expect(entries.entries.every((e) => e.description !== '')).toBe(true);

    const after = ficha(['validate', ws, 'emisiones', '--profile', 'datos-gob-mx']);
    expect(after.stderr).toMatch(/0 errors/);
    expect(after.status).toBe(0);
  });

  it('replaces a ficha from a JSON file written by meta --json', () => {
    const record = fichaJson<FichaRecord>(['meta', ws, 'emisiones']);
    const file = path.join(dir, 'ficha.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...record,
        ficha: { ...record.ficha, title: 'Emisiones por estado, 2018-2019' },
      }),
    );
    const saved = fichaJson<FichaRecord>(['meta', ws, 'emisiones', '--from', file]);
    expect(saved.ficha.title).toBe('Emisiones por estado, 2018-2019');
    expect(saved.ficha.sources.title).toBe('person');
  });

  it("runs an institution's profile file given to --profile", () => {
    const file = path.join(dir, 'inecc.json');
    const profile = {
      id: 'inecc',
      label: { es: 'INECC', en: 'INECC' },
      rules: [{ rule: 'title-length', id: 'inecc.title', severity: 'error', options: { max: 10 } }],
    };
    writeFileSync(file, JSON.stringify(profile));
    const run = ficha(['validate', ws, 'emisiones', '--profile', file, '--json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as ValidationReport;
    expect(report.profiles).toEqual(['inecc']);
    expect(report.findings.map((f) => f.rule)).toEqual(['inecc.title']);
  });

  it('suggests keywords as JSON', () => {
    const result = fichaJson<KeywordSuggestions>(['keywords', ws, 'emisiones']);
    expect(result.suggestions.map((s) => s.keyword)).toContain('jalisco');
  });
});
