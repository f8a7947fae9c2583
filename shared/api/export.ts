import { z } from 'zod';
import { request } from './define';

/** The formats one dataset's record can be printed in. */
export const datasetFormats = ['jsonld', 'turtle', 'datajson', 'datapackage', 'ckan'] as const;

/** The formats of the whole workspace's catalog. */
export const catalogFormats = ['datajson', 'jsonld', 'turtle'] as const;

/** A column that would split an oversize table into files under the limit. */
export interface SplitCandidate {
  column: string;
  parts: number;
  /** Estimated size of the largest part, in bytes. */
  largestBytes: number;
}

/** What an export would write, checked before writing it. */
export interface ExportPlan {
  dataset: string;
  rows: number;
  /** Estimated size of the data CSV in bytes. */
  estimatedBytes: number;
  /** The portal profile's upload limit (CKAN's default is 10 MB). */
  limitBytes: number;
  overLimit: boolean;
  splitCandidates: SplitCandidate[];
}

/** A file of a written package. */
export interface ExportedFile {
  name: string;
  bytes: number;
  sha256: string;
}

/** What an export wrote. */
export interface ExportResult {
  dataset: string;
  /** The package folder. */
  folder: string;
  zip: ExportedFile | null;
  zipPath: string | null;
  /** True when exported over validation errors with force. */
  draft: boolean;
  rows: number;
  files: ExportedFile[];
  errors: number;
  warnings: number;
  /** Data files larger than the upload limit. */
  oversize: string[];
  /** The row of the workspace's export history; null when the workspace is read-only. */
  exportId: number | null;
}

/** One export as the workspace remembers it. */
export interface ExportRecord {
  id: number;
  dataset: string;
  version: string;
  folder: string;
  zip: string | null;
  zipSha256: string | null;
  draft: boolean;
  rows: number;
  files: ExportedFile[];
  exportedAt: string;
  exportedBy: string;
}

/** One serialization as text. */
export interface Serialization {
  format: string;
  mediaType: string;
  text: string;
}

const datasetParam = z.object({ dataset: z.string().min(1) });

/** Requests that serialize the metadata and write upload-ready packages. */
export const exportRequests = {
  'export.plan': request<ExportPlan>()({
    params: datasetParam.extend({ maxBytes: z.number().int().min(1).optional() }),
    writes: false,
  }),
  'export.run': request<ExportResult>()({
    params: datasetParam.extend({
      out: z.string().min(1),
      zip: z.boolean().default(false),
      xlsx: z.boolean().default(false),
      force: z.boolean().default(false),
      splitBy: z.string().min(1).optional(),
      maxBytes: z.number().int().min(1).optional(),
      jobId: z.string().optional(),
    }),
    // Reviewers with read-only access may export too; the history is then not recorded.
    writes: false,
    long: true,
  }),
  'export.serialize': request<Serialization>()({
    params: datasetParam.extend({ format: z.enum(datasetFormats) }),
    writes: false,
  }),
  'export.catalog': request<Serialization>()({
    params: z.object({ format: z.enum(catalogFormats) }),
    writes: false,
  }),
  'export.history': request<ExportRecord[]>()({ params: datasetParam, writes: false }),
};
