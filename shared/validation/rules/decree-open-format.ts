import { findFileType } from '../../vocabularies/file-types';
import { say } from '../options';
import type { Rule } from '../types';
import { publishedFormats } from './decree-machine-readable';

/**
 * Decree: data in open formats. A proprietary spreadsheet may go beside an
 * open file (the guide asks for XLSX next to the CSV), never alone.
 */
export const decreeOpenFormat: Rule = {
  id: 'decree-open-format',
  title: say('En formatos abiertos', 'In open formats'),
  check(subject) {
    const formats = publishedFormats(subject.ficha.distributions.map((d) => d.format));
    const open = formats.filter((f) => findFileType(f)?.open && findFileType(f)?.machineReadable);
    if (open.length > 0) return [];
    return [
      {
        location: { field: 'distributions' },
        message: say(
          `Los recursos (${formats.join(', ')}) no incluyen un formato abierto; agregue un CSV.`,
          `The distributions (${formats.join(', ')}) include no open format; add a CSV.`,
        ),
      },
    ];
  },
};
