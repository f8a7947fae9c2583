import type { Distribution } from '../../../../shared/metadata/model';
import { useFicha, useT } from '../../store/use-ficha';
import { FichaField } from './ficha-field';
import { fieldId } from './text';

/** The files to publish: title, description, format, media type and download URL of each. */
export function DistributionsSection() {
  const t = useT();
  const distributions = useFicha((state) => state.fichaDraft?.distributions ?? []);
  const fileTypes = useFicha((state) => state.fichaVocabularies?.fileTypes ?? []);

  return (
    <fieldset id={fieldId('distributions')} tabIndex={-1}>
      <legend>{t('ficha.distributions')}</legend>
      {distributions.length === 0 && <p className="muted">{t('ficha.noDistributions')}</p>}
      {distributions.map((d, i) => (
        <DistributionFields key={d.id} index={i} distribution={d} formats={fileTypes} />
      ))}
    </fieldset>
  );
}

function DistributionFields(props: {
  index: number;
  distribution: Distribution;
  formats: readonly { format: string; label: string; mediaType: string }[];
}) {
  const t = useT();
  const edit = useFicha((state) => state.editFicha);
  const d = props.distribution;
  const path = (key: string) => `distributions.${props.index}.${key}`;
  const known = props.formats.some((f) => f.format === d.format);

  return (
    <div className="ficha-distribution">
      <h3>{t('ficha.distribution', { n: props.index + 1, name: d.title || d.id })}</h3>
      <FichaField path={path('title')} value={d.title} />
      <FichaField path={path('description')} value={d.description} multiline />
      <FichaField path={path('format')} value={d.format}>
        <select
          id={fieldId(path('format'))}
          value={d.format}
          onChange={(e) => {
            const type = props.formats.find((f) => f.format === e.target.value);
            edit(path('format'), e.target.value);
            if (type) edit(path('mediaType'), type.mediaType);
          }}
        >
          {!known && <option value={d.format}>{d.format || '—'}</option>}
          {props.formats.map((f) => (
            <option key={f.format} value={f.format}>
              {f.label}
            </option>
          ))}
        </select>
      </FichaField>
      <FichaField path={path('mediaType')} value={d.mediaType} />
      <FichaField path={path('downloadURL')} value={d.downloadURL} type="url" />
      {(['byteSize', 'checksum'] as const).map((key) => (
        <FichaField key={key} path={path(key)} value={String(d[key] ?? '')}>
          <input
            id={fieldId(path(key))}
            readOnly
            value={d[key] === null ? t('ficha.distributionFilled') : String(d[key])}
          />
        </FichaField>
      ))}
    </div>
  );
}
