import type { ColumnFacet } from '../../../shared/operations/results';
import type { Command } from '../command';
import type { CliIo } from '../io';
import { datasetArgument, workspaceArgument } from '../common';
import { formatTable, showValue } from '../table-format';
import { withWorkspace } from '../workspace-session';
import { counted } from '../counted';

function printFacet(io: CliIo, facet: ColumnFacet): void {
  const es = io.language === 'es';
  io.out(
    `${facet.column} (${facet.type}): ${counted(facet.rows, 'rows', io.language)}, ` +
      `${facet.blank} ${es ? 'vacías' : 'blank'}, ${facet.distinct} ${es ? 'distintos' : 'distinct'}\n\n`,
  );
  const rows = facet.values.map((v) => [showValue(v.value), String(v.count)]);
  io.out(formatTable([es ? 'valor' : 'value', es ? 'filas' : 'rows'], rows, ['left', 'right']));
  if (facet.mismatched.length > 0) {
    io.out(`\n${es ? 'No son del tipo' : 'Not of the type'} ${facet.type}: `);
    io.out(`${facet.mismatched.map((v) => `${showValue(v.value)} (${v.count})`).join(', ')}\n`);
  }
  if (facet.histogram) {
    io.out(`\n${facet.histogram.map((b) => `[${b.from}, ${b.to}]: ${b.count}`).join('\n')}\n`);
  }
  if (facet.timeline)
    io.out(`\n${facet.timeline.map((t) => `${t.period}: ${t.count}`).join('\n')}\n`);
}

/** `ficha facets WS DATASET COLUMN`: values with counts, blanks, mismatches, ranges. */
export const facetsCommand: Command = {
  name: 'facets',
  summary: {
    es: 'Muestra los valores de una columna con sus conteos, vacíos, valores que no son del tipo, rangos o años.',
    en: "Shows a column's values with counts, blanks, values not of the type, ranges or years.",
  },
  usage: 'facets WS DATASET COLUMN [--search TEXT] [--limit N] [--json]',
  arguments: [
    workspaceArgument,
    datasetArgument,
    { name: 'COLUMN', summary: { es: 'el nombre de la columna', en: 'the column name' } },
  ],
  options: [
    {
      name: 'search',
      kind: 'string',
      value: 'TEXT',
      summary: { es: 'solo valores que contienen TEXT', en: 'only values containing TEXT' },
    },
    {
      name: 'limit',
      kind: 'number',
      value: 'N',
      summary: { es: 'cuántos valores (100)', en: 'how many values (100)' },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const facet = await withWorkspace(context, args[0], { readOnly: true }, (session) =>
      session.call('operations.facet', {
        dataset: args[1],
        column: args[2],
        search: options.string('search'),
        limit: options.number('limit') ?? 100,
      }),
    );
    if (io.json) io.printJson(facet);
    else printFacet(io, facet);
    return 0;
  },
};
