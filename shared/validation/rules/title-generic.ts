import { foldText } from '../../vocabularies/fold';
import { isStopword } from '../../vocabularies/keywords';
import { numberOption, say, stringsOption } from '../options';
import type { Rule } from '../types';

const defaultGenericWords = [
  'datos',
  'base',
  'tabla',
  'hoja',
  'libro',
  'archivo',
  'informacion',
  'reporte',
  'concentrado',
  'anexo',
  'sheet',
  'cuadro',
  'conjunto',
  'nuevo',
  'copia',
  'final',
  'version',
];

/**
 * A title that says what the data is about: not made only of generic words
 * ("Base de datos 2020", "Tabla 1") and with enough meaningful words.
 */
export const titleGeneric: Rule = {
  id: 'title-generic',
  title: say('Título descriptivo', 'Descriptive title'),
  check(subject, options) {
    const generic = new Set(stringsOption(options, 'words', defaultGenericWords).map(foldText));
    const minWords = numberOption(options, 'minWords', 2);
    const title = subject.ficha.title.trim();
    if (title === '') return [];

    const words = foldText(title)
      .split(' ')
      .filter((w) => w !== '' && !/^[\d.]+$/.test(w) && !isStopword(w));
    const meaningful = words.filter((w) => !generic.has(w));
    if (meaningful.length >= minWords) return [];
    return [
      {
        location: { field: 'title' },
        message: say(
          `El título «${title}» es genérico; diga qué mide, dónde y cuándo (p. ej. «Emisiones de contaminantes por municipio, 2008»).`,
          `Title «${title}» is generic; say what is measured, where and when.`,
        ),
      },
    ];
  },
};
