import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useFicha, useT } from '../../store/use-ficha';

/**
 * Asks who is working (name, e-mail, area) at first run and when the person
 * wants to change it. It sits above the screen without blocking it, so
 * someone who only looks can close it and go on.
 */
export function ProfileDialog() {
  const t = useT();
  const open = useFicha((state) => state.profileDialogOpen);
  const profile = useFicha((state) => state.profile);
  const loaded = useFicha((state) => state.profileLoaded);
  const loadProfile = useFicha((state) => state.loadProfile);
  const saveProfile = useFicha((state) => state.saveProfile);
  const close = useFicha((state) => state.closeProfileDialog);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [area, setArea] = useState('');
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!loaded) void loadProfile();
  }, [loaded, loadProfile]);

  useEffect(() => {
    if (!open) return;
    setName(profile?.name ?? '');
    setEmail(profile?.email ?? '');
    setArea(profile?.area ?? '');
    first.current?.focus();
  }, [open, profile]);

  if (!open) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    await saveProfile({ name: name.trim(), email: email.trim(), area: area.trim() });
  }

  return (
    <div
      className="profile-dialog"
      role="dialog"
      aria-labelledby="profile-heading"
      onKeyDown={(event) => event.key === 'Escape' && close()}
    >
      <form onSubmit={(event) => void submit(event)}>
        <h2 id="profile-heading">{t(profile ? 'profile.change' : 'profile.welcome')}</h2>
        <p className="muted">{t('profile.why')}</p>
        <label className="field">
          <span>{t('profile.name')}</span>
          <input
            ref={first}
            required
            autoComplete="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('profile.email')}</span>
          <input
            type="email"
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('profile.area')}</span>
          <input value={area} onChange={(event) => setArea(event.target.value)} />
        </label>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={!name.trim()}>
            {t('profile.save')}
          </button>
          <button type="button" className="button button-quiet" onClick={close}>
            {t('profile.later')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** "Trabajando como …" in the top bar: who is working, and a button to change it. */
export function ProfileBadge() {
  const t = useT();
  const profile = useFicha((state) => state.profile);
  const openDialog = useFicha((state) => state.openProfileDialog);
  return (
    <button type="button" className="button button-quiet button-small" onClick={openDialog}>
      {profile ? t('profile.workingAs', { name: profile.name }) : t('profile.who')}
    </button>
  );
}
