import type { FichaErrorData } from '../../../../shared/result';
import { useFicha, useT } from '../../store/use-ficha';
import { errorMessage } from '../common/error-banner';

/** An engine error shown where it happened, inside a tab, instead of as the page's banner. */
export function ErrorNote({ error }: { error: FichaErrorData }) {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  return (
    <p className="package-error" role="alert">
      {errorMessage(error, locale, t)}
    </p>
  );
}
