import { useEffect } from 'react';
import { DatasetView } from './components/dataset/dataset-view';
import { ErrorBanner } from './components/common/error-banner';
import { ProfileDialog } from './components/profile/profile-dialog';
import { TopBar } from './components/common/top-bar';
import { ImportWizard } from './components/wizard/import-wizard';
import { WorkspaceView } from './components/workspace/workspace-view';
import { useFicha, useT } from './store/use-ficha';

/** The whole interface: the bar, the current screen, the wizard when open. */
export function App() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const view = useFicha((state) => state.view);
  const wizardOpen = useFicha((state) => state.wizardOpen);
  const loadWorkspace = useFicha((state) => state.loadWorkspace);
  const dropFile = useFicha((state) => state.dropFile);

  useEffect(() => {
    void loadWorkspace();
  }, [loadWorkspace]);

  // A spreadsheet dropped anywhere on the window opens the wizard on it.
  useEffect(() => {
    const over = (event: DragEvent) => event.preventDefault();
    const drop = (event: DragEvent) => {
      event.preventDefault();
      const file = event.dataTransfer?.files?.[0];
      if (file) void dropFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [dropFile]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t('app.name')} · ${t('app.tagline')}`;
  }, [locale, t]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <TopBar />
      <main id="main" className={`main main-${view}`}>
        {!wizardOpen && <ErrorBanner />}
        {view === 'workspace' ? <WorkspaceView /> : <DatasetView />}
      </main>
      {wizardOpen && <ImportWizard />}
      <ProfileDialog />
    </>
  );
}
