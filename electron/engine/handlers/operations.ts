import { columnClusters } from '../clustering/column-clusters';
import { columnFacet } from '../facets/column-facet';
import { previewStep } from '../operations/preview';
import { suggestSteps } from '../operations/suggest';
import { applySteps } from '../recipes/apply-steps';
import { goToPoint, listHistory, redoSteps, undoSteps } from '../recipes/history';
import { recipeOf } from '../recipes/recipe-file';
import { updateDataset } from '../recipes/update';
import type { HandlerMap } from './table';

type OperationRequest =
  | 'operations.apply'
  | 'operations.preview'
  | 'operations.suggest'
  | 'operations.history'
  | 'operations.undo'
  | 'operations.redo'
  | 'operations.goto'
  | 'operations.recipe'
  | 'operations.update'
  | 'operations.facet'
  | 'operations.clusters';

/** Handlers that clean datasets: steps, history, recipes, facets and clusters. */
export const operationHandlers: HandlerMap<OperationRequest> = {
  'operations.apply': ({ dataset, steps, group }, { workspace, actor, signal, progress }) =>
    applySteps(workspace, dataset, steps, { actor, signal, progress, group }),
  'operations.preview': ({ dataset, step, limit }, { workspace }) =>
    previewStep(workspace, dataset, step, limit),
  'operations.suggest': ({ dataset }, { workspace }) => suggestSteps(workspace, dataset),
  'operations.history': ({ dataset }, { workspace }) => listHistory(workspace, dataset),
  'operations.undo': ({ dataset, steps }, { workspace }) => undoSteps(workspace, dataset, steps),
  'operations.redo': ({ dataset, steps }, { workspace }) => redoSteps(workspace, dataset, steps),
  'operations.goto': ({ dataset, point }, { workspace }) => goToPoint(workspace, dataset, point),
  'operations.recipe': ({ dataset }, { workspace }) => recipeOf(workspace, dataset),
  'operations.update': ({ dataset, file, map }, { workspace, actor, signal, progress, logger }) =>
    updateDataset(workspace, dataset, file, { map, actor, signal, progress, logger }),
  'operations.facet': ({ dataset, column, search, limit, bins }, { workspace }) =>
    columnFacet(workspace, dataset, column, { search, limit, bins }),
  'operations.clusters': ({ dataset, column, method, radius, blockSize }, { workspace }) =>
    columnClusters(workspace, dataset, column, method, { radius, blockSize }),
};
