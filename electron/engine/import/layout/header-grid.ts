import type { MergeRange, RawCell } from '../source';
import { cellAt, cellText } from './cells';

/**
 * The text of the header rows with merges applied: a merged cell's value
 * fills the top row of its span (a group header over its sub-headers), and
 * the rows below inside a vertical merge stay empty, so that a label merged
 * down over two header rows is not repeated.
 */
export function headerTexts(
  head: readonly (readonly RawCell[])[],
  merges: readonly MergeRange[],
  rows: [number, number],
  columns: [number, number],
): string[][] {
  const [firstRow, lastRow] = rows;
  const [firstColumn, lastColumn] = columns;
  const grid: string[][] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    const texts: string[] = [];
    for (let column = firstColumn; column <= lastColumn; column++) {
      texts.push(cellText(cellAt(head[row - 1], column)));
    }
    grid.push(texts);
  }

  for (const merge of merges) {
    if (merge.startRow < firstRow || merge.startRow > lastRow) continue;
    const value = cellText(cellAt(head[merge.startRow - 1], merge.startColumn));
    const texts = grid[merge.startRow - firstRow];
    for (let column = merge.startColumn; column <= merge.endColumn; column++) {
      if (column >= firstColumn && column <= lastColumn) texts[column - firstColumn] = value;
    }
  }
  return grid;
}

/**
 * Carries group headers to the right across blank cells, within their group:
 * a blank in an upper header row takes the value on its left when a lower
 * header row names the column and the row above (if any) is the same group.
 * Cells covered by a merge from the row above (keys "level:column") stay blank.
 */
export function fillGroupHeaders(
  grid: string[][],
  covered: ReadonlySet<string>,
  firstColumn: number,
): void {
  for (let level = 0; level < grid.length - 1; level++) {
    const texts = grid[level];
    for (let index = 1; index < texts.length; index++) {
      if (texts[index] !== '' || texts[index - 1] === '') continue;
      if (covered.has(`${level}:${index + firstColumn}`)) continue;

      const named = grid.slice(level + 1).some((lower) => lower[index] !== '');
      const sameGroup = level === 0 || grid[level - 1][index] === grid[level - 1][index - 1];
      if (named && sameGroup) texts[index] = texts[index - 1];
    }
  }
}

/**
 * Joins the header parts of one column from the top down: "Emisiones – CO2".
 * A part in parentheses (a unit) follows with a plain space: "CO2 (Gg)".
 * Repeated parts (a label written in both rows) appear once.
 */
export function joinHeaderParts(parts: readonly string[]): string {
  const kept: string[] = [];
  for (const part of parts) {
    if (part === '' || kept[kept.length - 1] === part) continue;
    kept.push(part);
  }

  let label = '';
  for (const part of kept) {
    if (label === '') label = part;
    else label += part.startsWith('(') ? ` ${part}` : ` – ${part}`;
  }
  return label;
}
