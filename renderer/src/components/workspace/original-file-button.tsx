import { useFicha, useT } from '../../store/use-ficha';
import { base64Bytes } from '../common/file-download';

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
    const url = URL.createObjectURL(new Blob([base64Bytes(file.base64)], { type: file.mediaType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.click();
    // The click has handed the Blob to the download before the next turn.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
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
