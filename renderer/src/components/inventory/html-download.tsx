import { FileDownload } from '../common/file-download';

/** A link that downloads an HTML report made by the engine. */
export function HtmlDownload({ html, file, label }: { html: string; file: string; label: string }) {
  return <FileDownload data={html || null} type="text/html" file={file} label={label} />;
}
