import { fichaSchema } from '../../../shared/metadata/model';
import type { Ficha } from '../../../shared/metadata/model';
import { rules } from '../../../shared/validation/rules';
import type {
  ColumnFacts,
  ColumnSubject,
  RuleFinding,
  TableFacts,
  ValidationSubject,
} from '../../../shared/validation/types';

/** A ficha that passes every shipped rule. */
export function goodFicha(): Ficha {
  return fichaSchema.parse({
    title: 'Emisiones de contaminantes criterio por municipio, 2008',
    description:
      'Emisiones anuales de contaminantes criterio por municipio. Cantidades en toneladas.',
    keywords: ['emisiones', 'calidad del aire', 'municipios'],
    category: 'Energía y Medio Ambiente',
    themes: ['ENVI'],
    publisher: { name: 'Instituto Nacional de Ecología y Cambio Climático', acronym: 'INECC' },
    area: 'Coordinación de Calidad del Aire',
    contact: { name: 'Ana López', position: 'Directora', email: 'ana.lopez@inecc.gob.mx' },
    license: 'libre-uso-mx',
    periodicity: 'R/P1Y',
    temporal: { start: '2008', end: '2008' },
    spatial: { kind: 'national' },
    landingPage: 'https://www.gob.mx/inecc',
    issued: '2024-01-15',
    modified: '2024-06-01',
    version: '1.0',
    distributions: [
      {
        id: 'csv',
        title: 'Emisiones 2008 (CSV)',
        description: 'Tabla en CSV UTF-8.',
        format: 'csv',
        mediaType: 'text/csv',
        byteSize: 1000,
        checksum: 'abc',
        downloadURL: 'https://datos.inecc.gob.mx/emisiones-2008.csv',
      },
    ],
    dictionary: [
      { name: 'cve_mun', label: 'CVE_MUN', description: 'Clave INEGI del municipio', type: 'text' },
      {
        name: 'pm10',
        label: 'PM10',
        description: 'Partículas menores a 10 micras',
        type: 'number',
        unit: 't',
      },
    ],
  });
}

/** The columns of goodFicha's table. */
export const goodColumns: ColumnSubject[] = [
  { name: 'cve_mun', label: 'CVE_MUN', type: 'text', mismatches: 0 },
  { name: 'pm10', label: 'PM10', type: 'number', mismatches: 0 },
];

/** Facts of a clean column, with overrides. */
export function columnFacts(name: string, overrides: Partial<ColumnFacts> = {}): ColumnFacts {
  return {
    name,
    nonEmpty: 10,
    distinct: 10,
    untrimmed: 0,
    numericText: 0,
    nonIsoDates: 0,
    markers: {},
    blankRuns: 0,
    nearDuplicates: [],
    totalRows: [],
    ...overrides,
  };
}

/** Facts of a clean table over goodColumns, with overrides. */
export function tableFacts(overrides: Partial<TableFacts> = {}): TableFacts {
  return {
    rows: 10,
    duplicateRows: 0,
    duplicateExamples: [],
    columns: goodColumns.map((c) => columnFacts(c.name)),
    ...overrides,
  };
}

/** A subject that passes every rule, with overrides. */
export function subject(overrides: Partial<ValidationSubject> = {}): ValidationSubject {
  return {
    dataset: 'emisiones-2008',
    ficha: goodFicha(),
    columns: goodColumns,
    table: tableFacts(),
    siblings: [{ name: 'otro', title: 'Residuos peligrosos por estado' }],
    now: '2024-07-01T12:00:00Z',
    ...overrides,
  };
}

/** A subject whose ficha differs from the good one in the given fields. */
export function withFicha(changes: Partial<Ficha>, overrides: Partial<ValidationSubject> = {}) {
  return subject({ ficha: { ...goodFicha(), ...changes }, ...overrides });
}

/** Runs one rule by id. */
export function check(
  id: string,
  target: ValidationSubject,
  options: Record<string, unknown> = {},
): RuleFinding[] {
  const rule = rules[id];
  if (!rule) throw new Error(`no rule ${id}`);
  return rule.check(target, options);
}
