import path from 'node:path';
import { errorData } from '../../shared/errors';
import type { FichaErrorData } from '../../shared/result';
import type { UploadStore } from './uploads';
import { uploadPrefix } from './uploads';

/** Parameter names that carry a path on the machine running the host. */
export const pathKeys = ['file', 'path', 'out', 'output', 'dir', 'folder', 'source', 'target'];

/**
 * Replaces upload references in a request's parameters with the uploaded
 * files' paths and refuses any other path not under an allowed directory:
 * over HTTP the browser names files only by what it uploaded.
 */
export function resolvePathParams(
  name: string,
  params: unknown,
  uploads: UploadStore,
  allowedDirs: string[],
): { params: unknown; uploaded: string[] } | { error: FichaErrorData } {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    return { params, uploaded: [] };
  }

  const resolved: Record<string, unknown> = { ...(params as Record<string, unknown>) };
  const uploaded: string[] = [];
  for (const key of pathKeys) {
    const value = resolved[key];
    if (typeof value !== 'string') continue;

    const local = value.startsWith(uploadPrefix)
      ? uploads.resolve(value)
      : allowedPath(value, allowedDirs);
    if (!local) {
      const reason = `${key}: only files uploaded to this host can be used over HTTP`;
      return { error: errorData('REQUEST_INVALID', { request: name, reason }) };
    }
    if (value.startsWith(uploadPrefix)) uploaded.push(local);
    resolved[key] = local;
  }
  return { params: resolved, uploaded };
}

function allowedPath(value: string, allowedDirs: string[]): string | null {
  if (!path.isAbsolute(value)) return null;
  const target = path.resolve(value);
  const inside = allowedDirs.some((dir) => {
    const base = path.resolve(dir);
    return target.startsWith(base + path.sep);
  });
  return inside ? target : null;
}
