import type { Bilingual } from '../result';
import { isDatasetStatus, statusLabels } from './status';

/** How the audit log's actions read, for the ones Ficha records today. */
export const auditActionLabels: Record<string, Bilingual> = {
  'workspace.create': { es: 'Creó el espacio de trabajo', en: 'Created the workspace' },
  'dataset.import': { es: 'Importó un conjunto', en: 'Imported a dataset' },
  'dataset.update': { es: 'Actualizó los datos', en: 'Updated the data' },
  'dataset.delete': { es: 'Borró un conjunto', en: 'Deleted a dataset' },
  'dataset.apply': { es: 'Aplicó pasos de limpieza', en: 'Applied cleaning steps' },
  'dataset.undo': { es: 'Deshizo pasos', en: 'Undid steps' },
  'dataset.redo': { es: 'Rehízo pasos', en: 'Redid steps' },
  'metadata.set': { es: 'Editó la ficha', en: 'Edited the ficha' },
  'metadata.refill': { es: 'Rellenó la ficha', en: 'Refilled the ficha' },
  'dictionary.set': { es: 'Editó el diccionario', en: 'Edited the dictionary' },
  'defaults.set': { es: 'Cambió los valores institucionales', en: 'Changed the defaults' },
  'export.run': { es: 'Exportó el paquete', en: 'Exported the package' },
  'review.status': { es: 'Cambió el estado', en: 'Changed the status' },
  'review.comment': { es: 'Comentó', en: 'Commented' },
  'review.resolve': { es: 'Resolvió un hilo', en: 'Resolved a thread' },
  'review.bundle': { es: 'Escribió un paquete de revisión', en: 'Wrote a review bundle' },
  'review.merge': { es: 'Incorporó un paquete de revisión', en: 'Merged a review bundle' },
  'review.liaisons': { es: 'Cambió los enlaces', en: 'Changed the liaisons' },
  'inventory.plan': { es: 'Planeó un conjunto', en: 'Planned a dataset' },
  'inventory.downloads': { es: 'Adjuntó descargas del portal', en: 'Attached portal downloads' },
  'promote.record': { es: 'Registró una difusión', en: 'Recorded a promotion' },
  'promote.blackout': { es: 'Agregó un periodo de veda', en: 'Added a blackout' },
  'promote.blackout-removed': { es: 'Quitó un periodo de veda', en: 'Removed a blackout' },
};

/** An action as words, or the action itself when Ficha has no words for it. */
export function auditActionLabel(action: string): Bilingual {
  return auditActionLabels[action] ?? { es: action, en: action };
}

/**
 * A line's detail in a few words: a status move reads "Borrador → En
 * revisión", naming who decided when it is not who the line is about; a
 * comment or decision made beside a locked workspace ends with who merged it.
 */
export function auditDetailText(
  action: string,
  detail: Record<string, unknown>,
  recordedBy = '',
): Bilingual {
  const { mergedBy, ...rest } = detail;
  const merged =
    typeof mergedBy === 'string' && mergedBy !== ''
      ? { es: ` · incorporado por ${mergedBy}`, en: ` · merged by ${mergedBy}` }
      : { es: '', en: '' };
  const from = String(rest.from ?? '');
  const to = String(rest.to ?? '');
  if (action === 'review.status' && isDatasetStatus(from) && isDatasetStatus(to)) {
    const note = typeof rest.note === 'string' && rest.note ? ` («${rest.note}»)` : '';
    const by = typeof rest.by === 'string' && rest.by !== recordedBy ? rest.by : '';
    const move = (side: 'es' | 'en') => `${statusLabels[from][side]} → ${statusLabels[to][side]}`;
    return {
      es: `${move('es')}${by ? `, por ${by}` : ''}${note}${merged.es}`,
      en: `${move('en')}${by ? `, by ${by}` : ''}${note}${merged.en}`,
    };
  }
  const text = Object.entries(rest)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ');
  return { es: text + merged.es, en: text + merged.en };
}
