import { useEffect, useMemo } from 'react';

/**
 * A link that downloads a file the engine made (a report, a card). It is a
 * Blob URL (the CSP allows blob:), freed when the content changes or the
 * link goes.
 */
export function FileDownload({
  data,
  type,
  file,
  label,
}: {
  data: BlobPart | null;
  type: string;
  file: string;
  label: string;
}) {
  const url = useMemo(
    () => (data ? URL.createObjectURL(new Blob([data], { type })) : ''),
    [data, type],
  );
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  if (!url) return null;

  return (
    <a className="button" href={url} download={file}>
      {label}
    </a>
  );
}

/** The bytes of a base64 string, as the engine sends binary files in JSON. */
export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * Saves bytes the engine sent as base64 under a file name, through a
 * Blob URL and a clicked link (the desktop app asks where to save).
 */
export function saveBase64File(file: { name: string; base64: string }, type: string): void {
  const url = URL.createObjectURL(new Blob([base64Bytes(file.base64)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  // The click has handed the Blob to the download before the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
