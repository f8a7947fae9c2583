import type { StoreApi } from 'zustand/vanilla';
import type { Client, KeyValueStorage } from '../api/client';
import type { CleaningSlice } from './cleaning-slice';
import type { ColumnPanelSlice } from './column-panel-slice';
import type { CommentMarksSlice } from './comment-marks-slice';
import type { DatasetsSlice } from './datasets-slice';
import type { FichaSlice } from './ficha-slice';
import type { GridSlice } from './grid-slice';
import type { ImportWizardSlice } from './import-wizard-slice';
import type { PackageSlices } from './package-slices';
import type { TeamSlices } from './team-slices';
import type { UiSlice } from './ui-slice';
import type { WorkspaceSlice } from './workspace-slice';

/** The whole renderer state: the slices side by side. */
export type FichaState = UiSlice &
  WorkspaceSlice &
  DatasetsSlice &
  GridSlice &
  ColumnPanelSlice &
  ImportWizardSlice &
  CleaningSlice &
  FichaSlice &
  TeamSlices &
  PackageSlices &
  CommentMarksSlice;

/** What a slice's creator receives: the store's setter and getter and the outside world. */
export interface SliceContext {
  set: StoreApi<FichaState>['setState'];
  get: StoreApi<FichaState>['getState'];
  client: Client;
  storage: KeyValueStorage | null;
}

/** The vanilla store, usable without React. */
export type FichaStore = StoreApi<FichaState>;
