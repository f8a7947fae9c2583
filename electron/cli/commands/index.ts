import type { Command } from '../command';
import { datasetsCommand } from './datasets';
import { deleteCommand } from './delete';
import { describeCommand } from './describe';
import { initCommand } from './init';
import { rowsCommand } from './rows';

/**
 * The commands of `ficha`, in the order `ficha --help` lists them. Each
 * lives in its own file; add one line here for a new command (and its
 * section in docs/cli.md: a test checks both).
 */
export const commands: readonly Command[] = [
  initCommand,
  datasetsCommand,
  describeCommand,
  rowsCommand,
  deleteCommand,
];
