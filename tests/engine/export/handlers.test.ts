import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/engine/dispatch';
import type { HandlerContext } from '../../../electron/engine/handlers/context';
import { silentLogger } from '../../../electron/engine/logger';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import type { ExportRecord, ExportResult, Serialization } from '../../../shared/api/export';
import { addEmissions, tempWorkspace } from './helpers';

let workspace: Workspace;
let out: string;
let cleanup: () => void;

function context(): HandlerContext {
  return {
    workspace,
    actor: workspace.actor,
    logger: silentLogger,
    signal: new AbortController().signal,
    progress: () => {},
  };
}

async function call<T>(name: string, params: unknown): Promise<T> {
  const result = await dispatch(name, params, context());
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code}`);
  return result.value as T;
}

beforeEach(() => {
  ({ workspace, out, cleanup } = tempWorkspace());
  addEmissions(workspace);
});

afterEach(() => cleanup());

describe('export requests through the dispatcher', () => {
  it('serializes the record with the distributions of the last export', async () => {
    const before = await call<Serialization>('export.serialize', {
      dataset: 'emisiones',
      format: 'turtle',
    });
    const result = await call<ExportResult>('export.run', { dataset: 'emisiones', out });
    const after = await call<Serialization>('export.serialize', {
      dataset: 'emisiones',
      format: 'turtle',
    });
    const csv = result.files.find((f) => f.name === 'emisiones.csv')!;

    expect(before.text).not.toContain('spdx:checksumValue');
    expect(after.mediaType).toBe('text/turtle');
    expect(after.text).toContain(`"${csv.sha256}"^^xsd:hexBinary`);
  });

  it('lists the exports of a dataset, newest first', async () => {
    await call('export.run', { dataset: 'emisiones', out });
    const second = await call<ExportResult>('export.run', { dataset: 'emisiones', out, zip: true });
    const history = await call<ExportRecord[]>('export.history', { dataset: 'emisiones' });

    expect(history.map((h) => h.id)).toEqual([second.exportId, second.exportId! - 1]);
    expect(history[0].zipSha256).toBe(second.zip!.sha256);
  });

  it('refuses an unknown format at the boundary', async () => {
    const result = await dispatch(
      'export.serialize',
      { dataset: 'emisiones', format: 'rdfxml' },
      context(),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('REQUEST_INVALID');
  });
});
