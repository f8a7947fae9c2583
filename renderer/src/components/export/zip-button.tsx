import { useFicha, useT } from '../../store/use-ficha';
import { saveBase64File } from '../common/file-download';

/**
 * Downloads the zip of a recorded export: the engine hands its bytes over
 * the same channel as every request (IPC or HTTP), and the page saves them
 * from a Blob URL (the desktop app asks where with its save dialog).
 */
export function ZipButton({ exportId, label }: { exportId: number; label: string }) {
  const t = useT();
  const busy = useFicha((state) => state.exportZipBusy === exportId);
  const fetchZip = useFicha((state) => state.fetchExportZip);

  async function download() {
    const zip = await fetchZip(exportId);
    if (!zip) return;
    saveBase64File(zip, 'application/zip');
  }

  return (
    <button type="button" className="button" disabled={busy} onClick={() => void download()}>
      {busy ? t('export.preparingZip') : label}
    </button>
  );
}
