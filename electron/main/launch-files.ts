import { existsSync } from 'node:fs';
import path from 'node:path';
import { sheetExtensions } from './messages';

/** Files named on a command line: workspaces to open, sheets to import. */
export interface LaunchFiles {
  workspaces: string[];
  sheets: string[];
}

/**
 * Picks the files out of a command line (the first launch's, or a second
 * launch's handed over by 'second-instance'): existing `.ficha` files and
 * spreadsheets, resolved against the launch's working directory.
 */
export function launchFiles(argv: string[], workingDirectory: string): LaunchFiles {
  const files = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-'))
    .map((arg) => path.resolve(workingDirectory, arg))
    .filter((file) => existsSync(file));

  const extension = (file: string) => path.extname(file).slice(1).toLowerCase();
  return {
    workspaces: files.filter((file) => extension(file) === 'ficha'),
    sheets: files.filter((file) => sheetExtensions.includes(extension(file))),
  };
}
