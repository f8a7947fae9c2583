export { sheetRole, settleRoles, defaultSheet, isDictionaryHeader } from './sheet-role';
export type { SheetRole } from './sheet-role';
export { parseMetadataSheet, parseDictionarySheet } from './parse-metadata';
export { readEmbeddedMetadata } from './read-embedded';
