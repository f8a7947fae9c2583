import { useFicha, useT } from '../../store/use-ficha';
import { saveBase64File } from '../common/file-download';

/**
 * The name of the file a dataset was imported from, as a button that saves
 * the copy the workspace keeps (checked against its SHA-256 by the engine),
 * so a reviewer sees the original workbook without the shared folder.
 */
export function OriginalFileButton({ dataset, fileName }: { dataset: string; fileName: string }) {
  const t = useT();
  const busy = useFicha((state) => state.originalBusy === dataset);
  const fetchOriginal = useFicha((state) => state.fetchOriginal);

  async function download() {
    const file = await fetchOriginal(dataset);
    if (!file) return;
    saveBase64File(file, file.mediaType);
  }

  return (
    <button
      type="button"
      className="link-button"
      disabled={busy}
      title={t('workspace.originalHint')}
      aria-label={t('workspace.original', { file: fileName })}
      onClick={() => void download()}
    >
      {busy ? t('workspace.originalBusy') : fileName}
    </button>
  );
}
