import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { LockHolderInfo } from '../../../../shared/api/workspace';
import type { Locale, Translate } from '../../i18n';
import { useFicha, useT } from '../../store/use-ficha';
import '../../styles/marks.css';

/** "3 de diciembre a las 10:42", with the year only when it is not this year's. */
function sinceText(locale: Locale, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const sameYear = date.getFullYear() === new Date().getFullYear();
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** "Ana López (ana@inecc.gob.mx)", or "otra persona" when the lock file could not be read. */
function holderText(holder: LockHolderInfo, t: Translate): string {
  if (!holder.name || holder.name === '?') return t('lock.someone');
  return holder.email ? `${holder.name} (${holder.email})` : holder.name;
}

/**
 * The banner under the top bar of a workspace opened read-only because
 * someone else edits it: who holds the edit lock and since when, and a
 * button that takes it over after a confirmation that says what the other
 * person may lose.
 */
export function LockBanner() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const workspace = useFicha((state) => state.workspace);
  const busy = useFicha((state) => state.takingOver);
  const takeOver = useFicha((state) => state.takeOverWorkspace);
  const loadWorkspace = useFicha((state) => state.loadWorkspace);
  const lockLost = useFicha((state) => state.error?.code === 'LOCK_TAKEN_OVER');
  const [asking, setAsking] = useState(false);
  const [taken, setTaken] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);

  // A change refused because someone took the lock over: read who holds it, so this banner says.
  useEffect(() => {
    if (lockLost) void loadWorkspace();
  }, [lockLost, loadWorkspace]);

  if (taken && workspace && !workspace.readOnly) {
    return (
      <div className="lock-banner" role="status">
        <p>{t('lock.taken')}</p>
        <button type="button" className="button button-quiet" onClick={() => setTaken(false)}>
          {t('error.dismiss')}
        </button>
      </div>
    );
  }
  if (!workspace?.readOnly) return null;
  // Read-only on purpose, nobody editing (or an app long gone): the top bar's badge suffices.
  const holder = workspace.lockHolder;
  if (!workspace.canTakeOver && (!holder || holder.stale)) return null;

  async function confirm() {
    setAsking(false);
    if (await takeOver()) setTaken(true);
    else opener.current?.focus();
  }

  const since = holder ? sinceText(locale, holder.since) : '';
  const who = holder ? holderText(holder, t) : '';
  const message = !holder
    ? t('lock.free')
    : t(holder.stale ? 'lock.heldByStale' : 'lock.heldBy', { who, since });

  return (
    <div className="lock-banner" role="region" aria-label={t('app.readOnly')}>
      <svg
        className="lock-banner-icon"
        viewBox="0 0 16 16"
        width="18"
        height="18"
        aria-hidden="true"
      >
        <path d="M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7zm2 0h4V5a2 2 0 0 0-4 0z" />
      </svg>
      <p>
        {message}
        {holder && !workspace.canTakeOver && <> {t('lock.servedReadOnly')}</>}
      </p>
      {workspace.canTakeOver && (
        <button
          ref={opener}
          type="button"
          className="button"
          disabled={busy}
          onClick={() => (holder ? setAsking(true) : void confirm())}
        >
          {holder ? t('lock.takeOver') : t('lock.openForEditing')}
        </button>
      )}
      {asking && holder && (
        <TakeOverDialog
          who={who}
          since={since}
          host={holder.host}
          onConfirm={() => void confirm()}
          onCancel={() => {
            setAsking(false);
            opener.current?.focus();
          }}
        />
      )}
    </div>
  );
}

/** The confirmation before a take-over: modal, focus on Cancel, Escape cancels. */
function TakeOverDialog(props: {
  who: string;
  since: string;
  host: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const t = useT();
  const cancel = useRef<HTMLButtonElement>(null);
  const host = props.host ? t('lock.confirmHost', { host: props.host }) : '';

  useEffect(() => cancel.current?.focus(), []);

  // Tab stays between the dialog's two buttons while it is open.
  function onKey(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onCancel();
    } else if (event.key === 'Tab') {
      const buttons = [...event.currentTarget.querySelectorAll('button')];
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next = (at + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
      event.preventDefault();
      buttons[next]?.focus();
    }
  }

  return (
    <div className="lock-dialog-backdrop">
      <div
        className="lock-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="lock-dialog-title"
        aria-describedby="lock-dialog-warning"
        onKeyDown={onKey}
      >
        <h2 id="lock-dialog-title">{t('lock.confirmTitle')}</h2>
        <p>{t('lock.confirmHolder', { who: props.who, since: props.since, host })}</p>
        <p id="lock-dialog-warning" className="lock-dialog-warning">
          {t('lock.confirmWarning')}
        </p>
        <p className="muted">{t('lock.confirmAfter')}</p>
        <div className="lock-dialog-actions">
          <button ref={cancel} type="button" className="button" onClick={props.onCancel}>
            {t('lock.cancel')}
          </button>
          <button type="button" className="button button-primary" onClick={props.onConfirm}>
            {t('lock.confirm')}
          </button>
        </div>
      </div>
    </div>
  );
}
