import { z } from 'zod';
import type {
  ApplyResult,
  ClusterResult,
  ColumnFacet,
  HistoryView,
  RecipeFile,
  StepPreview,
  Suggestion,
  UpdateReport,
} from '../operations/results';
import { request } from './define';

const dataset = z.object({ dataset: z.string().min(1) });

/**
 * Steps travel as plain JSON: the engine validates each against its own
 * operation's schema, so errors name the step and the field.
 */
const rawStep = z.record(z.string(), z.unknown());

/** Requests that clean a dataset: operations, history, recipes, facets, clusters. */
export const operationRequests = {
  'operations.apply': request<ApplyResult>()({
    // `group`: the steps make one history entry, undone and redone at once.
    params: dataset.extend({
      steps: z.array(rawStep).min(1),
      jobId: z.string().optional(),
      group: z.boolean().optional(),
    }),
    writes: true,
    long: true,
  }),
  'operations.preview': request<StepPreview>()({
    params: dataset.extend({ step: rawStep, limit: z.number().int().min(1).max(200).default(20) }),
    writes: false,
  }),
  'operations.suggest': request<Suggestion[]>()({ params: dataset, writes: false }),
  'operations.history': request<HistoryView>()({ params: dataset, writes: false }),
  'operations.undo': request<HistoryView>()({
    params: dataset.extend({ steps: z.number().int().min(1).default(1) }),
    writes: true,
  }),
  'operations.redo': request<HistoryView>()({
    params: dataset.extend({ steps: z.number().int().min(1).default(1) }),
    writes: true,
  }),
  'operations.goto': request<HistoryView>()({
    params: dataset.extend({ point: z.number().int().min(0) }),
    writes: true,
  }),
  'operations.recipe': request<RecipeFile>()({ params: dataset, writes: false }),
  'operations.update': request<UpdateReport>()({
    params: dataset.extend({
      file: z.string().min(1),
      map: z.record(z.string(), z.string()).default({}),
      jobId: z.string().optional(),
    }),
    writes: true,
    long: true,
  }),
  'operations.facet': request<ColumnFacet>()({
    params: dataset.extend({
      column: z.string().min(1),
      search: z.string().optional(),
      limit: z.number().int().min(1).max(10_000).default(100),
      bins: z.number().int().min(1).max(200).default(10),
    }),
    writes: false,
  }),
  'operations.clusters': request<ClusterResult>()({
    params: dataset.extend({
      column: z.string().min(1),
      method: z
        .enum(['fingerprint', 'ngram-fingerprint', 'phonetic', 'levenshtein'])
        .default('fingerprint'),
      radius: z.number().int().min(1).max(10).default(1),
      blockSize: z.number().int().min(2).max(10).default(3),
    }),
    writes: false,
  }),
};
