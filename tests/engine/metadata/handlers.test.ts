import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/engine/dispatch';
import type { HandlerContext } from '../../../electron/engine/handlers/context';
import { silentLogger } from '../../../electron/engine/logger';
import { openWorkspace } from '../../../electron/engine/workspace/open-workspace';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import type { FichaRecord } from '../../../shared/api/metadata';
import type { Vocabularies } from '../../../shared/vocabularies';
import { addDataset, tempWorkspace } from './helpers';

let workspace: Workspace;
let cleanup: () => void;

function context(ws: Workspace): HandlerContext {
  return {
    workspace: ws,
    actor: ws.actor,
    logger: silentLogger,
    signal: new AbortController().signal,
    progress: () => {},
  };
}

beforeEach(() => {
  ({ workspace, cleanup } = tempWorkspace());
  addDataset(workspace, 'residuos', [{ name: 'anio', label: 'Año', type: 'integer' }], [[2020]]);
});

afterEach(() => cleanup());

describe('metadata requests through the dispatcher', () => {
  it('validates a whole ficha at the boundary and names the bad field', async () => {
    const result = await dispatch(
      'metadata.set',
      { dataset: 'residuos', ficha: { title: 'Residuos', updateMonths: [13] } },
      context(workspace),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('REQUEST_INVALID');
      expect(result.error.message.en).toContain('ficha.updateMonths.0');
    }
  });

  it('saves a ficha, audits it and reads it back', async () => {
    const saved = await dispatch(
      'metadata.set',
      {
        dataset: 'residuos',
        ficha: { title: 'Residuos peligrosos por año', keywords: ['residuos'] },
      },
      context(workspace),
    );
    expect(saved.ok).toBe(true);
    const read = await dispatch('metadata.get', { dataset: 'residuos' }, context(workspace));
    expect(read.ok && (read.value as FichaRecord).ficha.keywords).toEqual(['residuos']);

    const audit = workspace.db
      .prepare("SELECT detail FROM audit_log WHERE action = 'metadata.set'")
      .pluck()
      .get() as string;
    expect(JSON.parse(audit).fields).toEqual(['*']);
  });

  it('refuses writes on a read-only workspace but still validates and lists vocabularies', async () => {
    const reader = openWorkspace(workspace.path, { readOnly: true, logger: silentLogger });
    try {
      const write = await dispatch(
        'metadata.setFields',
        { dataset: 'residuos', fields: [{ field: 'title', value: 'x' }] },
        context(reader),
      );
      expect(write.ok).toBe(false);

      const report = await dispatch('validation.run', { dataset: 'residuos' }, context(reader));
      expect(report.ok).toBe(true);
      const lists = await dispatch('vocabularies.list', {}, context(reader));
      expect(lists.ok && (lists.value as Vocabularies).periodicities.length).toBe(16);
    } finally {
      reader.close();
    }
  });

  it('reports an unknown dataset as DATASET_NOT_FOUND', async () => {
    const result = await dispatch('keywords.suggest', { dataset: 'nada' }, context(workspace));
    expect(!result.ok && result.error.code).toBe('DATASET_NOT_FOUND');
  });
});
