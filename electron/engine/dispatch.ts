import { api, isRequestName } from '../../shared/api';
import type { RequestName, ResultOf } from '../../shared/api';
import { errorData, isFichaError } from '../../shared/errors';
import type { Result } from '../../shared/result';
import type { HandlerContext } from './handlers/context';
import { handlers } from './handlers';
import { holderLabel } from './workspace/lock';

/** Options of one dispatch: whether the face refuses writes. */
export interface DispatchOptions {
  readOnly?: boolean;
}

/**
 * Runs one request through the handler table: checks the name, validates
 * the parameters against the contract, refuses writes on a read-only face,
 * and turns expected failures into data. Bugs are logged with their stack
 * and returned as UNEXPECTED, never as an SQLite or JavaScript message.
 */
export async function dispatch(
  name: string,
  rawParams: unknown,
  context: HandlerContext,
  options: DispatchOptions = {},
): Promise<Result<unknown>> {
  if (!isRequestName(name)) {
    return { ok: false, error: errorData('REQUEST_UNKNOWN', { request: name }) };
  }

  const spec = api[name];
  const parsed = spec.params.safeParse(rawParams ?? {});
  if (!parsed.success) {
    const reason = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'params'}: ${issue.message}`)
      .join('; ');
    return { ok: false, error: errorData('REQUEST_INVALID', { request: name, reason }) };
  }

  if (spec.writes === true && (options.readOnly || context.workspace.readOnly)) {
    return { ok: false, error: errorData('WORKSPACE_READ_ONLY') };
  }

  // An editor whose lock someone took over (after a warning naming them) writes no more.
  const taker = spec.writes === false ? null : (context.workspace.lockTakenBy?.() ?? null);
  if (taker) {
    const detail = { file: context.workspace.path, holder: holderLabel(taker), since: taker.since };
    return { ok: false, error: errorData('LOCK_TAKEN_OVER', detail) };
  }

  return run(name, parsed.data, context);
}

async function run<K extends RequestName>(
  name: K,
  params: unknown,
  context: HandlerContext,
): Promise<Result<ResultOf<K>>> {
  try {
    const handler = handlers[name] as unknown as (
      p: unknown,
      c: HandlerContext,
    ) => Promise<ResultOf<K>> | ResultOf<K>;
    return { ok: true, value: await handler(params, context) };
  } catch (error) {
    if (isFichaError(error)) return { ok: false, error: error.data };
    context.logger.error(`[dispatch] request ${name} failed unexpectedly`, error);
    return { ok: false, error: errorData('UNEXPECTED') };
  }
}
