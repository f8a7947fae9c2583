import type { ImportOptions } from '../../../shared/import';
import { importFile } from '../import/pipeline/import-file';
import { inspectFile } from '../import/pipeline/inspect-file';
import type { HandlerMap } from './table';

/**
 * Handlers that read source files: `import.inspect` reports what an import
 * would do, `import.run` imports into the open workspace, reporting
 * progress and stopping when the job is cancelled.
 */
export const importHandlers: HandlerMap<'import.inspect' | 'import.run'> = {
  'import.inspect': ({ file, ...options }, { signal, logger, progress }) =>
    inspectFile(file, definedOptions(options), { signal, logger, progress }),
  'import.run': ({ file, jobId: _jobId, ...options }, { workspace, signal, logger, progress }) =>
    importFile(workspace, file, definedOptions(options), { signal, logger, progress }),
};

/** Drops options left undefined, so they do not override detection. */
function definedOptions(options: ImportOptions): ImportOptions {
  return Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as ImportOptions;
}
