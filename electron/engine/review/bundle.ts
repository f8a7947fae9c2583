import { existsSync } from 'node:fs';
import { FichaError } from '../../../shared/errors';
import { quoteIdent, quoteLiteral } from '../db/quote';
import { transaction } from '../db/transaction';
import { recordAudit } from '../workspace/audit';
import { createWorkspace } from '../workspace/create-workspace';
import { openWorkspace } from '../workspace/open-workspace';
import { writeSetting } from '../workspace/settings';
import type { Workspace } from '../workspace/workspace';
import { mergeComment } from './comments';
import type { CommentRow } from './comments';
import { reviewedDataset } from './dataset-ref';
import { keepRefusedStatus } from './merge-pending';
import type { MergeReport } from './merge-pending';
import { applyStatus, checkMove } from './status';
import type { StatusRow } from './status';
import { isDatasetStatus } from '../../../shared/review/status';
import type { ReviewRole } from '../../../shared/review/status';

/** The setting that marks a workspace as a review copy of one dataset. */
export const BUNDLE_SETTING = 'review.bundle';

/** Tables whose rows belong to one dataset, found by their dataset_id column. */
function datasetTables(workspace: Workspace): string[] {
  const tables = workspace.db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return tables.filter((table) => {
    const columns = workspace.db.prepare(`PRAGMA table_info(${quoteIdent(table)})`).all() as {
      name: string;
    }[];
    return columns.some((column) => column.name === 'dataset_id');
  });
}

/**
 * Writes a review bundle: a new workspace holding one dataset (its table,
 * columns, ficha, comments and status history, but not the original file's
 * bytes), for a reviewer outside the shared folder. Their comments and
 * decisions come back with `mergeReviewBundle`.
 */
export function writeReviewBundle(
  workspace: Workspace,
  datasetName: string,
  out: string,
  /** How the audit log names where the bundle went (a download has no lasting path). */
  destination = out,
): { file: string; rows: number } {
  const dataset = reviewedDataset(workspace, datasetName);
  if (existsSync(out)) throw new FichaError('WORKSPACE_EXISTS', { file: out });
  const tableName = workspace.db
    .prepare('SELECT table_name FROM datasets WHERE id = ?')
    .pluck()
    .get(dataset.id) as string;
  const perDataset = datasetTables(workspace);

  const bundle = createWorkspace(out, { actor: workspace.actor, logger: workspace.logger });
  try {
    bundle.db.exec(`ATTACH DATABASE ${quoteLiteral(workspace.path)} AS origin`);
    // The dataset row names its source file, which the bundle leaves out; the key is
    // cleared right after, so keys are checked once the copy is whole (not inside it).
    bundle.db.pragma('foreign_keys = OFF');
    transaction(bundle.db, () => {
      bundle.db.exec(
        `CREATE TABLE main.${quoteIdent(tableName)} AS SELECT * FROM origin.${quoteIdent(tableName)}`,
      );
      bundle.db
        .prepare('INSERT INTO main.datasets SELECT * FROM origin.datasets WHERE id = ?')
        .run(dataset.id);
      bundle.db.prepare('UPDATE main.datasets SET source_id = NULL WHERE id = ?').run(dataset.id);
      for (const table of perDataset) {
        if (table === 'datasets') continue;
        const exists = bundle.db
          .prepare("SELECT 1 FROM main.sqlite_schema WHERE type = 'table' AND name = ?")
          .get(table);
        if (!exists) continue;
        bundle.db
          .prepare(
            `INSERT OR IGNORE INTO main.${quoteIdent(table)} SELECT * FROM origin.${quoteIdent(table)} WHERE dataset_id = ?`,
          )
          .run(dataset.id);
      }
      writeSetting(bundle, BUNDLE_SETTING, {
        dataset: dataset.name,
        from: workspace.path,
        at: new Date().toISOString(),
      });
      recordAudit(bundle, {
        action: 'review.bundle',
        datasetId: dataset.id,
        detail: { from: workspace.path },
      });
    });
    bundle.db.exec('DETACH DATABASE origin');
    bundle.db.pragma('foreign_keys = ON');
    const broken = bundle.db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new Error(`review bundle: ${broken.length} rows lost their keys`);
  } finally {
    bundle.close();
  }

  if (!workspace.readOnly) {
    transaction(workspace.db, () =>
      recordAudit(workspace, {
        action: 'review.bundle',
        datasetId: dataset.id,
        detail: { out: destination },
      }),
    );
  }
  return { file: out, rows: dataset.rows };
}

/**
 * Brings a reviewer's comments, resolutions and status changes from a
 * review bundle into the workspace. Running it twice adds nothing twice.
 */
export function mergeReviewBundle(
  workspace: Workspace,
  file: string,
): MergeReport & { dataset: string } {
  const bundle = openWorkspace(file, {
    readOnly: true,
    actor: workspace.actor,
    logger: workspace.logger,
  });
  const report: MergeReport = { comments: 0, resolutions: 0, statusChanges: 0, refused: 0 };
  try {
    const marker = bundle.db
      .prepare('SELECT value FROM settings WHERE key = ?')
      .pluck()
      .get(BUNDLE_SETTING) as string | undefined;
    if (!marker) throw new FichaError('WORKSPACE_NOT_FICHA', { file });
    const datasetName = (JSON.parse(marker) as { dataset: string }).dataset;
    const dataset = reviewedDataset(workspace, datasetName);

    const comments = bundle.db
      .prepare('SELECT * FROM comments WHERE dataset_id = ?')
      .all(dataset.id) as CommentRow[];
    const events = bundle.db
      .prepare('SELECT * FROM status_events WHERE dataset_id = ? ORDER BY at, rowid')
      .all(dataset.id) as (StatusRow & { snapshot: string | null })[];

    transaction(workspace.db, () => {
      for (const comment of comments) {
        const known = workspace.db
          .prepare('SELECT resolved_at FROM comments WHERE id = ?')
          .get(comment.id) as { resolved_at: string | null } | undefined;
        if (!known) {
          mergeComment(workspace, comment);
          report.comments += 1;
        } else if (!known.resolved_at && comment.resolved_at) {
          workspace.db
            .prepare('UPDATE comments SET resolved_at = ?, resolved_by = ? WHERE id = ?')
            .run(comment.resolved_at, comment.resolved_by, comment.id);
          report.resolutions += 1;
        }
      }
      for (const event of events) mergeBundleStatus(workspace, event, report);
      recordAudit(workspace, {
        action: 'review.merge',
        datasetId: dataset.id,
        detail: { file, ...report },
      });
    });
    return { ...report, dataset: dataset.name };
  } finally {
    bundle.close();
  }
}

function mergeBundleStatus(workspace: Workspace, event: StatusRow, report: MergeReport): void {
  const known = workspace.db.prepare('SELECT 1 FROM status_events WHERE id = ?').get(event.id);
  if (known || !isDatasetStatus(event.to_status)) return;
  const dataset = reviewedDataset(workspace, event.dataset_id);
  const role: ReviewRole = event.to_status === 'publicado' ? 'liaison' : 'reviewer';
  if (dataset.status !== event.from_status || !fitsMove(dataset, event, role)) {
    keepRefusedStatus(workspace, dataset.id, dataset.status, {
      from: event.from_status,
      to: event.to_status,
      at: event.at,
      actorName: event.actor_name,
      actorEmail: event.actor_email,
      note: event.note,
    });
    report.refused += 1;
    return;
  }
  applyStatus(workspace, dataset, event, workspace.actor.name);
  report.statusChanges += 1;
}

function fitsMove(
  dataset: ReturnType<typeof reviewedDataset>,
  event: StatusRow,
  role: ReviewRole,
): boolean {
  try {
    checkMove(dataset, event.to_status, role, event.portal_url);
    return true;
  } catch {
    return false;
  }
}
