import { z } from 'zod';
import { fichaSchema } from '../metadata/model';
import { request } from './define';
import { datasetFormats, exportRequests } from './export';
import type { ExportResult } from './export';

/** A serialization as the last recorded export of a dataset wrote it. */
export interface ExportedSerialization {
  exportId: number;
  exportedAt: string;
  version: string;
  draft: boolean;
  /** The package file it was read from, e.g. "dcat.ttl". */
  file: string;
  text: string;
}

/** The bytes of a recorded package's zip, base64, for the interface to offer as a download. */
export interface ExportZip {
  name: string;
  bytes: number;
  sha256: string;
  base64: string;
}

const datasetParam = z.object({ dataset: z.string().min(1) });

/**
 * Requests behind the Vista DCAT and Exportar tabs: a preview of a draft
 * ficha, the serialization of the last export to compare with, an export
 * to the workspace's own packages folder (which the browser cannot name),
 * and the zip of a recorded export.
 */
export const packageRequests = {
  'export.preview': request<{ format: string; mediaType: string; text: string }>()({
    params: datasetParam.extend({
      format: z.enum(datasetFormats),
      /** The ficha as being edited; the stored one when absent. */
      ficha: fichaSchema.optional(),
    }),
    writes: false,
  }),
  'export.lastSerialization': request<ExportedSerialization | null>()({
    params: datasetParam.extend({ format: z.enum(datasetFormats) }),
    writes: false,
  }),
  'export.package': request<ExportResult>()({
    // export.run's choices but the folder, with the zip the download needs by default.
    params: exportRequests['export.run'].params
      .omit({ out: true })
      .extend({ zip: z.boolean().default(true) }),
    writes: false,
    long: true,
  }),
  'export.zip': request<ExportZip>()({
    params: datasetParam.extend({ exportId: z.number().int().min(1) }),
    writes: false,
  }),
};
