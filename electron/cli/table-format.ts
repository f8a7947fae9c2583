/** How a column of a printed table aligns its cells. */
export type Alignment = 'left' | 'right';

/** Longest cell printed before it is cut with an ellipsis. */
const MAX_CELL = 40;

/**
 * Formats rows as an aligned plain-text table with a header line and a
 * rule under it; numbers read best right-aligned, so callers say so.
 */
export function formatTable(headers: string[], rows: string[][], align: Alignment[] = []): string {
  const cut = (text: string) => {
    const single = text.replace(/[\r\n\t]+/g, ' ');
    return single.length > MAX_CELL ? `${single.slice(0, MAX_CELL - 1)}…` : single;
  };
  const cells = [headers, ...rows].map((row) => row.map(cut));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (align[i] === 'right' ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();

  const [head, ...body] = cells;
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(head), rule, ...body.map(line)].join('\n') + '\n';
}

/** A cell value as a table shows it: empty for null, JSON-like otherwise. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}
