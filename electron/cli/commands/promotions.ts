import { writeFileSync } from 'node:fs';
import { FichaError } from '../../../shared/errors';
import type { Command } from '../command';
import { workspaceArgument } from '../common';
import { formatTable } from '../table-format';
import { withWorkspace } from '../workspace-session';

/** `ficha promotions WS`: lists promotions, records one, or writes the bimonthly report. */
export const promotionsCommand: Command = {
  name: 'promotions',
  summary: {
    es: 'Lista las difusiones, registra una (--add) o escribe el reporte bimestral (--report).',
    en: 'Lists promotions, records one (--add) or writes the bimonthly report (--report).',
  },
  usage:
    'promotions WS [--add DATASET --channel C [--date YYYY-MM-DD] [--link URL] [--note T] [--confirm]] [--report FILE.html [--from D] [--to D]] [--json]',
  arguments: [workspaceArgument],
  options: [
    {
      name: 'add',
      kind: 'string',
      value: 'DATASET',
      summary: {
        es: 'registra una difusión de este conjunto',
        en: 'record a promotion of this dataset',
      },
    },
    {
      name: 'channel',
      kind: 'string',
      value: 'C',
      summary: { es: 'canal: redes, boletín, sitio…', en: 'channel: social, newsletter, site…' },
    },
    {
      name: 'date',
      kind: 'string',
      value: 'YYYY-MM-DD',
      summary: { es: 'fecha (hoy)', en: 'date (today)' },
    },
    {
      name: 'link',
      kind: 'string',
      value: 'URL',
      summary: { es: 'enlace a la publicación', en: 'link to the post' },
    },
    { name: 'note', kind: 'string', value: 'T', summary: { es: 'nota', en: 'note' } },
    {
      name: 'confirm',
      kind: 'boolean',
      summary: {
        es: 'confirma difundir en un periodo restringido',
        en: 'confirm promoting in a restricted period',
      },
    },
    {
      name: 'report',
      kind: 'string',
      value: 'FILE',
      summary: { es: 'escribe el reporte bimestral HTML', en: 'write the bimonthly HTML report' },
    },
    {
      name: 'from',
      kind: 'string',
      value: 'D',
      summary: { es: 'inicio del reporte (1 de enero)', en: 'report start (January 1)' },
    },
    {
      name: 'to',
      kind: 'string',
      value: 'D',
      summary: { es: 'fin del reporte (hoy)', en: 'report end (today)' },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const add = options.string('add');
    const report = options.string('report');
    if (add && !options.string('channel')) {
      throw new FichaError('ARGUMENT_MISSING', {
        argument: '--channel',
        usage: 'ficha promotions WS --add DATASET --channel C',
      });
    }

    const result = await withWorkspace(context, args[0], { readOnly: !add }, async (session) => {
      const recorded = add
        ? await session.call('promote.record', {
            dataset: add,
            channel: options.string('channel') ?? '',
            date: options.string('date') ?? new Date().toISOString().slice(0, 10),
            link: options.string('link'),
            note: options.string('note'),
            confirmBlackout: options.boolean('confirm'),
          })
        : null;
      const periods = report
        ? await session.call('promote.report', {
            from: options.string('from'),
            to: options.string('to'),
          })
        : null;
      return { recorded, periods, promotions: await session.call('promote.list', {}) };
    });

    if (report && result.periods) {
      writeFileSync(report, result.periods.html, 'utf8');
      io.say({ es: `Reporte escrito en ${report}`, en: `Report written to ${report}` });
    }
    if (io.json) {
      io.printJson(
        result.recorded ?? (result.periods ? result.periods.periods : result.promotions),
      );
      return 0;
    }
    const rows = result.promotions.map((p) => [
      p.date,
      p.dataset,
      p.channel,
      p.actor.name,
      p.inBlackout ? 'veda' : '',
      p.link,
    ]);
    const headers =
      io.language === 'es'
        ? ['fecha', 'conjunto', 'canal', 'persona', '', 'enlace']
        : ['date', 'dataset', 'channel', 'who', '', 'link'];
    io.out(formatTable(headers, rows, ['left', 'left', 'left', 'left', 'left', 'left']));
    return 0;
  },
};
