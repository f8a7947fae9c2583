import { z } from 'zod';
import { columnName, label, machineName } from './common';
import type { Bilingual } from '../result';

/**
 * Adds the INEGI municipality key from a column of municipality names,
 * looked up inside the state a second column names (a state name such as
 * "Edo. de México" or a key such as "15"), or inside one fixed state.
 * `into` gets the five-digit key (CVEGEO, "14039"); `shortInto`, when
 * given, the three-digit one (CVE_MUN, "039"). Names not found and names
 * that several municipalities share are left without a key and reported
 * as `unmatched` and `ambiguous`.
 */
export const inegiMunicipalityStep = z
  .object({
    op: z.literal('inegi-municipality'),
    column: columnName,
    state: columnName.optional(),
    stateKey: z
      .string()
      .regex(/^(0[1-9]|[12][0-9]|3[0-2])$/, 'a two-digit state key, 01 to 32')
      .optional(),
    into: machineName.default('cvegeo'),
    shortInto: machineName.optional(),
    label: z.string().min(1).optional(),
    canonicalName: machineName.optional(),
  })
  .refine((step) => !(step.state && step.stateKey), {
    message: 'give state (a column) or stateKey (one state), not both',
  });

/** An inegi-municipality step. */
export type InegiMunicipalityStep = z.infer<typeof inegiMunicipalityStep>;

/** The history label of an inegi-municipality step. */
export function inegiMunicipalityLabel(step: InegiMunicipalityStep): Bilingual {
  return label(
    `Agregar la clave INEGI de municipio de «${step.column}»`,
    `Add INEGI municipality keys from «${step.column}»`,
  );
}
