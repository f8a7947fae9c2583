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
