import type { ResourceLimits } from 'node:worker_threads';

/**
 * Limits of the threads that stream rows (the engine's thread, the import's
 * second reader). Reading a large file makes millions of short-lived cells
 * and rows; with Node's default young generation (16 MB semi-spaces, sized
 * for servers) the collector promotes and rescans many of them. A 96 MB
 * young generation (32 MB semi-spaces) cut the CPU time of a 1,000,000-row
 * CSV import by about a fifth on the benchmark machine, for some 60 MB more
 * memory while it runs.
 */
export const streamingThreadLimits: ResourceLimits = { maxYoungGenerationSizeMb: 96 };
