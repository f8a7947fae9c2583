import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getTransport } from '../transport';
import type { Client } from './api/client';
import { App } from './app';
import { createFichaStore } from './store/store';
import { StoreContext } from './store/use-ficha';
import './styles/base.css';
import './styles/layout.css';
import './styles/grid.css';
import './styles/wizard.css';
import './styles/review.css';

// Wires the store to this page's transport (IPC in the desktop app, HTTP
// against `ficha serve` in a browser) and renders the interface.
const transport = getTransport();

const client: Client = {
  call: (name, params) => transport.call(name, params),
  onProgress: (listener) => transport.onProgress(listener),
  async resolveFile(file) {
    const uploaded = await transport.uploadFile(file);
    return uploaded.ok ? { ok: true, value: uploaded.value.file } : uploaded;
  },
};

const store = createFichaStore(client, window.localStorage);

// The native menu follows the interface's language; it can start an import, switch the
// language or open the open dataset's Exportar tab.
transport.setLanguage(store.getState().locale === 'en' ? 'en' : 'es');
store.subscribe((state, previous) => {
  if (state.locale !== previous.locale) transport.setLanguage(state.locale === 'en' ? 'en' : 'es');
});
transport.onMenu((event) => {
  const state = store.getState();
  if (event.action === 'import')
    void state.choosePath(event.file, event.file.split(/[\\/]/).pop() ?? event.file);
  if (event.action === 'language') state.setLocale(event.language === 'en' ? 'en' : 'es-MX');
  // Without an open dataset there is nothing to export; the workspace list stays.
  if (event.action === 'export' && state.view === 'dataset') state.setTab('export');
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
  );
}
