import { findFileType } from '../../vocabularies/file-types';
import { say } from '../options';
import type { Rule } from '../types';

/** Formats of the files to publish; Ficha always exports CSV when none is listed. */
export function publishedFormats(formats: string[]): string[] {
  return formats.length === 0 ? ['csv'] : formats.map((f) => f.toLowerCase());
}

/** Decree: data a program can read (CSV, JSON, XML…, not PDF or images). */
export const decreeMachineReadable: Rule = {
  id: 'decree-machine-readable',
  title: say('Legibles por máquina', 'Machine-readable'),
  check(subject) {
    const formats = publishedFormats(subject.ficha.distributions.map((d) => d.format));
    if (formats.some((f) => findFileType(f)?.machineReadable)) return [];
    return [
      {
        location: { field: 'distributions' },
        message: say(
          `Ningún recurso está en un formato legible por máquina (${formats.join(', ')}); publique un CSV.`,
          `No distribution is in a machine-readable format (${formats.join(', ')}); publish a CSV.`,
        ),
      },
    ];
  },
};
