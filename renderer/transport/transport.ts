import type { Transport } from '../../shared/api';
import type { Result } from '../../shared/result';
import type { Language, MenuEvent, UploadedFile } from '../../electron/preload/bridge';

/**
 * The transport the interface uses: the contract's calls and progress,
 * plus what both faces need around them. Every member works in the
 * desktop app and in the browser; menu events simply never arrive in a
 * browser, which has no native menu.
 */
export interface FichaTransport extends Transport {
  kind: 'ipc' | 'http';
  /** Makes a File from a drop or a file input usable as an import's `file`. */
  uploadFile(file: File): Promise<Result<UploadedFile>>;
  onMenu(listener: (event: MenuEvent) => void): () => void;
  setLanguage(language: Language): void;
}

export type { FichaBridge, Language, MenuEvent, UploadedFile } from '../../electron/preload/bridge';
