export { importFile } from './import-file';
export type { ImportControls } from './import-file';
export { inspectFile } from './inspect-file';
export { openSource, chooseSheet } from './open-source';
