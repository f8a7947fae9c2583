import { z } from 'zod';
import { encodings } from '../import';
import type { ImportResult, InspectResult } from '../import';
import { request } from './define';

/** Import choices as they arrive from a window, the host or the CLI. */
export const importOptions = z.object({
  sheet: z.union([z.string(), z.number().int().min(1)]).optional(),
  headerRows: z.tuple([z.number().int().min(1), z.number().int().min(1)]).optional(),
  skipRows: z.number().int().min(0).optional(),
  lastRow: z.number().int().min(1).optional(),
  encoding: z.enum(encodings).optional(),
  delimiter: z.string().min(1).max(4).optional(),
  decimal: z.enum(['.', ',']).optional(),
  name: z.string().min(1).max(200).optional(),
});

/** Requests that read source files into the workspace. */
export const importRequests = {
  'import.inspect': request<InspectResult>()({
    params: importOptions.extend({ file: z.string().min(1) }),
    writes: false,
  }),
  'import.run': request<ImportResult>()({
    params: importOptions.extend({ file: z.string().min(1), jobId: z.string().optional() }),
    writes: true,
    long: true,
  }),
};
