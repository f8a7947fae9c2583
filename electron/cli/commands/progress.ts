import { writeFileSync } from 'node:fs';
import type { Command } from '../command';
import { workspaceArgument } from '../common';
import { formatTable } from '../table-format';
import { withWorkspace } from '../workspace-session';

/** `ficha progress WS`: datasets planned, in preparation, approved and published, per area. */
export const progressCommand: Command = {
  name: 'progress',
  summary: {
    es: 'Avance: conjuntos planeados, en preparación, aprobados y publicados, en total y por área; --html escribe el reporte imprimible.',
    en: 'Progress: datasets planned, in preparation, approved and published, overall and per area; --html writes the printable report.',
  },
  usage: 'progress WS [--html FILE.html] [--json]',
  arguments: [workspaceArgument],
  options: [
    {
      name: 'html',
      kind: 'string',
      value: 'FILE',
      summary: { es: 'escribe el reporte HTML', en: 'write the HTML report' },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const { progress, html } = await withWorkspace(
      context,
      args[0],
      { readOnly: true },
      (session) => session.call('inventory.progress', {}),
    );

    const file = options.string('html');
    if (file) {
      writeFileSync(file, html, 'utf8');
      io.say({ es: `Reporte escrito en ${file}`, en: `Report written to ${file}` });
    }
    if (io.json) {
      io.printJson(progress);
      return 0;
    }
    const spanish = io.language === 'es';
    const headers = spanish
      ? ['área', 'planeados', 'en preparación', 'aprobados', 'publicados', 'total', '% publicado']
      : ['area', 'planned', 'in preparation', 'approved', 'published', 'total', '% published'];
    const rows = [...progress.areas, { area: 'Total', ...progress.overall }].map((row) => [
      row.area,
      String(row.planned),
      String(row.inPreparation),
      String(row.approved),
      String(row.published),
      String(row.total),
      `${row.publishedPercent.toFixed(1)} %`,
    ]);
    io.out(
      formatTable(headers, rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right']),
    );
    return 0;
  },
};
