import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuActions, MenuState } from '../../electron/main/menu-template';
import { menuTemplate } from '../../electron/main/menu-template';

vi.mock('electron', () => ({}));

function actions(): MenuActions {
  const spy = () => vi.fn();
  return {
    newWorkspace: spy(),
    open: spy(),
    openRecent: spy(),
    clearRecent: spy(),
    openSample: spy(),
    importSheet: spy(),
    exportPackage: spy(),
    undo: spy(),
    redo: spy(),
    setLanguage: spy(),
    about: spy(),
    openLog: spy(),
    showLogFolder: spy(),
  };
}

const linux: MenuState = { language: 'es', platform: 'linux', recent: [], development: false };

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

function find(template: MenuItemConstructorOptions[], label: string) {
  const found = items(template).find((item) => item.label === label);
  if (!found) throw new Error(`No menu item ${label}`);
  return found;
}

describe('the native menu', () => {
  it('reads in Spanish', () => {
    const template = menuTemplate(linux, actions());
    expect(template.map((item) => item.label)).toEqual(['Archivo', 'Editar', 'Ver', 'Ayuda']);
    for (const label of [
      'Nuevo espacio de trabajo…',
      'Abrir…',
      'Importar hoja…',
      'Exportar paquete…',
      'Cerrar',
      'Deshacer',
      'Rehacer',
      'Acerca de Ficha',
      'Abrir la bitácora',
    ]) {
      expect(() => find(template, label)).not.toThrow();
    }
  });

  it('reads in English', () => {
    const template = menuTemplate({ ...linux, language: 'en' }, actions());
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(find(template, 'Import Sheet…').accelerator).toBe('CmdOrCtrl+I');
    expect(find(template, 'Open the Log')).toBeTruthy();
  });

  it('uses platform shortcuts: redo is Ctrl+Y on Windows and Shift+Cmd+Z elsewhere', () => {
    const windows = menuTemplate({ ...linux, platform: 'win32' }, actions());
    expect(find(windows, 'Rehacer').accelerator).toBe('Ctrl+Y');
    const mac = menuTemplate({ ...linux, platform: 'darwin' }, actions());
    expect(find(mac, 'Rehacer').accelerator).toBe('Shift+CmdOrCtrl+Z');
    expect(find(mac, 'Deshacer').accelerator).toBe('CmdOrCtrl+Z');
  });

  it('puts About and Quit in the application menu on macOS', () => {
    const mac = menuTemplate({ ...linux, platform: 'darwin' }, actions());
    expect(mac[0].label).toBe('Ficha');
    const help = mac.find((item) => item.label === 'Ayuda')!;
    expect((help.submenu as MenuItemConstructorOptions[]).map((i) => i.label)).not.toContain(
      'Acerca de Ficha',
    );
  });

  it('calls the actions its items name', () => {
    const spies = actions();
    const template = menuTemplate({ ...linux, recent: ['/data/a.ficha'] }, spies);
    const click = (label: string) => (find(template, label).click as () => void)();

    click('Importar hoja…');
    click('Deshacer');
    click('/data/a.ficha');
    click('English');
    expect(spies.importSheet).toHaveBeenCalled();
    expect(spies.undo).toHaveBeenCalled();
    expect(spies.openRecent).toHaveBeenCalledWith('/data/a.ficha');
    expect(spies.setLanguage).toHaveBeenCalledWith('en');
  });

  it('offers developer tools only in development', () => {
    const labels = (development: boolean) =>
      items(menuTemplate({ ...linux, development }, actions())).map((item) => item.role);
    expect(labels(false)).not.toContain('toggleDevTools');
    expect(labels(true)).toContain('toggleDevTools');
  });
});
