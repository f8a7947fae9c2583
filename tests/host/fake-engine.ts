import type { JobEvent } from '../../shared/api';
import type { Result } from '../../shared/result';
import type { Engine } from '../../electron/engine/jobs/engine';
import { progressListeners } from '../../electron/engine/jobs/engine';

/** An engine that records calls and, for `import.run`, reports progress slowly. */
export function fakeEngine(): Engine & { calls: { name: string; params: unknown }[] } {
  const progress = progressListeners();
  const calls: { name: string; params: unknown }[] = [];
  return {
    calls,
    async call(name, params): Promise<Result<unknown>> {
      calls.push({ name, params });
      if (name === 'import.run') {
        const jobId = (params as { jobId: string }).jobId;
        for (let done = 1; done <= 3; done++) {
          await new Promise((resolve) => setTimeout(resolve, 30));
          const event: JobEvent = {
            jobId,
            progress: { phase: 'rows', done, total: 3, unit: 'rows' },
          };
          progress.emit(event);
        }
      }
      return { ok: true, value: { name } };
    },
    onProgress: (listener) => progress.add(listener),
    cancel: () => {},
    close: async () => {},
  };
}
