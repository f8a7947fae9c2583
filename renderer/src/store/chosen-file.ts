import type { FichaErrorData } from '../../../shared/result';
import type { Client } from '../api/client';

/**
 * The path the engine can read for a file the person chose (its own path
 * in the desktop app, an uploaded copy in the browser), or null after
 * showing why there is none.
 */
export async function chosenFilePath(
  client: Client,
  file: File,
  showError: (error: FichaErrorData) => void,
): Promise<string | null> {
  const path = await client.resolveFile(file);
  if (path.ok) return path.value;
  showError(path.error);
  return null;
}
