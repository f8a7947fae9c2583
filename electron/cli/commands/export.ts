import type { ExportPlan, ExportResult } from '../../../shared/api/export';
import { FichaError } from '../../../shared/errors';
import type { Command } from '../command';
import { exitCodes } from '../command';
import { datasetArgument, workspaceArgument } from '../common';
import type { CliIo } from '../io';
import { withWorkspace } from '../workspace-session';

/** `ficha export WS DATASET --out DIR`: writes the upload-ready package. */
export const exportCommand: Command = {
  name: 'export',
  summary: {
    es: 'Escribe el paquete listo para subir: datos CSV, diccionario, DCAT, data.json, datapackage.json, ficha HTML, receta, validación y SHA256SUMS.',
    en: 'Writes the upload-ready package: CSV data, dictionary, DCAT, data.json, datapackage.json, HTML ficha, recipe, validation and SHA256SUMS.',
  },
  usage:
    'export WS DATASET --out DIR [--zip] [--xlsx] [--force] [--split-by COLUMN] [--max-mb N] [--json]',
  arguments: [workspaceArgument, datasetArgument],
  options: [
    {
      name: 'out',
      kind: 'string',
      value: 'DIR',
      summary: {
        es: 'carpeta donde se escribe DIR/<conjunto>-v<versión>/',
        en: 'folder in which DIR/<dataset>-v<version>/ is written',
      },
    },
    {
      name: 'zip',
      kind: 'boolean',
      summary: {
        es: 'escribe también un .zip del paquete',
        en: 'also write a .zip of the package',
      },
    },
    {
      name: 'xlsx',
      kind: 'boolean',
      summary: { es: 'agrega una copia XLSX de los datos', en: 'add an XLSX copy of the data' },
    },
    {
      name: 'force',
      kind: 'boolean',
      summary: {
        es: 'exporta aunque la validación tenga errores; el paquete queda como borrador',
        en: 'export even when validation finds errors; the package is marked as a draft',
      },
    },
    {
      name: 'split-by',
      kind: 'string',
      value: 'COLUMN',
      summary: {
        es: 'un archivo CSV por cada valor de la columna (p. ej. un año o un estado)',
        en: 'one CSV file per value of the column (e.g. a year or a state)',
      },
    },
    {
      name: 'max-mb',
      kind: 'number',
      value: 'N',
      summary: {
        es: 'límite de carga del portal en MB (10 por omisión, el de CKAN)',
        en: "the portal's upload limit in MB (10 by default, CKAN's)",
      },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const out = options.string('out');
    if (!out) throw new FichaError('OPTION_INVALID', { option: '--out', reason: 'it is required' });
    const maxMb = options.number('max-mb');
    const maxBytes = maxMb ? Math.round(maxMb * 1024 * 1024) : undefined;
    const splitBy = options.string('split-by');

    // Opened for editing so the export is recorded; read-only when someone else edits.
    const access = { ifLocked: 'readOnly' as const };
    const result = await withWorkspace(context, args[0], access, async (session) => {
      const plan = await session.call('export.plan', { dataset: args[1], maxBytes });
      if (plan.overLimit && !splitBy) warnOversize(io, plan);
      return session.call('export.run', {
        dataset: args[1],
        out,
        zip: options.boolean('zip'),
        xlsx: options.boolean('xlsx'),
        force: options.boolean('force'),
        ...(splitBy ? { splitBy } : {}),
        ...(maxBytes ? { maxBytes } : {}),
      });
    });

    if (io.json) io.printJson(result);
    else printResult(io, result);
    return exitCodes.ok;
  },
};

function warnOversize(io: CliIo, plan: ExportPlan): void {
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  const columns = plan.splitCandidates.map((c) => `${c.column} (${c.parts})`).join(', ');
  io.say({
    es: `Aviso: el CSV medirá unos ${mb(plan.estimatedBytes)} MB, más que el límite de ${mb(plan.limitBytes)} MB. ${columns ? `Puede dividirlo con --split-by: ${columns}.` : ''}`,
    en: `Warning: the CSV will be about ${mb(plan.estimatedBytes)} MB, over the ${mb(plan.limitBytes)} MB limit. ${columns ? `You can split it with --split-by: ${columns}.` : ''}`,
  });
}

function printResult(io: CliIo, result: ExportResult): void {
  for (const file of result.files) io.out(`${file.sha256}  ${file.bytes}  ${file.name}\n`);
  io.out(`${result.folder}\n`);
  if (result.zipPath) io.out(`${result.zipPath}\n`);
  if (result.draft) {
    io.say({
      es: `Exportado como BORRADOR: la validación encontró ${result.errors} errores.`,
      en: `Exported as a DRAFT: validation found ${result.errors} errors.`,
    });
  }
  for (const name of result.oversize) {
    io.say({
      es: `Aviso: ${name} pasa el límite de carga del portal.`,
      en: `Warning: ${name} is over the portal's upload limit.`,
    });
  }
}
