import { useMemo } from 'react';
import type { DownloadFile } from '../../../../shared/api/review';
import type { MessageKey } from '../../i18n';
import type { InventoryFileKey } from '../../store/inventory-slice';
import { useFicha, useT } from '../../store/use-ficha';
import { base64Bytes, FileDownload } from '../common/file-download';

const fileLabels: Record<InventoryFileKey, MessageKey> = {
  'inventory-csv': 'inventory.files.csv',
  'inventory-xlsx': 'inventory.files.xlsx',
  'plan-csv': 'inventory.files.plan',
};

/** One file the engine made, as a download link. */
function DownloadLink({ file, label }: { file: DownloadFile; label: string }) {
  const bytes = useMemo(() => base64Bytes(file.base64), [file]);
  return <FileDownload data={bytes} type={file.mediaType} file={file.name} label={label} />;
}

/** The inventory in the portal template's columns and the plan, as files to download. */
export function InventoryFiles() {
  const t = useT();
  const files = useFicha((state) => state.inventoryFiles);
  const prepare = useFicha((state) => state.prepareInventoryFiles);
  const keys = Object.keys(fileLabels) as InventoryFileKey[];

  return (
    <section className="review-box" aria-labelledby="inventory-files-heading">
      <h2 id="inventory-files-heading">{t('inventory.files')}</h2>
      <p className="muted">{t('inventory.files.why')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void prepare()}>
          {t('inventory.files.prepare')}
        </button>
        {keys.map((key) => {
          const file = files[key];
          return file ? <DownloadLink key={key} file={file} label={t(fileLabels[key])} /> : null;
        })}
      </div>
    </section>
  );
}
