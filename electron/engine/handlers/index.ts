import type { RequestName } from '../../../shared/api';
import type { HandlerMap } from './table';
import { exportHandlers } from './export';
import { importHandlers } from './import';
import { jobHandlers } from './jobs';
import { profileHandlers } from './profile';
import { promoteHandlers } from './promote';
import { reviewHandlers } from './review';
import { workspaceHandlers } from './workspace';
import { metadataHandlers } from './metadata';
import { operationHandlers } from './operations';
import { packageHandlers } from './package';

/**
 * The one handler table: every face (IPC, HTTP, CLI) dispatches through it.
 * The compiler checks that each request of the contract has a handler.
 */
export const handlers: HandlerMap<RequestName> = {
  ...workspaceHandlers,
  ...importHandlers,
  ...jobHandlers,
  ...reviewHandlers,
  ...promoteHandlers,
  ...profileHandlers,
  ...metadataHandlers,
  ...operationHandlers,
  ...exportHandlers,
  ...packageHandlers,
};
