import type { Command } from '../command';
import { exportCommand } from './export';
import { catalogCommand } from './catalog';
import { dcatCommand } from './dcat';
import { whoamiCommand } from './whoami';
import { liaisonsCommand } from './liaisons';
import { applyCommand } from './apply';
import { historyCommand } from './history';
import { undoCommand } from './undo';
import { redoCommand } from './redo';
import { recipeCommand } from './recipe';
import { updateCommand } from './update';
import { facetsCommand } from './facets';
import { clustersCommand } from './clusters';
import { promoteCommand } from './promote';
import { promotionsCommand } from './promotions';
import { blackoutCommand } from './blackout';
import { statusCommand } from './status';
import { commentCommand } from './comment';
import { commentsCommand } from './comments';
import { logCommand } from './log';
import { inventoryCommand } from './inventory';
import { planCommand } from './plan';
import { calendarCommand } from './calendar';
import { progressCommand } from './progress';
import { downloadsCommand } from './downloads';
import { bundleCommand } from './bundle';
import { mergeReviewCommand } from './merge-review';
import { datasetsCommand } from './datasets';
import { deleteCommand } from './delete';
import { originalCommand } from './original';
import { describeCommand } from './describe';
import { initCommand } from './init';
import { rowsCommand } from './rows';
import { serveCommand } from './serve';
import { metaCommand } from './meta';
import { dictionaryCommand } from './dictionary';
import { keywordsCommand } from './keywords';
import { validateCommand } from './validate';
import { defaultsCommand } from './defaults';
import { inspectCommand } from './inspect';
import { importCommand } from './import';

/**
 * The commands of `ficha`, in the order `ficha --help` lists them. Each
 * lives in its own file; add one line here for a new command (and its
 * section in docs/cli.md: a test checks both).
 */
export const commands: readonly Command[] = [
  initCommand,
  inspectCommand,
  importCommand,
  datasetsCommand,
  describeCommand,
  rowsCommand,
  deleteCommand,
  originalCommand,
  statusCommand,
  commentCommand,
  commentsCommand,
  logCommand,
  inventoryCommand,
  planCommand,
  calendarCommand,
  progressCommand,
  downloadsCommand,
  bundleCommand,
  mergeReviewCommand,
  liaisonsCommand,
  whoamiCommand,
  serveCommand,
  metaCommand,
  dictionaryCommand,
  keywordsCommand,
  validateCommand,
  defaultsCommand,
  promoteCommand,
  promotionsCommand,
  blackoutCommand,
  applyCommand,
  historyCommand,
  undoCommand,
  redoCommand,
  recipeCommand,
  updateCommand,
  facetsCommand,
  clustersCommand,
  exportCommand,
  dcatCommand,
  catalogCommand,
];
