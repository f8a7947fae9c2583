import type { JobEvent, RequestName } from '../../shared/api';
import type { Result } from '../../shared/result';
import type { Client } from '../../renderer/src/api/client';

type Answer = (params: Record<string, unknown>) => Result<unknown> | Promise<Result<unknown>>;

/** A client whose answers the test writes, recording every call it receives. */
export function fakeClient(answers: Partial<Record<RequestName, Answer>>) {
  const calls: { name: RequestName; params: Record<string, unknown> }[] = [];
  const listeners = new Set<(event: JobEvent) => void>();

  const client: Client = {
    async call(name, params) {
      calls.push({ name, params: params as Record<string, unknown> });
      const answer = answers[name];
      if (!answer) throw new Error(`no answer for ${name}`);
      return (await answer(params as Record<string, unknown>)) as never;
    },
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async resolveFile(file) {
      return { ok: true, value: `/uploads/${file.name}` };
    },
  };

  return {
    client,
    calls,
    emit: (event: JobEvent) => listeners.forEach((listener) => listener(event)),
  };
}

/** A memory storage standing in for localStorage. */
export function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

/** Waits until pending promises settle. */
export function settle() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
