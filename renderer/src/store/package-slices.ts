import { createDcatSlice } from './dcat-slice';
import type { DcatSlice } from './dcat-slice';
import { createExportSlice } from './export-slice';
import type { ExportSlice } from './export-slice';
import type { SliceContext } from './types';

/** The slices of the Vista DCAT and Exportar tabs, side by side. */
export type PackageSlices = DcatSlice & ExportSlice;

/** Creates the package slices; store.ts spreads them beside the others. */
export function createPackageSlices(context: SliceContext): PackageSlices {
  return { ...createDcatSlice(context), ...createExportSlice(context) };
}
