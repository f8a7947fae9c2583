import { FichaError } from '../../../shared/errors';
import type { ClusterResult } from '../../../shared/operations/results';
import type { Command } from '../command';
import type { CliIo } from '../io';
import { datasetArgument, workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';
import { counted } from '../counted';

const methods = ['fingerprint', 'ngram-fingerprint', 'phonetic', 'levenshtein'] as const;

function printClusters(io: CliIo, result: ClusterResult): void {
  const es = io.language === 'es';
  if (result.clusters.length === 0) {
    io.say({ es: 'No se encontraron grupos.', en: 'No clusters found.' });
    return;
  }
  for (const cluster of result.clusters) {
    const rows = counted(cluster.rows, 'rows', io.language);
    io.out(`${es ? 'conservar' : 'keep'} «${cluster.suggested}» (${rows})\n`);
    for (const v of cluster.values) io.out(`    ${v.value}  (${v.count})\n`);
  }
}

/** `ficha clusters WS DATASET COLUMN [--method M] [--apply]`: near-identical values to merge. */
export const clustersCommand: Command = {
  name: 'clusters',
  summary: {
    es: 'Agrupa valores casi iguales de una columna; con --apply los une en el valor sugerido (un paso map-values).',
    en: 'Groups near-identical values of a column; with --apply merges them into the suggested value (a map-values step).',
  },
  usage: 'clusters WS DATASET COLUMN [--method M] [--radius N] [--apply] [--json]',
  arguments: [
    workspaceArgument,
    datasetArgument,
    { name: 'COLUMN', summary: { es: 'el nombre de la columna', en: 'the column name' } },
  ],
  options: [
    {
      name: 'method',
      kind: 'string',
      value: 'M',
      summary: {
        es: 'fingerprint (predeterminado), ngram-fingerprint, phonetic o levenshtein',
        en: 'fingerprint (default), ngram-fingerprint, phonetic or levenshtein',
      },
    },
    {
      name: 'radius',
      kind: 'number',
      value: 'N',
      summary: {
        es: 'distancia de edición máxima (levenshtein, 1)',
        en: 'largest edit distance (levenshtein, 1)',
      },
    },
    {
      name: 'apply',
      kind: 'boolean',
      summary: {
        es: 'aplica el paso que une los grupos',
        en: 'apply the step that merges the clusters',
      },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const method = options.string('method') ?? 'fingerprint';
    if (!(methods as readonly string[]).includes(method)) {
      throw new FichaError('OPTION_INVALID', {
        option: '--method',
        reason: `use ${methods.join(', ')}`,
      });
    }
    const apply = options.boolean('apply');
    const result = await withWorkspace(context, args[0], { readOnly: !apply }, async (session) => {
      const found = await session.call('operations.clusters', {
        dataset: args[1],
        column: args[2],
        method: method as (typeof methods)[number],
        radius: options.number('radius') ?? 1,
      });
      if (apply && found.step) {
        await session.call('operations.apply', { dataset: args[1], steps: [found.step] });
      }
      return found;
    });
    if (io.json) io.printJson(result);
    else printClusters(io, result);
    return 0;
  },
};
