import type { Bilingual } from '../result';

/** The kinds of work the audit log can be filtered by. */
export const auditKinds = [
  'import',
  'steps',
  'metadata',
  'status',
  'export',
  'review',
  'inventory',
  'other',
] as const;

/** One kind of audit-log line. */
export type AuditKind = (typeof auditKinds)[number];

/** Whether a text names one of the audit-log kinds. */
export function isAuditKind(value: string): value is AuditKind {
  return (auditKinds as readonly string[]).includes(value);
}

/** Actions of each kind: an exact action or a `domain.` prefix. */
export const auditKindActions: Record<Exclude<AuditKind, 'other'>, string[]> = {
  import: ['workspace.create', 'dataset.import', 'dataset.update', 'dataset.delete'],
  steps: ['dataset.apply', 'dataset.undo', 'dataset.redo'],
  metadata: ['metadata.', 'dictionary.', 'defaults.'],
  status: ['review.status'],
  export: ['export.'],
  review: ['review.comment', 'review.resolve', 'review.merge', 'review.bundle', 'review.liaisons'],
  inventory: ['inventory.', 'promote.'],
};

/** How each kind reads in the log's filter. */
export const auditKindLabels: Record<AuditKind, Bilingual> = {
  import: { es: 'Importaciones', en: 'Imports' },
  steps: { es: 'Pasos de limpieza', en: 'Cleaning steps' },
  metadata: { es: 'Ficha y metadatos', en: 'Ficha and metadata' },
  status: { es: 'Cambios de estado', en: 'Status changes' },
  export: { es: 'Exportaciones', en: 'Exports' },
  review: { es: 'Comentarios y revisión', en: 'Comments and review' },
  inventory: { es: 'Inventario y difusión', en: 'Inventory and outreach' },
  other: { es: 'Otras', en: 'Other' },
};

/** True when an action is one of the pattern's: exact, or under a `domain.` prefix. */
function matchesPattern(action: string, pattern: string): boolean {
  return pattern.endsWith('.') ? action.startsWith(pattern) : action === pattern;
}

/** The kind an audit action belongs to; 'other' for actions no kind lists. */
export function auditKind(action: string): AuditKind {
  for (const kind of auditKinds) {
    if (kind === 'other') break;
    if (auditKindActions[kind].some((pattern) => matchesPattern(action, pattern))) return kind;
  }
  return 'other';
}
