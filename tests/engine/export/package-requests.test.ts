import { createHash } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/engine/dispatch';
import type { HandlerContext } from '../../../electron/engine/handlers/context';
import { packagesFolder } from '../../../electron/engine/handlers/package';
import { silentLogger } from '../../../electron/engine/logger';
import { getFicha } from '../../../electron/engine/metadata/ficha-store';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import type { ExportResult, Serialization } from '../../../shared/api/export';
import type { ExportedSerialization, ExportZip } from '../../../shared/api/package';
import type { Result } from '../../../shared/result';
import { addEmissions, tempWorkspace } from './helpers';
import { readZip } from './zip-reader';

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

function attempt(name: string, params: unknown): Promise<Result<unknown>> {
  return dispatch(name, params, context());
}

async function call<T>(name: string, params: unknown): Promise<T> {
  const result = await attempt(name, params);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code}`);
  return result.value as T;
}

function lastTurtle() {
  return call<ExportedSerialization | null>('export.lastSerialization', {
    dataset: 'emisiones',
    format: 'turtle',
  });
}

beforeEach(() => {
  ({ workspace, out, cleanup } = tempWorkspace());
  addEmissions(workspace);
});

afterEach(() => cleanup());

describe('the requests behind the Vista DCAT and Exportar tabs', () => {
  it('previews a draft ficha without saving it', async () => {
    const draft = { ...getFicha(workspace, 'emisiones').ficha, title: 'Emisiones en borrador' };
    const preview = await call<Serialization>('export.preview', {
      dataset: 'emisiones',
      format: 'jsonld',
      ficha: draft,
    });
    const stored = await call<Serialization>('export.preview', {
      dataset: 'emisiones',
      format: 'jsonld',
    });

    expect(preview.mediaType).toBe('application/ld+json');
    expect(preview.text).toContain('Emisiones en borrador');
    expect(stored.text).not.toContain('Emisiones en borrador');
    expect(getFicha(workspace, 'emisiones').ficha.title).not.toBe('Emisiones en borrador');
  });

  it('previews the stored ficha exactly as export.serialize prints it', async () => {
    await call('export.run', { dataset: 'emisiones', out });
    for (const format of ['jsonld', 'turtle', 'datajson', 'datapackage', 'ckan']) {
      const params = { dataset: 'emisiones', format };
      const preview = await call<Serialization>('export.preview', params);
      const printed = await call<Serialization>('export.serialize', params);
      expect(preview).toEqual(printed);
    }
  });

  it('has no last serialization before the first export, nor for the CKAN payload', async () => {
    expect(await lastTurtle()).toBeNull();
    await call('export.run', { dataset: 'emisiones', out });
    const ckan = await call('export.lastSerialization', { dataset: 'emisiones', format: 'ckan' });
    expect(ckan).toBeNull();
  });

  it('returns the Turtle the last export wrote, which matches the current record', async () => {
    const result = await call<ExportResult>('export.run', { dataset: 'emisiones', out });
    const last = await lastTurtle();
    const current = await call<Serialization>('export.preview', {
      dataset: 'emisiones',
      format: 'turtle',
    });

    expect(last).toMatchObject({ exportId: result.exportId, file: 'dcat.ttl', draft: false });
    expect(last!.text).toBe(current.text);
  });

  it('reads the file from the zip when the package folder is gone', async () => {
    const result = await call<ExportResult>('export.run', { dataset: 'emisiones', out, zip: true });
    const before = await lastTurtle();
    rmSync(result.folder, { recursive: true });

    expect((await lastTurtle())!.text).toBe(before!.text);
  });

  it('refuses a package file edited after the export', async () => {
    const result = await call<ExportResult>('export.run', { dataset: 'emisiones', out });
    writeFileSync(path.join(result.folder, 'dcat.ttl'), '# edited\n');
    const answer = await attempt('export.lastSerialization', {
      dataset: 'emisiones',
      format: 'turtle',
    });

    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.code).toBe('FILE_UNREADABLE');
  });

  it('exports into the packages folder beside the workspace and hands back its zip', async () => {
    const result = await call<ExportResult>('export.package', { dataset: 'emisiones' });
    const zip = await call<ExportZip>('export.zip', {
      dataset: 'emisiones',
      exportId: result.exportId,
    });
    const bytes = Buffer.from(zip.base64, 'base64');

    expect(result.folder.startsWith(packagesFolder(workspace.path) + path.sep)).toBe(true);
    expect(path.basename(packagesFolder('/datos/inventario.ficha'))).toBe('inventario-paquetes');
    expect(existsSync(result.zipPath!)).toBe(true);
    expect(zip.name).toBe(path.basename(result.zipPath!));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(result.zip!.sha256);
    expect(bytes.length).toBe(zip.bytes);
    const names = (await readZip(result.zipPath!)).map((entry) => path.basename(entry.name));
    expect(names).toContain('SHA256SUMS');
  });

  it('refuses a zip that changed after the export, and an export without a zip', async () => {
    const zipped = await call<ExportResult>('export.package', { dataset: 'emisiones' });
    const plain = await call<ExportResult>('export.run', { dataset: 'emisiones', out });
    writeFileSync(zipped.zipPath!, 'not the zip');

    const changed = await attempt('export.zip', {
      dataset: 'emisiones',
      exportId: zipped.exportId,
    });
    const missing = await attempt('export.zip', { dataset: 'emisiones', exportId: plain.exportId });

    expect(changed.ok ? '' : changed.error.code).toBe('FILE_UNREADABLE');
    expect(missing.ok ? '' : missing.error.code).toBe('FILE_NOT_FOUND');
  });
});
