import type { MergeRange, RawCell, RowBatch } from '../source';

/** Copies merged values into the cells their merge covers, batch by batch. */
export interface MergeFiller {
  /** Fills the batch's rows in place and returns it. */
  fill(batch: RowBatch): RowBatch;
}

/**
 * Fills the cells covered by merged ranges that start at or below
 * `fromRow` with the merge's value, as a person reads them: a state name
 * merged down over its municipalities belongs to each of their rows. Merges
 * in the header and title rows are left alone (detectLayout reads them).
 * Rows must come in order; only the values of open merges are remembered.
 */
export function createMergeFiller(merges: readonly MergeRange[], fromRow: number): MergeFiller {
  const pending = merges
    .filter((merge) => merge.startRow >= fromRow)
    .filter((merge) => merge.endRow > merge.startRow || merge.endColumn > merge.startColumn)
    .sort((a, b) => a.startRow - b.startRow);
  const values = new Map<MergeRange, RawCell>();

  return {
    fill(batch) {
      const lastRow = batch.startRow + batch.rows.length - 1;
      for (const merge of pending) {
        if (merge.startRow > lastRow) break;
        if (merge.endRow < batch.startRow) continue;
        fillMerge(batch, merge, values);
      }
      return batch;
    },
  };
}

function fillMerge(batch: RowBatch, merge: MergeRange, values: Map<MergeRange, RawCell>): void {
  const lastRow = batch.startRow + batch.rows.length - 1;
  if (merge.startRow >= batch.startRow) {
    const top = batch.rows[merge.startRow - batch.startRow];
    values.set(merge, top[merge.startColumn - 1] ?? null);
  }
  const value = values.get(merge) ?? null;
  if (value === null) return;

  for (
    let row = Math.max(merge.startRow, batch.startRow);
    row <= Math.min(merge.endRow, lastRow);
    row++
  ) {
    const cells = batch.rows[row - batch.startRow];
    for (let column = merge.startColumn; column <= merge.endColumn; column++) {
      if (row === merge.startRow && column === merge.startColumn) continue;
      while (cells.length < column) cells.push(null);
      cells[column - 1] = value;
    }
  }
}
