/** One bar of a column's chart: a frequent value, or a range of a numeric column. */
export interface ChartBar {
  label: string;
  count: number;
}

const WIDTH = 320;
const BAR_HEIGHT = 14;
const GAP = 4;
const LABEL_WIDTH = 120;

/** Escapes text for HTML and SVG content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A small horizontal bar chart as inline SVG, so the ficha page needs no
 * script and prints as it shows. Empty when there is nothing to draw.
 */
export function barChartSvg(bars: ChartBar[], title: string): string {
  if (bars.length === 0) return '';
  const max = Math.max(...bars.map((bar) => bar.count), 1);
  const height = bars.length * (BAR_HEIGHT + GAP);
  const rows = bars.map((bar, index) => {
    const y = index * (BAR_HEIGHT + GAP);
    const width = Math.max(1, Math.round(((WIDTH - LABEL_WIDTH - 50) * bar.count) / max));
    const label = bar.label.length > 18 ? `${bar.label.slice(0, 17)}…` : bar.label;
    return (
      `<text x="${LABEL_WIDTH - 4}" y="${y + 11}" text-anchor="end">${escapeHtml(label)}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${width}" height="${BAR_HEIGHT}"/>` +
      `<text x="${LABEL_WIDTH + width + 4}" y="${y + 11}">${formatCount(bar.count)}</text>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" ` +
    `viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(title)}">` +
    `<title>${escapeHtml(title)}</title>${rows.join('')}</svg>`
  );
}

/** An integer with thin grouping commas, written without Intl so every runtime agrees. */
export function formatCount(value: number): string {
  const digits = String(Math.trunc(Math.abs(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 ? `-${grouped}` : grouped;
}
