export { detectLayout } from './detect-layout';
export { classifyRow } from './classify-row';
export { cellText, cellKind, foldText } from './cells';
export { joinHeaderParts } from './header-grid';
export { createMergeFiller, type MergeFiller } from './merge-filler';
export type { HeaderLabel, Layout, LayoutOverrides, RowContext, RowKind } from './types';
