import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Workspace } from '../workspace/workspace';
import { writeReviewBundle } from './bundle';
import { reviewedDataset } from './dataset-ref';

/** A review bundle as bytes, for an interface that offers it as a download. */
export interface BundleDownload {
  name: string;
  bytes: Buffer;
  rows: number;
}

/**
 * Writes a review bundle of one dataset to a private temporary folder,
 * reads it back and deletes it: a browser cannot name a path on the
 * machine running the host, so the bundle travels as bytes.
 */
export function reviewBundleBytes(workspace: Workspace, datasetName: string): BundleDownload {
  const dataset = reviewedDataset(workspace, datasetName);
  const name = `${dataset.name}-revision.ficha`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ficha-bundle-'));
  try {
    const file = path.join(dir, name);
    const { rows } = writeReviewBundle(workspace, dataset.name, file, `${name} (descarga)`);
    return { name, bytes: readFileSync(file), rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
