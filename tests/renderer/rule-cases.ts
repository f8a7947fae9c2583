import { distributionSchema, emptyFicha } from '../../shared/metadata/model';
import type { Ficha } from '../../shared/metadata/model';
import { builtinProfiles } from '../../shared/validation/profiles';
import type { ColumnFacts, ColumnSubject, ValidationSubject } from '../../shared/validation/types';
import {
  columnFacts,
  goodColumns,
  goodFicha,
  subject,
  tableFacts,
} from '../shared/validation/subject';

/** A subject on which a rule finds something, with the options it runs with. */
export interface RuleCase {
  subject: ValidationSubject;
  options: Record<string, unknown>;
}

/** Every field path the shipped profiles require, for one case that empties them all. */
function requiredPaths(key: 'fields' | 'distributionFields'): string[] {
  const entries = builtinProfiles.flatMap((p) =>
    p.rules.filter((r) => r.rule === 'required-fields'),
  );
  return [...new Set(entries.flatMap((r) => (r.options[key] as string[] | undefined) ?? []))];
}

/** The options the first shipped profile gives a rule, or none. */
function profileOptions(rule: string): Record<string, unknown> {
  for (const profile of builtinProfiles) {
    const entry = profile.rules.find((r) => r.rule === rule);
    if (entry) return entry.options;
  }
  return {};
}

function ficha(changes: Partial<Ficha>): Ficha {
  return { ...goodFicha(), ...changes };
}

/** A subject whose table has these columns, each in the dictionary as the engine fills it. */
function withColumns(columns: ColumnSubject[], facts: Partial<ColumnFacts>[] = []) {
  const dictionary = columns.map((c) => ({ ...goodFicha().dictionary[0], name: c.name }));
  return subject({
    columns,
    ficha: ficha({ dictionary }),
    table: tableFacts({ columns: columns.map((c, i) => columnFacts(c.name, facts[i] ?? {})) }),
  });
}

/** One table fact changed on the first column of the good table. */
function withFact(facts: Partial<ColumnFacts>) {
  return subject({
    table: tableFacts({ columns: [columnFacts('cve_mun', facts), columnFacts('pm10')] }),
  });
}

const long = 'Emisiones de contaminantes criterio por municipio y fuente, '.repeat(3);

/** Subjects on which each rule of the registry finds something, by rule id. */
export function ruleCases(): Record<string, RuleCase[]> {
  const empty = { ...emptyFicha(), language: '', version: '', license: '' };
  const file = distributionSchema.parse({ id: 'csv', format: '', mediaType: '' });
  const cases: Record<string, ValidationSubject[]> = {
    'required-fields': [
      subject({ ficha: empty }),
      subject({ ficha: { ...empty, distributions: [file] } }),
    ],
    'keyword-format': [subject({ ficha: ficha({ keywords: ['a', 'co2!'] }) })],
    'keyword-count': [subject({ ficha: ficha({ keywords: [] }) })],
    'keyword-generic': [subject({ ficha: ficha({ keywords: ['datos', 'aire', 'Aire'] }) })],
    'title-length': [subject({ ficha: ficha({ title: long.slice(0, 90) }) })],
    'description-first-sentence': [subject({ ficha: ficha({ description: `${long}.` }) })],
    'ckan-name-length': [subject({ ficha: ficha({ title: long }) })],
    'periodicity-known': [subject({ ficha: ficha({ periodicity: 'Anual' }) })],
    'category-known': [subject({ ficha: ficha({ category: 'energia y medio ambiente' }) })],
    'license-open': [subject({ ficha: ficha({ license: 'propietaria' }) })],
    'dictionary-coverage': [
      subject({
        ficha: ficha({
          dictionary: [
            { ...goodFicha().dictionary[0], name: 'CVE_MUN' },
            goodFicha().dictionary[1],
          ],
        }),
      }),
    ],
    'title-generic': [subject({ ficha: ficha({ title: 'Base de datos 2020' }) })],
    'title-duplicate': [subject({ ficha: ficha({ title: 'Residuos peligrosos por estado' }) })],
    'modified-not-future': [subject({ ficha: ficha({ modified: '2099-01-01' }) })],
    'temporal-order': [subject({ ficha: ficha({ temporal: { start: '2010', end: '2008' } }) })],
    'spatial-codes': [
      subject({ ficha: ficha({ spatial: { kind: 'states', codes: ['9', '99'], text: '' } }) }),
    ],
    'email-format': [
      subject({ ficha: ficha({ contact: { ...goodFicha().contact, email: 'x' } }) }),
    ],
    'field-max-length': [
      subject({
        ficha: ficha({
          contact: { name: long.repeat(3), position: long.repeat(3), email: 'a@b.mx' },
          spatial: { kind: 'text', codes: [], text: long.repeat(3) },
        }),
      }),
    ],
    'allowed-values': [subject()],
    'dcat-date-values': [subject({ ficha: ficha({ issued: '31/12/2020' }) })],
    'dcat-vocabulary-terms': [
      subject({
        ficha: ficha({
          themes: ['XXX'],
          language: 'xx',
          distributions: [{ ...goodFicha().distributions[0], format: 'foo' }],
        }),
      }),
    ],
    'dcat-iri-values': [
      subject({
        ficha: ficha({
          landingPage: 'www.inecc',
          moreInfo: ['ftp:x'],
          distributions: [{ ...goodFicha().distributions[0], downloadURL: '{dataset}' }],
        }),
      }),
    ],
    'dcat-media-type': [
      subject({
        ficha: ficha({ distributions: [{ ...goodFicha().distributions[0], mediaType: 'CSV' }] }),
      }),
    ],
    'empty-column': [withFact({ nonEmpty: 0 })],
    'duplicate-rows': [
      subject({ table: tableFacts({ duplicateRows: 2, duplicateExamples: [5] }) }),
    ],
    'mixed-types': [subject({ columns: [goodColumns[0], { ...goodColumns[1], mismatches: 3 }] })],
    'dates-not-iso': [withFact({ nonIsoDates: 4, nonIsoDatePattern: 'dd/MM/yyyy' })],
    'numbers-as-text': [withFact({ numericText: 10 })],
    'total-rows': [withFact({ totalRows: [9] })],
    'notation-keys': [withFact({ markers: { ND: 2 } })],
    'merged-cells': [withFact({ blankRuns: 3 })],
    'column-names': [
      withColumns([{ name: 'PM10 (t)', label: 'PM10 (t)', type: 'number', mismatches: 0 }]),
    ],
    whitespace: [withFact({ untrimmed: 3 })],
    'near-duplicate-categories': [withFact({ nearDuplicates: [['Jalisco', 'JALISCO']] })],
    'wide-layout': [
      withColumns(
        ['c_2008', 'c_2009', 'c_2010'].map((name) => ({
          name,
          label: name,
          type: 'number',
          mismatches: 0,
        })),
      ),
    ],
    'decree-machine-readable': [
      subject({
        ficha: ficha({ distributions: [{ ...goodFicha().distributions[0], format: 'pdf' }] }),
      }),
    ],
    'decree-open-format': [
      subject({
        ficha: ficha({ distributions: [{ ...goodFicha().distributions[0], format: 'xlsx' }] }),
      }),
    ],
    'decree-integral': [subject({ ficha: ficha({ title: '' }) })],
    'decree-timely': [subject({ ficha: ficha({ periodicity: 'R/P1M', modified: '2020-01-01' }) })],
    'decree-free-license': [subject({ ficha: ficha({ license: '' }) })],
  };

  const options: Record<string, Record<string, unknown>> = {
    'allowed-values': { choices: { category: ['Otra'], license: ['cc-by-4.0'] } },
    // Every path any shipped profile requires, so each one must have a place in the form.
    'required-fields': {
      fields: requiredPaths('fields'),
      distributionFields: requiredPaths('distributionFields'),
    },
  };
  return Object.fromEntries(
    Object.entries(cases).map(([rule, subjects]) => [
      rule,
      subjects.map((s) => ({ subject: s, options: options[rule] ?? profileOptions(rule) })),
    ]),
  );
}
