import type { TableRegion } from '../../../shared/import';

/** What a sheet row is to the importer. */
export type RowRole = 'title' | 'header' | 'data' | 'total' | 'note' | 'outside';

function within(range: [number, number] | null, row: number): boolean {
  return range !== null && row >= range[0] && row <= range[1];
}

/** The role of a 1-based sheet row in a detected region. */
export function rowRole(region: TableRegion, row: number): RowRole {
  if (within(region.headerRows, row)) return 'header';
  if (within(region.dataRows, row)) return region.totalRows.includes(row) ? 'total' : 'data';
  if (within(region.titleRows, row)) return 'title';
  if (within(region.noteRows, row)) return 'note';
  return 'outside';
}
