import type { ExportedFile } from '../../../../shared/api/export';
import { formatBytes } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';

/** The files of a package with their sizes and SHA-256 sums. */
export function FileTable({ files, caption }: { files: ExportedFile[]; caption: string }) {
  const t = useT();
  const locale = useFicha((state) => state.locale);

  return (
    <table className="package-files">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('export.file')}</th>
          <th scope="col" className="numeric">
            {t('export.size')}
          </th>
          <th scope="col">SHA-256</th>
        </tr>
      </thead>
      <tbody>
        {files.map((file) => (
          <tr key={file.name}>
            <td>{file.name}</td>
            <td className="numeric">{formatBytes(locale, file.bytes)}</td>
            <td className="sha">{file.sha256}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
