import { useEffect, useState } from 'react';
import { useT } from '../../store/use-ficha';

/** Copies a text to the clipboard and says so for a moment. */
export function CopyButton({ text }: { text: string }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      // Some browsers refuse the clipboard to a page that is not focused or not trusted.
      setState('failed');
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={() => void copy()}>
        {t('dcat.copy')}
      </button>
      <span role="status" className="muted">
        {state === 'copied' ? t('dcat.copied') : state === 'failed' ? t('dcat.copyFailed') : ''}
      </span>
    </>
  );
}
