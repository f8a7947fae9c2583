import type { Workspace } from '../workspace/workspace';

/**
 * What measuring a table's facts needs of a workspace: a connection to read
 * and a logger. The workspace's own handle is one; a read-only connection
 * of a helper thread (the export measures the facts beside the CSV) is
 * another.
 */
export type FactSource = Pick<Workspace, 'db' | 'logger'>;
