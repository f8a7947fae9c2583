import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FichaError } from '../../../shared/errors';
import { readAuditLog } from '../../../electron/engine/review/audit-log';
import { mergeReviewBundle, writeReviewBundle } from '../../../electron/engine/review/bundle';
import { changesSinceApproval } from '../../../electron/engine/review/changes';
import { addComment, listThreads, resolveThread } from '../../../electron/engine/review/comments';
import { mergePendingEvents } from '../../../electron/engine/review/merge-pending';
import { pendingDir } from '../../../electron/engine/review/pending';
import { reviewState, setStatus } from '../../../electron/engine/review/status';
import { openWorkspace } from '../../../electron/engine/workspace/open-workspace';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { addDataset, ana, lucia, raul, tempWorkspace } from './helpers';

const open: Workspace[] = [];
const dirs: string[] = [];

function setup() {
  const made = tempWorkspace();
  open.push(made.workspace);
  dirs.push(made.dir);
  addDataset(made.workspace);
  return made;
}

function reopen(file: string, actor = ana, readOnly = false): Workspace {
  const workspace = openWorkspace(file, { actor, readOnly });
  open.push(workspace);
  return workspace;
}

afterEach(() => {
  for (const workspace of open.splice(0)) workspace.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('comments', () => {
  it('keeps threads on a field, a column and a row, and resolves them', () => {
    const { workspace } = setup();
    const onField = addComment(workspace, {
      dataset: 'emisiones',
      text: 'El título es genérico',
      target: { kind: 'field', field: 'title' },
    });
    addComment(workspace, {
      dataset: 'emisiones',
      text: 'Unidades en Gg, ¿seguro?',
      target: { kind: 'column', column: 'co2_gg' },
    });
    addComment(workspace, { dataset: 'emisiones', text: 'Corregido', replyTo: onField.threadId });

    const threads = listThreads(workspace, 'emisiones');
    expect(threads).toHaveLength(2);
    expect(threads[0].target).toEqual({ kind: 'field', field: 'title' });
    expect(threads[0].comments.map((comment) => comment.text)).toEqual([
      'El título es genérico',
      'Corregido',
    ]);

    resolveThread(workspace, 'emisiones', onField.threadId);
    expect(listThreads(workspace, 'emisiones')).toHaveLength(1);
    expect(listThreads(workspace, 'emisiones', { includeResolved: true })).toHaveLength(2);
  });

  it('keeps a reader’s comment beside the workspace and merges it once when the editor opens it', () => {
    const { file, workspace } = setup();
    const reader = reopen(file, raul, true);
    addComment(reader, {
      dataset: 'emisiones',
      text: 'Falta la fuente',
      target: { kind: 'row', row: 2 },
    });

    expect(readdirSync(pendingDir(file)).filter((name) => name.endsWith('.json'))).toHaveLength(1);
    expect(listThreads(reader, 'emisiones')[0].comments[0]).toMatchObject({
      pending: true,
      text: 'Falta la fuente',
    });

    expect(mergePendingEvents(workspace)).toMatchObject({ comments: 1 });
    expect(mergePendingEvents(workspace)).toMatchObject({ comments: 0 });
    const threads = listThreads(workspace, 'emisiones');
    expect(threads).toHaveLength(1);
    expect(threads[0].comments[0]).toMatchObject({
      pending: false,
      author: { name: 'Raúl Revisor' },
    });
    const [line] = readAuditLog(workspace, { kind: 'review' });
    expect(line).toMatchObject({ action: 'review.comment', actor: { name: 'Raúl Revisor' } });
    expect(line.at).toBe(threads[0].comments[0].at);
    expect(line.detail.mergedBy).toBe(workspace.actor.name);
  });
});

describe('status', () => {
  it('lets the author ask for review, a reviewer approve and the liaison publish', () => {
    const { file, workspace } = setup();
    setStatus(workspace, { dataset: 'emisiones', to: 'en-revision' });
    workspace.close();

    const reviewer = reopen(file, raul);
    expect(reviewState(reviewer, 'emisiones')).toMatchObject({
      role: 'reviewer',
      next: ['aprobado', 'cambios-solicitados'],
    });
    setStatus(reviewer, { dataset: 'emisiones', to: 'aprobado', note: 'Listo' });
    reviewer.close();

    const liaison = reopen(file, lucia);
    expect(() =>
      setStatus(liaison, { dataset: 'emisiones', to: 'publicado', as: 'liaison' }),
    ).toThrow(/URL/);
    setStatus(liaison, {
      dataset: 'emisiones',
      to: 'publicado',
      as: 'liaison',
      portalUrl: 'https://datos.gob.mx/dataset/emisiones',
    });
    const state = reviewState(liaison, 'emisiones');
    expect(state.status).toBe('publicado');
    expect(state.portalUrl).toBe('https://datos.gob.mx/dataset/emisiones');
    expect(state.publishedAt).not.toBeNull();
    expect(state.history.map((event) => event.to)).toEqual([
      'en-revision',
      'aprobado',
      'publicado',
    ]);
  });

  it('refuses an author approving their own dataset with a message in both languages', () => {
    const { workspace } = setup();
    setStatus(workspace, { dataset: 'emisiones', to: 'en-revision' });
    try {
      setStatus(workspace, { dataset: 'emisiones', to: 'aprobado' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FichaError);
      expect((error as FichaError).data.code).toBe('STATUS_NOT_ALLOWED');
      expect((error as FichaError).data.message.es).toContain('En revisión');
      expect((error as FichaError).data.message.en).toContain('Approved');
    }
  });

  it('applies a reader’s approval when the editor next opens the workspace', () => {
    const { file, workspace } = setup();
    setStatus(workspace, { dataset: 'emisiones', to: 'en-revision' });
    const reader = reopen(file, raul, true);
    setStatus(reader, { dataset: 'emisiones', to: 'aprobado' });
    expect(reviewState(workspace, 'emisiones').status).toBe('en-revision');

    expect(mergePendingEvents(workspace)).toMatchObject({ statusChanges: 1, refused: 0 });
    expect(reviewState(workspace, 'emisiones').status).toBe('aprobado');
    const approvals = readAuditLog(workspace, { person: 'Raúl Revisor', kind: 'status' });
    expect(approvals).toHaveLength(1);
    expect(approvals[0].detail).toMatchObject({ to: 'aprobado', mergedBy: workspace.actor.name });
    expect(
      existsSync(pendingDir(file)) &&
        readdirSync(pendingDir(file)).some((f) => f.endsWith('.json')),
    ).toBe(false);
  });

  it('keeps an approval that no longer applies as a comment instead of losing it', () => {
    const { file, workspace } = setup();
    setStatus(workspace, { dataset: 'emisiones', to: 'en-revision' });
    const reader = reopen(file, raul, true);
    setStatus(reader, { dataset: 'emisiones', to: 'aprobado', note: 'Aprobado por Raúl' });
    setStatus(workspace, { dataset: 'emisiones', to: 'borrador' });

    expect(mergePendingEvents(workspace)).toMatchObject({ statusChanges: 0, refused: 1 });
    expect(reviewState(workspace, 'emisiones').status).toBe('borrador');
    const texts = listThreads(workspace, 'emisiones').flatMap((thread) =>
      thread.comments.map((c) => c.text),
    );
    expect(texts.join(' ')).toContain('Aprobado por Raúl');
  });
});

describe('changes since approval', () => {
  it('shows columns and rows that changed after the approval', () => {
    const { file, workspace } = setup();
    setStatus(workspace, { dataset: 'emisiones', to: 'en-revision' });
    workspace.close();
    const reviewer = reopen(file, raul);
    setStatus(reviewer, { dataset: 'emisiones', to: 'aprobado' });
    expect(changesSinceApproval(reviewer, 'emisiones').columns).toEqual({
      added: [],
      removed: [],
      retyped: [],
    });

    reviewer.db.prepare("UPDATE columns SET type = 'text' WHERE name = 'anio'").run();
    reviewer.db.prepare("UPDATE datasets SET row_count = 10 WHERE name = 'emisiones'").run();
    const report = changesSinceApproval(reviewer, 'emisiones');
    expect(report.since.kind).toBe('approval');
    expect(report.columns.retyped).toEqual([{ name: 'anio', before: 'integer', after: 'text' }]);
    expect(report.rows).toEqual({ before: 3, after: 10 });
  });
});

describe('review bundles', () => {
  it('carries one dataset out and brings the reviewer’s comments and approval back', () => {
    const { dir, workspace } = setup();
    addDataset(workspace, 'calidad_aire');
    setStatus(workspace, { dataset: 'emisiones', to: 'en-revision' });
    const bundleFile = path.join(dir, 'emisiones-revision.ficha');
    expect(writeReviewBundle(workspace, 'emisiones', bundleFile)).toMatchObject({ rows: 3 });

    const outside = reopen(bundleFile, raul);
    expect(outside.db.prepare('SELECT name FROM datasets').pluck().all()).toEqual(['emisiones']);
    addComment(outside, { dataset: 'emisiones', text: 'Revisar totales' });
    setStatus(outside, { dataset: 'emisiones', to: 'aprobado' });
    outside.close();

    expect(mergeReviewBundle(workspace, bundleFile)).toMatchObject({
      comments: 1,
      statusChanges: 1,
    });
    expect(mergeReviewBundle(workspace, bundleFile)).toMatchObject({
      comments: 0,
      statusChanges: 0,
    });
    expect(reviewState(workspace, 'emisiones').status).toBe('aprobado');
    const raulsLines = readAuditLog(workspace, { person: 'Raúl Revisor' });
    expect(raulsLines.map((line) => line.action).sort()).toEqual([
      'review.comment',
      'review.status',
    ]);
    expect(raulsLines.every((line) => line.detail.mergedBy === workspace.actor.name)).toBe(true);
  });
});

describe('audit log', () => {
  it('records who changed the status, newest first', () => {
    const { workspace } = setup();
    setStatus(workspace, { dataset: 'emisiones', to: 'en-revision' });
    const lines = readAuditLog(workspace, { dataset: 'emisiones' });
    expect(lines[0]).toMatchObject({
      action: 'review.status',
      dataset: 'emisiones',
      actor: { name: ana.name },
    });
  });
});
