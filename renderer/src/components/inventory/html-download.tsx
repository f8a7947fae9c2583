import { useEffect, useMemo } from 'react';

/**
 * A link that downloads an HTML report made by the engine. It is a Blob URL
 * (the CSP allows blob:), freed when the report changes or the link goes.
 */
export function HtmlDownload({ html, file, label }: { html: string; file: string; label: string }) {
  const url = useMemo(
    () => (html ? URL.createObjectURL(new Blob([html], { type: 'text/html' })) : ''),
    [html],
  );
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  if (!url) return null;

  return (
    <a className="button" href={url} download={file}>
      {label}
    </a>
  );
}
