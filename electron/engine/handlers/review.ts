import path from 'node:path';
import { readSetting, writeSetting } from '../workspace/settings';
import { readDefaults } from '../metadata/defaults';
import { recordAudit } from '../workspace/audit';
import { transaction } from '../db/transaction';
import { auditLogCsv, readAuditLog } from '../review/audit-log';
import { mergeReviewBundle, writeReviewBundle } from '../review/bundle';
import { reviewBundleBytes } from '../review/bundle-download';
import { buildCalendar, buildCatalog, catalogProgress } from '../review/catalog';
import { changesSince } from '../review/changes';
import { addComment, listThreads, resolveThread } from '../review/comments';
import { attachDownloads } from '../review/downloads';
import { fichaFacts } from '../metadata/catalog-facts';
import { inventoryBytes, planBytes, writeInventory } from '../review/inventory-export';
import { inventorySources } from '../review/inventory-sources';
import { addPlannedDataset } from '../review/planned';
import { progressReportHtml } from '../review/progress-report';
import { LIAISONS_SETTING } from '../review/roles';
import { reviewState, setStatus } from '../review/status';
import type { HandlerMap } from './table';

type ReviewRequest =
  | 'review.state'
  | 'review.setStatus'
  | 'review.comment'
  | 'review.comments'
  | 'review.resolve'
  | 'review.changes'
  | 'review.log'
  | 'review.logCsv'
  | 'review.bundle'
  | 'review.bundleFile'
  | 'review.merge'
  | 'review.liaisons'
  | 'review.setLiaisons'
  | 'inventory.catalog'
  | 'inventory.calendar'
  | 'inventory.progress'
  | 'inventory.export'
  | 'inventory.file'
  | 'inventory.plan'
  | 'inventory.downloads';

const mediaTypes = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Today in UTC as YYYY-MM-DD. */
function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Handlers of review, approval and the inventory. */
export const reviewHandlers: HandlerMap<ReviewRequest> = {
  'review.state': ({ dataset }, { workspace }) => reviewState(workspace, dataset),
  'review.setStatus': (params, { workspace }) => setStatus(workspace, params),
  'review.comment': (params, { workspace }) => addComment(workspace, params),
  'review.comments': ({ dataset, includeResolved }, { workspace }) =>
    listThreads(workspace, dataset, { includeResolved }),
  'review.resolve': ({ dataset, threadId }, { workspace }) => {
    resolveThread(workspace, dataset, threadId);
    return { resolved: threadId };
  },
  'review.changes': ({ dataset, since }, { workspace }) => changesSince(workspace, dataset, since),
  'review.log': (query, { workspace }) => readAuditLog(workspace, query),
  'review.logCsv': (query, { workspace }) => {
    const lines = readAuditLog(workspace, query);
    return { csv: auditLogCsv(lines), lines: lines.length };
  },
  'review.bundle': ({ dataset, out }, { workspace }) =>
    writeReviewBundle(workspace, dataset, path.resolve(out)),
  'review.bundleFile': ({ dataset }, { workspace }) => {
    const { name, bytes, rows } = reviewBundleBytes(workspace, dataset);
    return { name, mediaType: 'application/vnd.sqlite3', base64: bytes.toString('base64'), rows };
  },
  'review.merge': ({ file }, { workspace }) => mergeReviewBundle(workspace, path.resolve(file)),
  'review.liaisons': (_params, { workspace }) => ({
    liaisons: readSetting<string[]>(workspace, LIAISONS_SETTING) ?? [],
  }),
  'review.setLiaisons': ({ liaisons }, { workspace }) => {
    transaction(workspace.db, () => {
      writeSetting(workspace, LIAISONS_SETTING, liaisons);
      recordAudit(workspace, { action: 'review.liaisons', detail: { count: liaisons.length } });
    });
    return { liaisons };
  },
  'inventory.catalog': ({ today }, { workspace }) =>
    buildCatalog(workspace, today ?? todayIso(), fichaFacts),
  'inventory.calendar': ({ year, today }, { workspace }) => {
    const day = today ?? todayIso();
    const target = year ?? Number(day.slice(0, 4));
    const entries = buildCatalog(workspace, day, fichaFacts);
    return { year: target, months: buildCalendar(entries, target, day) };
  },
  'inventory.progress': ({ today }, { workspace }) => {
    const day = today ?? todayIso();
    const entries = buildCatalog(workspace, day, fichaFacts);
    const progress = catalogProgress(entries);
    const { publisher } = readDefaults(workspace);
    const institution = publisher.acronym || publisher.name;
    return { progress, html: progressReportHtml(institution, day, progress, entries) };
  },
  'inventory.export': ({ out }, { workspace }) => {
    const file = path.resolve(out);
    return { file, ...writeInventory(file, inventorySources(workspace, todayIso())) };
  },
  'inventory.file': ({ part, format, today }, { workspace }) => {
    const sources = inventorySources(workspace, today ?? todayIso());
    const bytes = part === 'plan' ? planBytes(format, sources) : inventoryBytes(format, sources);
    const name = `${part === 'plan' ? 'plan-y-calendario' : 'inventario'}.${format}`;
    return {
      name,
      mediaType: mediaTypes[format],
      base64: bytes.toString('base64'),
      rows: sources.length,
    };
  },
  'inventory.plan': (input, { workspace }) => {
    const planned = addPlannedDataset(workspace, input);
    return { id: planned.id, title: planned.title };
  },
  'inventory.downloads': ({ file }, { workspace }) =>
    attachDownloads(workspace, path.resolve(file)),
};
