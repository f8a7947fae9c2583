import type { Finding } from '../../../shared/validation/types';
import type { Command } from '../command';
import { exitCodes } from '../command';
import { datasetArgument, workspaceArgument } from '../common';
import type { CliIo } from '../io';
import { withWorkspace } from '../workspace-session';

/** `ficha validate WS DATASET`: findings of every profile; exit 1 when there is an error. */
export const validateCommand: Command = {
  name: 'validate',
  summary: {
    es: 'Valida la ficha y la tabla con los perfiles (datos.gob.mx, DCAT-AP 3, calidad, decreto); sale con 1 si hay errores.',
    en: 'Validates the ficha and the table against the profiles (datos.gob.mx, DCAT-AP 3, quality, decree); exits 1 on errors.',
  },
  usage: 'validate WS DATASET [--profile P]... [--profile-file FILE.json] [--json]',
  arguments: [workspaceArgument, datasetArgument],
  options: [
    {
      name: 'profile',
      kind: 'list',
      value: 'P',
      summary: {
        es: 'perfil: datos-gob-mx, dcat-ap-3, data-quality, decree o un archivo .json (todos si se omite)',
        en: 'profile: datos-gob-mx, dcat-ap-3, data-quality, decree or a .json file (all when absent)',
      },
    },
    {
      name: 'profile-file',
      kind: 'string',
      value: 'FILE.json',
      summary: {
        es: 'un perfil propio en JSON (vea docs/validation.md)',
        en: 'a profile of your own as JSON (see docs/validation.md)',
      },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    // A --profile ending in .json names an institution's profile file.
    const named = options
      .list('profile')
      .flatMap((p) => (p.endsWith('.json') ? [p] : p.split(',')))
      .map((p) => p.trim())
      .filter(Boolean);
    const profiles = named.filter((p) => !p.endsWith('.json'));
    const profileFile = options.string('profile-file') ?? named.find((p) => p.endsWith('.json'));
    const report = await withWorkspace(context, args[0], { readOnly: true }, (session) =>
      session.call('validation.run', {
        dataset: args[1],
        ...(profiles.length > 0 ? { profiles } : {}),
        ...(profileFile ? { profileFile } : {}),
      }),
    );

    if (io.json) io.printJson(report);
    else printReport(io, report.findings, report.checklist);
    return report.counts.error > 0 ? exitCodes.checkFailed : exitCodes.ok;
  },
};

function printReport(
  io: CliIo,
  findings: Finding[],
  checklist: { id: string; label: { es: string; en: string }; passed: boolean }[],
): void {
  for (const finding of findings) {
    const where = [
      finding.location.field,
      finding.location.column && `col ${finding.location.column}`,
      finding.location.row !== undefined && `row ${finding.location.row}`,
    ]
      .filter(Boolean)
      .join(', ');
    const fix = finding.fix?.kind === 'operation' ? `  → ${JSON.stringify(finding.fix.step)}` : '';
    io.out(
      `${finding.severity.padEnd(7)} ${finding.rule}  ${where ? `[${where}] ` : ''}${io.t(finding.message)}${fix}\n`,
    );
  }
  if (checklist.length > 0) {
    io.out(`\n${io.t({ es: 'Características del decreto', en: 'Decree characteristics' })}:\n`);
    for (const item of checklist) io.out(`  [${item.passed ? 'x' : ' '}] ${io.t(item.label)}\n`);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  io.say({
    es: `${errors} errores, ${warnings} advertencias, ${findings.length - errors - warnings} consejos.`,
    en: `${errors} errors, ${warnings} warnings, ${findings.length - errors - warnings} advice.`,
  });
}
