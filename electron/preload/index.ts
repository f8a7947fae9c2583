// The preload script: runs sandboxed beside the page and exposes only the
// FichaBridge through contextBridge. No ipcRenderer, no Node, leaves it.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { JobEvent } from '../../shared/api';
import type { FichaBridge, Language, MenuEvent } from './bridge';
import { channels } from './bridge';

function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

const bridge: FichaBridge = {
  call: (name, params) => ipcRenderer.invoke(channels.call, String(name), params),
  onProgress: (listener) => subscribe<JobEvent>(channels.progress, listener),
  onMenu: (listener) => subscribe<MenuEvent>(channels.menu, listener),
  getPathForFile: (file) => webUtils.getPathForFile(file),
  setLanguage: (language: Language) => ipcRenderer.send(channels.language, language),
};

contextBridge.exposeInMainWorld('ficha', bridge);
