import type { Bilingual } from '../result';

/** The states a dataset goes through on its way to the portal. */
export const datasetStatuses = [
  'planeado',
  'borrador',
  'en-revision',
  'cambios-solicitados',
  'aprobado',
  'publicado',
] as const;

/** One of the dataset statuses. */
export type DatasetStatus = (typeof datasetStatuses)[number];

/** The roles that move a dataset from one status to another. */
export type ReviewRole = 'author' | 'reviewer' | 'liaison';

/** How each status reads in the interface. */
export const statusLabels: Record<DatasetStatus, Bilingual> = {
  planeado: { es: 'Planeado', en: 'Planned' },
  borrador: { es: 'Borrador', en: 'Draft' },
  'en-revision': { es: 'En revisión', en: 'In review' },
  'cambios-solicitados': { es: 'Cambios solicitados', en: 'Changes requested' },
  aprobado: { es: 'Aprobado', en: 'Approved' },
  publicado: { es: 'Publicado', en: 'Published' },
};

/** A move from one status to another and who may make it. */
export interface Transition {
  from: DatasetStatus;
  to: DatasetStatus;
  roles: ReviewRole[];
}

/**
 * Who may move a dataset where: the author asks for review, a reviewer
 * approves or asks for changes, the liaison marks it published. The liaison
 * may do what the others do, since in small areas one person holds all
 * three roles.
 */
export const transitions: Transition[] = [
  { from: 'planeado', to: 'borrador', roles: ['author', 'liaison'] },
  { from: 'borrador', to: 'en-revision', roles: ['author', 'liaison'] },
  { from: 'cambios-solicitados', to: 'en-revision', roles: ['author', 'liaison'] },
  { from: 'en-revision', to: 'aprobado', roles: ['reviewer', 'liaison'] },
  { from: 'en-revision', to: 'cambios-solicitados', roles: ['reviewer', 'liaison'] },
  { from: 'en-revision', to: 'borrador', roles: ['author', 'liaison'] },
  { from: 'aprobado', to: 'cambios-solicitados', roles: ['reviewer', 'liaison'] },
  { from: 'aprobado', to: 'publicado', roles: ['liaison'] },
  { from: 'publicado', to: 'borrador', roles: ['author', 'liaison'] },
];

/** The statuses a dataset may move to from `from`, for a role. */
export function nextStatuses(from: DatasetStatus, role: ReviewRole): DatasetStatus[] {
  return transitions
    .filter((transition) => transition.from === from && transition.roles.includes(role))
    .map((transition) => transition.to);
}

/** Whether a role may move a dataset from one status to another. */
export function canMove(from: DatasetStatus, to: DatasetStatus, role: ReviewRole): boolean {
  return nextStatuses(from, role).includes(to);
}

/** Tells a status from any other string. */
export function isDatasetStatus(value: string): value is DatasetStatus {
  return (datasetStatuses as readonly string[]).includes(value);
}
