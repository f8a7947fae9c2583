import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Actor } from '../handlers/context';
import type { Logger } from '../logger';
import { runRequest } from '../jobs/run-request';
import { createWorkspace } from '../workspace/create-workspace';
import { buildSampleCsv } from './sample-csv';
import { buildSampleWorkbook, sampleHeaderRows } from './sample-workbook';

/** What the sample workspace was made of. */
export interface SampleWorkspace {
  workspacePath: string;
  /** The source files written beside it, which a person can open and import again. */
  sources: string[];
  datasets: string[];
}

/**
 * Makes the sample workspace a newcomer opens on first run (and that
 * `npm run web` serves): writes the sample workbook and CSV into `folder`,
 * creates `ejemplo.ficha` there and imports both through the same request
 * the interface uses. Refuses to overwrite an existing workspace.
 */
export async function createSampleWorkspace(options: {
  folder: string;
  actor: Actor;
  logger: Logger;
  /** Rows of the long CSV dataset; 0 leaves it out. */
  csvRows?: number;
  name?: string;
}): Promise<SampleWorkspace> {
  const workspacePath = path.join(options.folder, options.name ?? 'ejemplo.ficha');
  const workbook = path.join(options.folder, 'residuos-por-entidad.xlsx');
  const csv = path.join(options.folder, 'emisiones-por-municipio.csv');
  const csvRows = options.csvRows ?? 20_000;

  writeFileSync(workbook, buildSampleWorkbook());
  const sources: { file: string; headerRows?: [number, number] }[] = [
    { file: workbook, headerRows: sampleHeaderRows },
  ];
  if (csvRows > 0) {
    writeFileSync(csv, buildSampleCsv(csvRows));
    sources.push({ file: csv });
  }

  const workspace = createWorkspace(workspacePath, {
    actor: options.actor,
    logger: options.logger,
  });
  const datasets: string[] = [];
  try {
    for (const { file, headerRows } of sources) {
      const result = await runRequest(
        'import.run',
        { file, headerRows },
        {
          workspace,
          actor: options.actor,
          logger: options.logger,
          readOnly: false,
          emit: () => {},
        },
      );
      if (!result.ok)
        throw new Error(`The sample ${path.basename(file)} did not import: ${result.error.code}`);
      datasets.push((result.value as { dataset: string }).dataset);
    }
  } finally {
    workspace.close();
  }

  options.logger.info('[sample] created the sample workspace', { datasets: datasets.length });
  return { workspacePath, sources: sources.map((source) => source.file), datasets };
}
