import type { Progress } from '../../../shared/import';
import type { Logger } from '../logger';
import type { Workspace } from '../workspace/workspace';

/** The person a change is stamped with. */
export interface Actor {
  name: string;
  email: string;
  area?: string;
}

/**
 * What a handler receives besides its parameters: the open workspace, who
 * is acting, a logger, and for long work a signal to stop and a way to
 * report progress.
 */
export interface HandlerContext {
  workspace: Workspace;
  actor: Actor;
  logger: Logger;
  signal: AbortSignal;
  progress: (progress: Progress) => void;
  /**
   * Takes the edit lock over and reopens the workspace for editing; given
   * only by faces that may edit (never by a read-only web host).
   */
  takeOver?: (expectedSince?: string) => Workspace;
}
