import type { ProgressCounts, ProgressReport } from '../../../shared/inventory/progress';
import { statusLabels } from '../../../shared/review/status';
import type { CatalogEntry } from '../../../shared/review/types';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function countsRow(label: string, counts: ProgressCounts): string {
  const cells = [
    counts.planned,
    counts.inPreparation,
    counts.approved,
    counts.published,
    counts.total,
    `${counts.publishedPercent.toFixed(1)} %`,
  ];
  return `<tr><th scope="row">${escapeHtml(label)}</th>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}

/**
 * The printable progress report the internal control office asks for: the
 * institution's totals, each area's, and the list of datasets with their
 * status and next update. Self-contained HTML, no external resources.
 */
export function progressReportHtml(
  institution: string,
  today: string,
  progress: ProgressReport,
  entries: CatalogEntry[],
): string {
  const title = `Avance de datos abiertos${institution ? ` — ${institution}` : ''}`;
  const areaRows = progress.areas.map((area) => countsRow(area.area, area)).join('\n');
  const datasetRows = entries
    .map(
      (entry) =>
        `<tr><td>${escapeHtml(entry.title)}</td><td>${escapeHtml(entry.area)}</td>` +
        `<td>${escapeHtml(statusLabels[entry.status].es)}</td><td>${escapeHtml(entry.periodicity)}</td>` +
        `<td>${escapeHtml(entry.nextDue ?? '—')}</td><td>${entry.overdue ? '<strong>Atrasado</strong>' : ''}</td></tr>`,
    )
    .join('\n');

  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 2rem; color: #1f2933; }
  h1 { font-size: 1.5rem; margin-bottom: .25rem; }
  p.meta { color: #52606d; margin-top: 0; }
  table { border-collapse: collapse; width: 100%; margin: 1rem 0 2rem; }
  th, td { border: 1px solid #cbd2d9; padding: .35rem .5rem; text-align: left; }
  td { font-variant-numeric: tabular-nums; }
  thead th { background: #f0f4f8; }
  .bar { height: .75rem; background: #e4e7eb; border-radius: .375rem; overflow: hidden; }
  .bar span { display: block; height: 100%; background: #1d6f42; }
  @media print { body { margin: 1cm; } }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">Fecha de corte: ${escapeHtml(today)}</p>
<p><strong>${progress.overall.publishedPercent.toFixed(1)} %</strong> de los conjuntos del inventario
están publicados (${progress.overall.published} de ${progress.overall.total});
${progress.overall.readyPercent.toFixed(1)} % están aprobados o publicados.</p>
<div class="bar" role="img" aria-label="${progress.overall.publishedPercent.toFixed(1)} % publicado"><span style="width: ${progress.overall.publishedPercent}%"></span></div>
<h2>Por área</h2>
<table>
<thead><tr><th>Área</th><th>Planeados</th><th>En preparación</th><th>Aprobados</th><th>Publicados</th><th>Total</th><th>% publicado</th></tr></thead>
<tbody>
${areaRows}
${countsRow('Total', progress.overall)}
</tbody>
</table>
<h2>Conjuntos de datos</h2>
<table>
<thead><tr><th>Conjunto</th><th>Área</th><th>Estado</th><th>Periodicidad</th><th>Próxima actualización</th><th></th></tr></thead>
<tbody>
${datasetRows}
</tbody>
</table>
</body>
</html>
`;
}
