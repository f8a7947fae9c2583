import { useFicha, useT } from '../../store/use-ficha';
import { base64Bytes } from '../common/file-download';

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
    const url = URL.createObjectURL(
      new Blob([base64Bytes(zip.base64)], { type: 'application/zip' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = zip.name;
    link.click();
    // The click has handed the Blob to the download before the next turn.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  return (
    <button type="button" className="button" disabled={busy} onClick={() => void download()}>
      {busy ? t('export.preparingZip') : label}
    </button>
  );
}
