import path from 'node:path';
import type { InspectResult } from '../../../shared/import';
import { inspectFile } from '../../engine/import/pipeline/inspect-file';
import type { Command } from '../command';
import type { CliIo } from '../io';
import { formatTable, showValue } from '../table-format';
import { detectionOptions, fileArgument, readDetectionOptions, sayWarnings } from './import';

/** Rows of the sheet shown by the human report. */
const shownRows = 8;

/**
 * `ficha inspect FILE`: what an import would do, without a workspace. It
 * calls the same engine function as the `import.inspect` request; there is
 * no workspace to dispatch against.
 */
export const inspectCommand: Command = {
  name: 'inspect',
  summary: {
    es: 'Muestra, sin importar, cómo se leería un archivo: hojas, codificación, tabla, columnas y tipos.',
    en: 'Shows, without importing, how a file would be read: sheets, encoding, table, columns and types.',
  },
  usage:
    'inspect FILE [--sheet NAME|NUMBER] [--header-rows A-B] [--skip-rows N] [--encoding E] ' +
    '[--delimiter D] [--json]',
  arguments: [fileArgument],
  options: detectionOptions,
  json: true,
  async run(context) {
    const { args, io } = context;
    const options = readDetectionOptions(context);
    const result = await inspectFile(path.resolve(args[0]), options, {
      signal: context.signal,
      logger: context.logger,
      progress: context.progress,
    });
    context.progress.done();

    if (io.json) {
      io.printJson(result);
      return 0;
    }
    printInspect(io, result);
    return 0;
  },
};

function printInspect(io: CliIo, result: InspectResult): void {
  const es = io.language === 'es';
  const delimiter = result.delimiter === '\t' ? 'tab' : result.delimiter;
  io.out(
    `${result.file}: ${result.format.toUpperCase()}, ${result.size.toLocaleString('en-US')} bytes\n`,
  );
  if (result.encoding) {
    io.out(
      `${es ? 'Codificación' : 'Encoding'}: ${result.encoding}   ` +
        `${es ? 'Delimitador' : 'Delimiter'}: ${delimiter}   Decimal: ${result.decimal}\n`,
    );
  }

  io.out(`\n${es ? 'Hojas' : 'Sheets'}:\n`);
  const sheetRows = result.sheets.map((s) => [
    s.name === result.sheet ? `* ${s.index}` : `  ${s.index}`,
    s.name,
    `${s.rows} × ${s.columns}`,
    s.role,
    s.declaredRange ?? '',
  ]);
  io.out(
    formatTable(
      ['#', es ? 'hoja' : 'sheet', es ? 'filas × cols' : 'rows × cols', es ? 'papel' : 'role', ''],
      sheetRows,
    ),
  );

  const r = result.region;
  const span = (range: [number, number] | null) => (range ? `${range[0]}-${range[1]}` : '—');
  io.out(
    `\n${es ? 'Tabla' : 'Table'}: ${es ? 'títulos' : 'titles'} ${span(r.titleRows)}, ` +
      `${es ? 'encabezado' : 'header'} ${span(r.headerRows)}, ${es ? 'datos' : 'data'} ${span(r.dataRows)}, ` +
      `${es ? 'notas' : 'notes'} ${span(r.noteRows)}, ${es ? 'columnas' : 'columns'} ${r.firstColumn}-${r.lastColumn}` +
      (r.totalRows.length > 0 ? `, ${es ? 'totales' : 'totals'} ${r.totalRows.join(', ')}` : '') +
      '\n',
  );
  if (result.notes.length > 0) {
    io.out(`\n${es ? 'Notas' : 'Notes'}:\n${result.notes.map((n) => `  ${n}`).join('\n')}\n`);
  }

  io.out(`\n${es ? 'Columnas' : 'Columns'}:\n`);
  const columns = result.columns.map((c) => [
    c.name,
    c.label,
    c.mismatches > 0 ? `${c.type} (${c.mismatches}!)` : c.type,
    Object.entries(c.markers)
      .map(([k, n]) => `${k}×${n}`)
      .join(' '),
    c.unit ?? '',
  ]);
  io.out(
    formatTable(
      [
        es ? 'columna' : 'column',
        es ? 'etiqueta' : 'label',
        es ? 'tipo' : 'type',
        es ? 'marcas' : 'markers',
        es ? 'unidad' : 'unit',
      ],
      columns,
    ),
  );

  io.out(
    `\n${es ? 'Primeras filas, como se guardarían' : 'First rows, as they would be stored'}:\n`,
  );
  const sample = result.sample.slice(0, shownRows).map((row) => row.map(showValue));
  io.out(
    formatTable(
      result.columns.map((c) => c.name),
      sample,
    ),
  );
  sayWarnings(io, result.warnings);
}
