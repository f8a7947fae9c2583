import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import rdf from '@zazuko/env';
import { Parser } from 'n3';
import type { Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

/** The standards folder beside the repository (../shared/standards). */
export const standardsDir = path.resolve(__dirname, '../../../shared/standards');

/** True when the official shapes and schemas are there to test against. */
export const haveStandards = existsSync(standardsDir);

/** Reads a file of the standards folder. */
export function standardFile(...parts: string[]): string {
  return readFileSync(path.join(standardsDir, ...parts), 'utf8');
}

/** One SHACL result, reduced to what tests compare. */
export interface ShaclFinding {
  severity: string;
  focus: string;
  path: string;
  component: string;
  message: string;
}

const SH = 'http://www.w3.org/ns/shacl#';

/**
 * The DCAT-AP 3.0.1 shapes Ficha conforms to: the mandatory and range
 * shapes and the controlled-vocabulary shapes. `patch` may edit the shapes
 * graph's quads before validation (see the checksum test for why).
 */
export function dcatApShapes(patch: (quads: Quad[]) => Quad[] = (quads) => quads) {
  const files = ['shapes.ttl', 'range.ttl', 'mdr-vocabularies.shape.ttl'];
  const quads: Quad[] = [];
  for (const file of files) quads.push(...parseTurtle(standardFile('dcat-ap-3.0.1', file)));
  return rdf.dataset(patch(quads) as never);
}

/** Parses Turtle into quads with n3. */
export function parseTurtle(text: string): Quad[] {
  return new Parser().parse(text) as Quad[];
}

/** Validates Turtle against shapes and returns every result. */
export async function validateTurtle(
  turtle: string,
  shapes: ReturnType<typeof dcatApShapes>,
): Promise<ShaclFinding[]> {
  const data = rdf.dataset(parseTurtle(turtle) as never);
  const validator = new SHACLValidator(shapes as never, { factory: rdf as never });
  const report = await validator.validate(data as never);
  return report.results.map((result) => ({
    severity: (result.severity?.value ?? '').replace(SH, ''),
    focus: result.focusNode?.value ?? '',
    path: result.path?.value ?? '',
    component: (result.sourceConstraintComponent?.value ?? '').replace(SH, ''),
    message: result.message.map((m: { value: string }) => m.value).join(' '),
  }));
}

/** Only the results of severity Violation. */
export function violations(findings: ShaclFinding[]): ShaclFinding[] {
  return findings.filter((finding) => finding.severity === 'Violation');
}
