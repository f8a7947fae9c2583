import type { FichaErrorData } from '../../../shared/result';
import { isLocale } from '../i18n';
import type { Locale } from '../i18n';
import type { SliceContext } from './types';

/** The main screens. */
export type View = 'workspace' | 'dataset';

/** The tabs of a dataset; only Datos has content in this version. */
export const datasetTabs = [
  'data',
  'cleaning',
  'ficha',
  'dictionary',
  'dcat',
  'export',
  'review',
  'promote',
] as const;

/** One of the dataset's tabs. */
export type DatasetTab = (typeof datasetTabs)[number];

/** Language, current screen and the error being shown. */
export interface UiSlice {
  locale: Locale;
  view: View;
  tab: DatasetTab;
  error: FichaErrorData | null;
  setLocale(locale: Locale): void;
  setTab(tab: DatasetTab): void;
  showError(error: FichaErrorData): void;
  dismissError(): void;
}

const localeKey = 'ficha.locale';

/** Reads the remembered language, Spanish when none or unknown. */
export function initialLocale(storage: SliceContext['storage']): Locale {
  const saved = storage?.getItem(localeKey);
  return isLocale(saved) ? saved : 'es-MX';
}

/** Creates the ui slice. */
export function createUiSlice({ set, storage }: SliceContext): UiSlice {
  return {
    locale: initialLocale(storage),
    view: 'workspace',
    tab: 'data',
    error: null,

    setLocale(locale) {
      storage?.setItem(localeKey, locale);
      set({ locale });
    },

    setTab(tab) {
      set({ tab });
    },

    showError(error) {
      set({ error });
    },

    dismissError() {
      set({ error: null });
    },
  };
}
