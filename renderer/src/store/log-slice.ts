import type { AuditKind } from '../../../shared/review/audit-kinds';
import type { AuditLine } from '../../../shared/review/types';
import { safeCall } from '../api/client';
import type { SliceContext } from './types';

/** The audit log's filters; an empty string shows everything. */
export interface LogFilter {
  dataset: string;
  person: string;
  kind: AuditKind | '';
}

/** How many lines the view reads at once, newest first. */
export const LOG_PAGE = 500;

/** The workspace's audit log as the interface shows it: who did what and when. */
export interface LogSlice {
  logLines: AuditLine[];
  logFilter: LogFilter;
  /** Everyone seen in the log so far, for the person filter. */
  logPeople: string[];
  /** True when the log may hold older lines than those read. */
  logHasMore: boolean;
  /** The filtered log as CSV, ready to download. */
  logCsv: string | null;
  loadLog(): Promise<void>;
  loadMoreLog(): Promise<void>;
  setLogFilter(change: Partial<LogFilter>): Promise<void>;
  prepareLogCsv(): Promise<boolean>;
}

/** The request's filters from the view's: empty ones are left out. */
function logQuery(filter: LogFilter) {
  return {
    ...(filter.dataset ? { dataset: filter.dataset } : {}),
    ...(filter.person ? { person: filter.person } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
  };
}

/** Creates the audit log slice. */
export function createLogSlice({ set, get, client }: SliceContext): LogSlice {
  // Reads a page; the answer is dropped when the filters changed meanwhile.
  async function read(offset: number) {
    const filter = get().logFilter;
    const result = await safeCall(client, 'review.log', {
      ...logQuery(filter),
      limit: LOG_PAGE,
      offset,
    });
    if (get().logFilter !== filter) return;
    if (!result.ok) return get().showError(result.error);

    const lines = offset === 0 ? result.value : [...get().logLines, ...result.value];
    const people = new Set([...get().logPeople, ...result.value.map((line) => line.actor.name)]);
    set({
      logLines: lines,
      logHasMore: result.value.length === LOG_PAGE,
      logPeople: [...people].filter(Boolean).sort((a, b) => a.localeCompare(b, 'es')),
    });
  }

  return {
    logLines: [],
    logFilter: { dataset: '', person: '', kind: '' },
    logPeople: [],
    logHasMore: false,
    logCsv: null,

    loadLog: () => read(0),

    loadMoreLog: () => read(get().logLines.length),

    async setLogFilter(change) {
      set({ logFilter: { ...get().logFilter, ...change }, logCsv: null });
      await read(0);
    },

    async prepareLogCsv() {
      const filter = get().logFilter;
      const result = await safeCall(client, 'review.logCsv', logQuery(filter));
      if (!result.ok) {
        get().showError(result.error);
        return false;
      }
      if (get().logFilter === filter) set({ logCsv: result.value.csv });
      return true;
    },
  };
}
