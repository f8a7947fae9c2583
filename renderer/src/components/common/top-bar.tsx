import { isLocale } from '../../i18n';
import { useFicha, useT } from '../../store/use-ficha';
import { ProfileBadge } from '../profile/profile-dialog';
import { LockBanner } from '../workspace/lock-banner';

/**
 * The bar above every screen: the app's name, the workspace, the language;
 * under it, who holds the edit lock when the workspace is open read-only.
 */
export function TopBar() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const setLocale = useFicha((state) => state.setLocale);
  const workspace = useFicha((state) => state.workspace);

  return (
    <>
      <header className="top-bar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            F
          </span>
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <div className="top-bar-end">
          {workspace && (
            <span className="workspace-name" title={workspace.path}>
              <span className="muted">{t('workspace.title')}: </span>
              {workspace.name}
            </span>
          )}
          {workspace?.readOnly && (
            <span className="badge badge-warning" title={t('app.readOnlyHint')}>
              {t('app.readOnly')}
            </span>
          )}
          <ProfileBadge />
          <label className="language">
            <span>{t('app.language')}</span>
            <select
              value={locale}
              onChange={(event) => isLocale(event.target.value) && setLocale(event.target.value)}
            >
              <option value="es-MX" lang="es-MX">
                Español (México)
              </option>
              <option value="en" lang="en">
                English
              </option>
            </select>
          </label>
        </div>
      </header>
      <LockBanner />
    </>
  );
}
