import path from 'node:path';
import type { Ficha } from '../../../shared/metadata/model';
import { ckanPayload } from '../../../shared/serialize/ckan';
import { dataJson } from '../../../shared/serialize/datajson';
import { dataPackage } from '../../../shared/serialize/datapackage';
import type { DcatDatasetOptions } from '../../../shared/serialize/dcat-graph';
import { dcatJsonLd } from '../../../shared/serialize/dcat-jsonld';
import { dcatTurtle } from '../../../shared/serialize/dcat-turtle';
import { exportPackage } from '../export/export-package';
import { recordFicha } from '../export/record-ficha';
import { readExportedFile, readExportZip } from '../package-files/exported-files';
import type { HandlerMap } from './table';

type PackageRequest =
  'export.preview' | 'export.lastSerialization' | 'export.package' | 'export.zip';

type Format = 'jsonld' | 'turtle' | 'datajson' | 'datapackage' | 'ckan';

/** Each format's media type and writer. */
const writers: Record<Format, [string, (ficha: Ficha, options: DcatDatasetOptions) => string]> = {
  jsonld: ['application/ld+json', dcatJsonLd],
  turtle: ['text/turtle', dcatTurtle],
  datajson: ['application/json', dataJson],
  datapackage: ['application/json', dataPackage],
  ckan: ['application/json', ckanPayload],
};

/** The package file each format is written to; the CKAN payload is not packaged. */
const packageFiles: Record<Format, string | null> = {
  jsonld: 'dcat.jsonld',
  turtle: 'dcat.ttl',
  datajson: 'data.json',
  datapackage: 'datapackage.json',
  ckan: null,
};

/**
 * The folder beside the workspace where the interface's exports go: a page
 * served over HTTP cannot name a folder on the machine, so the engine does.
 */
export function packagesFolder(workspacePath: string): string {
  const base = path.basename(workspacePath).replace(/\.ficha$/i, '');
  return path.join(path.dirname(workspacePath), `${base}-paquetes`);
}

/**
 * Handlers behind the Vista DCAT and Exportar tabs: `export.preview`
 * serializes a draft ficha as the record would be, `export.lastSerialization`
 * reads what the last recorded export wrote, `export.package` exports to
 * the packages folder, and `export.zip` hands back a recorded zip.
 */
export const packageHandlers: HandlerMap<PackageRequest> = {
  'export.preview': ({ dataset, format, ficha }, { workspace }) => {
    const entry = recordFicha(workspace, dataset, ficha);
    const [mediaType, write] = writers[format];
    return { format, mediaType, text: write(entry.ficha, entry.options ?? {}) };
  },
  'export.lastSerialization': ({ dataset, format }, { workspace }) => {
    const file = packageFiles[format];
    return file ? readExportedFile(workspace, dataset, file) : null;
  },
  'export.package': ({ dataset, jobId: _jobId, ...options }, { workspace, signal, progress }) =>
    exportPackage(workspace, dataset, {
      ...options,
      out: packagesFolder(workspace.path),
      signal,
      progress,
    }),
  'export.zip': ({ dataset, exportId }, { workspace }) =>
    readExportZip(workspace, dataset, exportId),
};
