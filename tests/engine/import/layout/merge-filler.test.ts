import { describe, expect, it } from 'vitest';
import { createMergeFiller } from '../../../../electron/engine/import/layout';
import type { MergeRange, RawCell } from '../../../../electron/engine/import/source';

const merge = (
  startRow: number,
  startColumn: number,
  endRow: number,
  endColumn: number,
): MergeRange => ({
  startRow,
  startColumn,
  endRow,
  endColumn,
});

describe('createMergeFiller', () => {
  it('repeats a state merged down over its municipalities on each row, across batches', () => {
    const filler = createMergeFiller([merge(2, 1, 4, 1), merge(1, 1, 1, 3)], 2);
    const first = filler.fill({
      startRow: 1,
      rows: [['Título'], ['Colima', 'Armería', 1], [null, 'Colima', 2]],
    });
    const second = filler.fill({
      startRow: 4,
      rows: [
        [null, 'Manzanillo', 3],
        ['Jalisco', 'Ameca', 4],
      ],
    });

    expect(first.rows).toEqual([['Título'], ['Colima', 'Armería', 1], ['Colima', 'Colima', 2]]);
    expect(second.rows).toEqual([
      ['Colima', 'Manzanillo', 3],
      ['Jalisco', 'Ameca', 4],
    ]);
  });

  it('fills a merge across columns and leaves header merges alone', () => {
    const rows: RawCell[][] = [
      ['Grupo', null, null],
      ['a', null, 5],
    ];
    const filled = createMergeFiller([merge(1, 1, 1, 3), merge(2, 1, 2, 2)], 2).fill({
      startRow: 1,
      rows,
    });

    expect(filled.rows).toEqual([
      ['Grupo', null, null],
      ['a', 'a', 5],
    ]);
  });

  it('leaves blank merges blank', () => {
    const filled = createMergeFiller([merge(1, 1, 2, 1)], 1).fill({
      startRow: 1,
      rows: [
        [null, 1],
        [null, 2],
      ],
    });
    expect(filled.rows).toEqual([
      [null, 1],
      [null, 2],
    ]);
  });
});
