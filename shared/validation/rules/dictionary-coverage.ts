import { foldKey } from '../../vocabularies/fold';
import { say } from '../options';
import type { Rule, RuleFinding } from '../types';

/**
 * A data dictionary entry with a description for every column, and no
 * entries for columns the table does not have.
 */
export const dictionaryCoverage: Rule = {
  id: 'dictionary-coverage',
  title: say('El diccionario cubre todas las columnas', 'The dictionary covers every column'),
  check(subject) {
    const entries = new Map(subject.ficha.dictionary.map((e) => [e.name, e]));
    const columns = new Set(subject.columns.map((c) => c.name));
    const findings: RuleFinding[] = [];

    for (const column of subject.columns) {
      const entry = entries.get(column.name);
      if (entry && entry.description.trim() !== '') continue;
      findings.push({
        location: { field: 'dictionary', column: column.name },
        message: entry
          ? say(
              `Falta describir la columna «${column.name}».`,
              `Column «${column.name}» has no description.`,
            )
          : say(
              `La columna «${column.name}» no está en el diccionario de datos.`,
              `Column «${column.name}» is not in the data dictionary.`,
            ),
      });
    }

    const byKey = new Map(subject.columns.map((c) => [foldKey(c.name), c.name]));
    subject.ficha.dictionary.forEach((entry, index) => {
      if (columns.has(entry.name)) return;
      const likely = byKey.get(foldKey(entry.name));
      findings.push({
        severity: 'warning',
        location: { field: 'dictionary', column: entry.name },
        message: say(
          `El diccionario describe «${entry.name}», que no es una columna de la tabla.`,
          `The dictionary describes «${entry.name}», which is not a column of the table.`,
        ),
        ...(likely
          ? { fix: { kind: 'field' as const, field: `dictionary.${index}.name`, value: likely } }
          : {}),
      });
    });
    return findings;
  },
};
