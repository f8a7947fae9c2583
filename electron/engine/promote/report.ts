import { bimestersBetween, overlaps } from '../../../shared/promote/periods';
import { escapeText } from '../../../shared/promote/texts';
import type { Bimester, Blackout, Promotion } from '../../../shared/promote/types';
import type { Workspace } from '../workspace/workspace';
import { listBlackouts, listPromotions } from './promotions';

/** One two-month period of the report. */
export interface BimesterReport {
  period: Bimester;
  promoted: { dataset: string; channels: string[]; dates: string[]; inBlackout: boolean }[];
  /** Published datasets with no promotion in this period nor the one before. */
  unpromoted: string[];
  blackouts: Blackout[];
}

interface PublishedDataset {
  name: string;
  title: string;
  published: string;
}

/** The datasets published so far, with the date they were first marked so. */
function publishedDatasets(workspace: Workspace): PublishedDataset[] {
  return workspace.db
    .prepare(
      `SELECT d.name, d.title, min(substr(e.at, 1, 10)) AS published FROM datasets d
       JOIN status_events e ON e.dataset_id = d.id AND e.to_status = 'publicado'
       WHERE d.status = 'publicado' GROUP BY d.id ORDER BY d.name`,
    )
    .all() as PublishedDataset[];
}

/**
 * Per two-month period from `from` to `to`: which datasets were promoted
 * and through which channels, which published ones went unpromoted for more
 * than a period, and the restricted periods that touch it.
 */
export function bimonthlyReport(workspace: Workspace, from: string, to: string): BimesterReport[] {
  const promotions = listPromotions(workspace);
  const blackouts = listBlackouts(workspace);
  const published = publishedDatasets(workspace);
  const periods = bimestersBetween(from, to);

  return periods.map((period, index) => {
    const inPeriod = promotions.filter((p) => p.date >= period.start && p.date <= period.end);
    const windowStart = index > 0 ? periods[index - 1].start : previousStart(period);
    const recent = new Set(
      promotions.filter((p) => p.date >= windowStart && p.date <= period.end).map((p) => p.dataset),
    );
    return {
      period,
      promoted: groupByDataset(inPeriod),
      unpromoted: published
        .filter((dataset) => dataset.published <= period.end && !recent.has(dataset.name))
        .map((dataset) => dataset.name),
      blackouts: blackouts.filter((blackout) => overlaps(blackout, period)),
    };
  });
}

function previousStart(period: Bimester): string {
  const [year, month] = period.start.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 3, 1));
  return date.toISOString().slice(0, 10);
}

function groupByDataset(promotions: Promotion[]): BimesterReport['promoted'] {
  const byDataset = new Map<string, Promotion[]>();
  for (const promotion of promotions) {
    byDataset.set(promotion.dataset, [...(byDataset.get(promotion.dataset) ?? []), promotion]);
  }
  return [...byDataset.entries()].map(([dataset, list]) => ({
    dataset,
    channels: [...new Set(list.map((p) => p.channel))],
    dates: list.map((p) => p.date),
    inBlackout: list.some((p) => p.inBlackout),
  }));
}

/** The report as a printable page: the evidence for the internal control office. */
export function bimonthlyReportHtml(
  institution: string,
  today: string,
  report: BimesterReport[],
): string {
  const sections = report
    .map((entry) => {
      const promoted = entry.promoted.length
        ? `<table><thead><tr><th>Conjunto</th><th>Canales</th><th>Fechas</th></tr></thead><tbody>${entry.promoted
            .map(
              (row) =>
                `<tr><td>${escapeText(row.dataset)}</td><td>${escapeText(row.channels.join(', '))}</td>` +
                `<td>${escapeText(row.dates.join(', '))}${row.inBlackout ? ' <strong class="warn">(en veda)</strong>' : ''}</td></tr>`,
            )
            .join('')}</tbody></table>`
        : '<p>Ningún conjunto se difundió en este periodo.</p>';
      const unpromoted = entry.unpromoted.length
        ? `<p class="warn">Publicados sin difusión por más de un periodo: ${escapeText(entry.unpromoted.join(', '))}</p>`
        : '';
      const blackout = entry.blackouts
        .map(
          (b) =>
            `<p class="note">Periodo de comunicación restringida: ${b.start} a ${b.end}${b.reason ? ` (${escapeText(b.reason)})` : ''}</p>`,
        )
        .join('');
      return `<section><h2>${escapeText(entry.period.label)}</h2>${blackout}${promoted}${unpromoted}</section>`;
    })
    .join('\n');

  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Difusión de datos abiertos${institution ? ` — ${escapeText(institution)}` : ''}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 2rem; color: #102a43; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
  th, td { border: 1px solid #bcccdc; padding: .35rem .5rem; text-align: left; }
  thead th { background: #f0f4f8; }
  .warn { color: #8d2b0b; }
  .note { color: #486581; font-style: italic; }
  section { break-inside: avoid; }
</style>
</head>
<body>
<h1>Difusión de datos abiertos${institution ? ` — ${escapeText(institution)}` : ''}</h1>
<p>Reporte bimestral. Fecha de corte: ${escapeText(today)}.</p>
${sections}
</body>
</html>
`;
}
