import type { EmbeddedMetadata } from '../import';
import { foldKey, foldText } from '../vocabularies/fold';

/** How one dictionary entry of an embedded VARIABLES sheet met a column. */
export interface EmbeddedEntryMatch {
  /** The name as the sheet wrote it. */
  name: string;
  /** The column it describes, or null when none matched. */
  column: string | null;
  how: 'exact' | 'folded' | 'affix' | null;
}

/** How an embedded METADATOS row was used. */
export interface EmbeddedFieldMatch {
  key: string;
  value: string;
  /** The ficha field it filled, or null when Ficha does not know the key. */
  field: string | null;
}

/** The matching of embedded metadata sheets against the table's columns. */
export interface EmbeddedMatch {
  sheets: string[];
  fields: EmbeddedFieldMatch[];
  entries: EmbeddedEntryMatch[];
  /** Entries of the sheet that match no column. */
  unmatchedEntries: string[];
  /** Columns the sheet does not describe. */
  undescribedColumns: string[];
}

/** METADATOS keys (folded) and the ficha field each fills. */
const fieldKeys: [RegExp, string][] = [
  [/^(nombre|titulo)( del (dataset|conjunto( de datos)?))?$/, 'title'],
  [/^descripcion( del (dataset|conjunto( de datos)?))?$/, 'description'],
  [/^(disponibilidad|cobertura) temporal$|^periodo( de (los datos|referencia))?$/, 'temporal'],
  [/^(periodo|periodicidad|frecuencia) de actualizacion$|^periodicidad$/, 'periodicity'],
  [/^nivel de (desagregacion|detalle)$/, 'level'],
  [/^(cobertura (geografica|espacial)|ambito geografico)$/, 'spatial'],
  [/^notas?$|^observaciones$|^comentarios$/, 'comments'],
  [/^fuentes?( de (los )?datos)?$/, 'source'],
  [/^url ?fuente$|^(liga|enlace|url)( de la fuente)?$/, 'moreInfo'],
  [/^palabras clave$|^etiquetas$/, 'keywords'],
  [/^(correo|e ?mail|correo electronico)( de contacto)?$/, 'contact.email'],
  [/^(contacto|responsable)$/, 'contact.name'],
  [/^licencia$/, 'license'],
  [/^(institucion|dependencia|organizacion)$/, 'publisher.name'],
  [/^area( responsable)?$/, 'area'],
  [/^fecha de publicacion$/, 'issued'],
  [/^(ultima actualizacion|fecha de (ultima )?actualizacion|fecha de modificacion)$/, 'modified'],
  [/^metodologia$/, 'methodology'],
];

/** The ficha field an embedded METADATOS key fills, or null. */
export function fieldForKey(key: string): string | null {
  const folded = foldText(key).replace(/[._]/g, ' ').replace(/\s+/g, ' ').trim();
  return fieldKeys.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
}

/**
 * Matches the fields and dictionary of embedded metadata sheets to the
 * ficha and to the table's columns, tolerant of case, accents and
 * punctuation ("PM2.5" and pm2_5), and of a prefix or suffix on either
 * side ("v_pm10", "CVE_MUN" and "mun" only when no other column fits).
 */
export function matchEmbedded(
  embedded: EmbeddedMetadata,
  columns: readonly { name: string; label: string }[],
): EmbeddedMatch {
  const fields = embedded.fields.map((f) => ({ ...f, field: fieldForKey(f.key) }));
  const taken = new Set<string>();
  const entries = embedded.dictionary.map((entry) => {
    const match = matchColumn(entry.name, columns, taken);
    if (match.column) taken.add(match.column);
    return { name: entry.name, ...match };
  });

  return {
    sheets: embedded.sheets,
    fields,
    entries,
    unmatchedEntries: entries.filter((e) => e.column === null).map((e) => e.name),
    undescribedColumns: columns.map((c) => c.name).filter((name) => !taken.has(name)),
  };
}

function matchColumn(
  name: string,
  columns: readonly { name: string; label: string }[],
  taken: Set<string>,
): { column: string | null; how: EmbeddedEntryMatch['how'] } {
  const free = columns.filter((c) => !taken.has(c.name));
  const exact = free.find((c) => c.name === name || c.label === name);
  if (exact) return { column: exact.name, how: 'exact' };

  const key = foldKey(name);
  if (key === '') return { column: null, how: null };
  const folded = free.find((c) => foldKey(c.name) === key || foldKey(c.label) === key);
  if (folded) return { column: folded.name, how: 'folded' };

  // A prefix or suffix on one side: accept only a single, unambiguous candidate.
  const affix = free.filter((c) =>
    [foldKey(c.name), foldKey(c.label)].some((k) => isAffixMatch(k, key)),
  );
  return affix.length === 1 ? { column: affix[0].name, how: 'affix' } : { column: null, how: null };
}

function isAffixMatch(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2 || long.length - short.length > 8) return false;
  return long.endsWith(short) || long.startsWith(short);
}
