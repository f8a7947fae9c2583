import { errorData } from '../../shared/errors';
import type { FichaBridge } from '../../electron/preload/bridge';
import type { FichaTransport } from './transport';

/**
 * The desktop transport: calls go through `window.ficha` (the preload
 * bridge) to the main process. A file needs no upload: its path is enough.
 */
export function ipcTransport(bridge: FichaBridge): FichaTransport {
  return {
    kind: 'ipc',
    call: (name, params) => bridge.call(name, params) as ReturnType<FichaTransport['call']>,
    onProgress: (listener) => bridge.onProgress(listener),
    onMenu: (listener) => bridge.onMenu(listener),
    setLanguage: (language) => bridge.setLanguage(language),
    async uploadFile(file) {
      const path = bridge.getPathForFile(file);
      if (!path) return { ok: false, error: errorData('FILE_NOT_FOUND', { file: file.name }) };
      return { ok: true, value: { file: path, name: file.name, size: file.size } };
    },
  };
}
