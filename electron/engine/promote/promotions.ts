import { randomUUID } from 'node:crypto';
import { FichaError } from '../../../shared/errors';
import { blackoutOn } from '../../../shared/promote/periods';
import type { Blackout, Promotion } from '../../../shared/promote/types';
import { getDataset } from '../datasets/catalog';
import { transaction } from '../db/transaction';
import { recordAudit } from '../workspace/audit';
import type { Workspace } from '../workspace/workspace';

/** A promotion as a person records it. */
export interface NewPromotion {
  dataset: string;
  date: string;
  channel: string;
  link?: string;
  note?: string;
  /** The person confirmed promoting inside a restricted period. */
  confirmBlackout?: boolean;
}

interface PromotionRow {
  id: string;
  dataset: string;
  date: string;
  channel: string;
  link: string;
  note: string;
  actor_name: string;
  actor_email: string;
  in_blackout: number;
}

/**
 * Records a promotion. Inside a period of restricted communication it asks
 * for confirmation first (BLACKOUT_CONFIRM), and the report marks it.
 */
export function recordPromotion(workspace: Workspace, input: NewPromotion): Promotion {
  const dataset = getDataset(workspace, input.dataset);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) {
    throw new FichaError('OPTION_INVALID', { option: 'date', reason: 'use YYYY-MM-DD' });
  }
  const channel = input.channel.trim();
  if (!channel)
    throw new FichaError('OPTION_INVALID', {
      option: 'channel',
      reason: 'say where it was promoted',
    });

  const blackout = blackoutOn(input.date, listBlackouts(workspace));
  if (blackout && !input.confirmBlackout) {
    throw new FichaError('BLACKOUT_CONFIRM', {
      date: input.date,
      start: blackout.start,
      end: blackout.end,
      reason: blackout.reason || '—',
    });
  }

  const row = {
    id: randomUUID(),
    dataset_id: dataset.id,
    date: input.date,
    channel,
    link: input.link?.trim() ?? '',
    note: input.note?.trim() ?? '',
    actor_name: workspace.actor.name,
    actor_email: workspace.actor.email,
    in_blackout: blackout ? 1 : 0,
    recorded_at: new Date().toISOString(),
  };
  transaction(workspace.db, () => {
    workspace.db
      .prepare(
        'INSERT INTO promotions (id, dataset_id, date, channel, link, note, actor_name, actor_email, ' +
          'in_blackout, recorded_at) VALUES (@id, @dataset_id, @date, @channel, @link, @note, ' +
          '@actor_name, @actor_email, @in_blackout, @recorded_at)',
      )
      .run(row);
    recordAudit(workspace, {
      action: 'promote.record',
      datasetId: dataset.id,
      detail: { date: row.date, channel, inBlackout: Boolean(row.in_blackout) },
    });
  });
  return toPromotion({ ...row, dataset: dataset.name });
}

/** Every promotion, oldest first, optionally of one dataset. */
export function listPromotions(workspace: Workspace, dataset?: string): Promotion[] {
  const datasetId = dataset ? getDataset(workspace, dataset).id : null;
  const rows = workspace.db
    .prepare(
      'SELECT p.id, d.name AS dataset, p.date, p.channel, p.link, p.note, p.actor_name, ' +
        'p.actor_email, p.in_blackout FROM promotions p JOIN datasets d ON d.id = p.dataset_id ' +
        'WHERE @dataset IS NULL OR p.dataset_id = @dataset ORDER BY p.date, p.rowid',
    )
    .all({ dataset: datasetId }) as PromotionRow[];
  return rows.map(toPromotion);
}

/** Adds a period of restricted communication (an electoral blackout, say). */
export function addBlackout(workspace: Workspace, input: Omit<Blackout, 'id'>): Blackout {
  const pattern = /^\d{4}-\d{2}-\d{2}$/;
  if (!pattern.test(input.start) || !pattern.test(input.end) || input.start > input.end) {
    throw new FichaError('OPTION_INVALID', {
      option: 'blackout',
      reason: 'give START and END as YYYY-MM-DD, START first',
    });
  }
  const blackout: Blackout = { id: randomUUID(), ...input, reason: input.reason.trim() };
  transaction(workspace.db, () => {
    workspace.db
      .prepare('INSERT INTO blackouts (id, start, end, reason) VALUES (@id, @start, @end, @reason)')
      .run(blackout);
    recordAudit(workspace, {
      action: 'promote.blackout',
      detail: { start: blackout.start, end: blackout.end },
    });
  });
  return blackout;
}

/** Removes a period of restricted communication. */
export function removeBlackout(workspace: Workspace, id: string): void {
  transaction(workspace.db, () => {
    const result = workspace.db.prepare('DELETE FROM blackouts WHERE id = ?').run(id);
    if (result.changes === 0)
      throw new FichaError('OPTION_INVALID', { option: 'blackout', reason: `no period ${id}` });
    recordAudit(workspace, { action: 'promote.blackout-removed', detail: { id } });
  });
}

/** The periods of restricted communication, in date order. */
export function listBlackouts(workspace: Workspace): Blackout[] {
  return workspace.db
    .prepare('SELECT id, start, end, reason FROM blackouts ORDER BY start')
    .all() as Blackout[];
}

function toPromotion(row: PromotionRow): Promotion {
  return {
    id: row.id,
    dataset: row.dataset,
    date: row.date,
    channel: row.channel,
    link: row.link,
    note: row.note,
    actor: { name: row.actor_name, email: row.actor_email },
    inBlackout: row.in_blackout === 1,
  };
}
