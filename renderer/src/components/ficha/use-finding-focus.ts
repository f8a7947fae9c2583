import { useEffect } from 'react';
import { useFicha } from '../../store/use-ficha';

// The last request served, so a tab shown again later does not steal the focus.
let served = 0;

/** Focuses the element a finding's "Ir" asked for once it is on the page. */
export function useFindingFocus(): void {
  const focus = useFicha((state) => state.fichaFocus);

  useEffect(() => {
    if (!focus || focus.seq === served) return;
    const element = focus.ids.map((id) => document.getElementById(id)).find((e) => e !== null);
    if (!element) return;
    served = focus.seq;
    element.focus();
    element.scrollIntoView({ block: 'center' });
  });
}
