import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import { translator } from '../i18n';
import type { Translate } from '../i18n';
import type { FichaState, FichaStore } from './types';

/** The store given to the component tree by main.tsx. */
export const StoreContext = createContext<FichaStore | null>(null);

/** Selects a piece of the state; the component re-renders when it changes. */
export function useFicha<T>(selector: (state: FichaState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useFicha needs a StoreContext provider');
  return useStore(store, selector);
}

/** The translate function of the chosen language. */
export function useT(): Translate {
  const locale = useFicha((state) => state.locale);
  return useMemo(() => translator(locale), [locale]);
}
