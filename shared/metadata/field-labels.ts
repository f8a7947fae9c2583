import type { Bilingual } from '../result';

/** What each field path is called in the form, in both languages. */
export const fieldLabels: Record<string, Bilingual> = {
  title: { es: 'Título', en: 'Title' },
  description: { es: 'Descripción', en: 'Description' },
  keywords: { es: 'Palabras clave', en: 'Keywords' },
  category: { es: 'Categoría del portal', en: 'Portal category' },
  themes: { es: 'Temas DCAT-AP', en: 'DCAT-AP themes' },
  publisher: { es: 'Institución', en: 'Publisher' },
  'publisher.name': { es: 'Institución', en: 'Publisher' },
  area: { es: 'Área responsable', en: 'Responsible area' },
  contact: { es: 'Contacto', en: 'Contact point' },
  'contact.name': { es: 'Nombre de contacto', en: 'Contact name' },
  'contact.position': { es: 'Cargo de contacto', en: 'Contact position' },
  'contact.email': { es: 'Correo de contacto', en: 'Contact e-mail' },
  license: { es: 'Licencia', en: 'License' },
  periodicity: { es: 'Periodicidad', en: 'Update periodicity' },
  updateMonths: { es: 'Meses de actualización', en: 'Update months' },
  temporal: { es: 'Cobertura temporal', en: 'Temporal coverage' },
  'temporal.start': { es: 'Inicio de la cobertura temporal', en: 'Temporal coverage start' },
  'temporal.end': { es: 'Fin de la cobertura temporal', en: 'Temporal coverage end' },
  spatial: { es: 'Cobertura geográfica', en: 'Spatial coverage' },
  'spatial.text': { es: 'Cobertura geográfica (texto)', en: 'Spatial coverage (text)' },
  'spatial.codes': { es: 'Claves INEGI de la cobertura', en: 'INEGI keys of the coverage' },
  landingPage: { es: 'Página de inicio', en: 'Landing page' },
  moreInfo: { es: 'Más información', en: 'More information' },
  issued: { es: 'Fecha de publicación', en: 'Issued' },
  modified: { es: 'Fecha de modificación', en: 'Modified' },
  language: { es: 'Idioma', en: 'Language' },
  version: { es: 'Versión', en: 'Version' },
  versionNotes: { es: 'Notas de la versión', en: 'Version notes' },
  quality: { es: 'Calidad', en: 'Quality' },
  methodology: { es: 'Metodología', en: 'Methodology' },
  comments: { es: 'Comentarios', en: 'Comments' },
  dictionary: { es: 'Diccionario de datos', en: 'Data dictionary' },
  distributions: { es: 'Recursos (archivos)', en: 'Distributions' },
  'distribution.title': { es: 'Título del recurso', en: 'Distribution title' },
  'distribution.description': { es: 'Descripción del recurso', en: 'Distribution description' },
  'distribution.downloadURL': { es: 'URL de descarga', en: 'Download URL' },
  'distribution.format': { es: 'Formato', en: 'Format' },
  'distribution.mediaType': { es: 'Tipo de medio', en: 'Media type' },
  'distribution.license': { es: 'Licencia del recurso', en: 'Distribution license' },
  'distribution.byteSize': { es: 'Tamaño', en: 'Size' },
  'distribution.checksum': { es: 'Suma SHA-256', en: 'SHA-256 checksum' },
};

/** The label of a field path; the path itself when none is known. */
export function fieldLabel(path: string): Bilingual {
  const generic = path.replace(/^distributions\.\d+\./, 'distribution.');
  return fieldLabels[path] ?? fieldLabels[generic] ?? { es: path, en: path };
}
