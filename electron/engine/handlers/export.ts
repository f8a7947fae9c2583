import type { Serialization } from '../../../shared/api/export';
import { institutionCatalog } from '../../../shared/serialize/catalog';
import { ckanPayload } from '../../../shared/serialize/ckan';
import { dataJson, dataJsonCatalogText } from '../../../shared/serialize/datajson';
import { dataPackage } from '../../../shared/serialize/datapackage';
import { dcatCatalogJsonLd, dcatJsonLd } from '../../../shared/serialize/dcat-jsonld';
import { dcatCatalogTurtle, dcatTurtle } from '../../../shared/serialize/dcat-turtle';
import { readDefaults } from '../metadata/defaults';
import { exportPackage } from '../export/export-package';
import { listExports } from '../export/export-history';
import { planExport } from '../export/plan-export';
import { catalogEntries, recordFicha } from '../export/record-ficha';
import { recordExportSnapshot, snapshotBeforeExport } from '../review/export-snapshots';
import type { HandlerMap } from './table';

type ExportRequest =
  'export.plan' | 'export.run' | 'export.serialize' | 'export.catalog' | 'export.history';

/**
 * Handlers that serialize the metadata and write packages: `export.plan`
 * flags an oversize table before export, `export.run` writes the package
 * (long, cancellable), `export.serialize` and `export.catalog` print one
 * serialization of a dataset or of the whole workspace.
 */
export const exportHandlers: HandlerMap<ExportRequest> = {
  'export.plan': ({ dataset, maxBytes }, { workspace }) => planExport(workspace, dataset, maxBytes),
  'export.run': async ({ dataset, jobId: _jobId, ...options }, { workspace, signal, progress }) => {
    // Taken before writing, so the snapshot is what went out even if the ficha changes meanwhile.
    const snapshot = snapshotBeforeExport(workspace, dataset);
    const result = await exportPackage(workspace, dataset, { ...options, signal, progress });
    if (result.exportId !== null) {
      recordExportSnapshot(workspace, result.exportId, dataset, snapshot);
    }
    return result;
  },
  'export.serialize': ({ dataset, format }, { workspace }) => {
    const { ficha, options = {} } = recordFicha(workspace, dataset);
    const writers: Record<typeof format, [string, () => string]> = {
      jsonld: ['application/ld+json', () => dcatJsonLd(ficha, options)],
      turtle: ['text/turtle', () => dcatTurtle(ficha, options)],
      datajson: ['application/json', () => dataJson(ficha, options)],
      datapackage: ['application/json', () => dataPackage(ficha, options)],
      ckan: ['application/json', () => ckanPayload(ficha, options)],
    };
    const [mediaType, write] = writers[format];
    return { format, mediaType, text: write() } satisfies Serialization;
  },
  'export.catalog': ({ format }, { workspace }) => {
    const catalog = institutionCatalog(
      readDefaults(workspace).publisher,
      catalogEntries(workspace),
    );
    if (format === 'datajson') {
      return { format, mediaType: 'application/json', text: dataJsonCatalogText(catalog) };
    }
    if (format === 'turtle')
      return { format, mediaType: 'text/turtle', text: dcatCatalogTurtle(catalog) };
    return { format, mediaType: 'application/ld+json', text: dcatCatalogJsonLd(catalog) };
  },
  'export.history': ({ dataset }, { workspace }) => listExports(workspace, dataset),
};
