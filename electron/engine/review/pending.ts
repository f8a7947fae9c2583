import { randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger';

/**
 * Review events written by someone who opened the workspace read-only while
 * another person edits it. SQLite's locking is not to be trusted on network
 * folders, so a reader never writes the workspace: each event goes into its
 * own small file in `<workspace>.review/`, written whole and renamed into
 * place, and the editor merges them on the next open. Events carry their
 * own ids, so merging twice changes nothing.
 */
export type PendingEvent =
  | {
      kind: 'comment';
      id: string;
      datasetId: string;
      threadId: string;
      targetKind: string;
      target: string;
      authorName: string;
      authorEmail: string;
      at: string;
      text: string;
    }
  | { kind: 'resolve'; id: string; threadId: string; at: string; by: string }
  | {
      kind: 'status';
      id: string;
      datasetId: string;
      from: string;
      to: string;
      at: string;
      actorName: string;
      actorEmail: string;
      note: string;
      portalUrl: string;
      role: string;
    };

/** The folder beside a workspace where pending events wait. */
export function pendingDir(workspacePath: string): string {
  return `${workspacePath}.review`;
}

/** Writes one event beside the workspace, atomically. */
export function writePendingEvent(workspacePath: string, event: PendingEvent): void {
  const dir = pendingDir(workspacePath);
  mkdirSync(dir, { recursive: true });
  const name = `${event.at.replace(/[:.]/g, '-')}-${event.id}.json`;
  const temp = path.join(dir, `.${name}.${randomUUID()}.tmp`);
  writeFileSync(temp, JSON.stringify(event, null, 2));
  renameSync(temp, path.join(dir, name));
}

/** The events waiting beside a workspace, oldest first; unreadable ones are skipped. */
export function readPendingEvents(
  workspacePath: string,
  logger?: Logger,
): { file: string; event: PendingEvent }[] {
  const dir = pendingDir(workspacePath);
  if (!existsSync(dir)) return [];

  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
    .sort();
  const events: { file: string; event: PendingEvent }[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    try {
      events.push({ file, event: JSON.parse(readFileSync(file, 'utf8')) as PendingEvent });
    } catch (error) {
      logger?.warn('[review] skipped an unreadable pending review file', {
        file: name,
        error: String(error),
      });
    }
  }
  return events;
}

/** Removes event files once their content is safely in the workspace. */
export function removePendingFiles(files: string[]): void {
  for (const file of files) rmSync(file, { force: true });
}
