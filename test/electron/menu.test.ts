import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../electron/main/menu';
import { isMenuCommand, MENU_COMMANDS, PLACES, type MenuCommand } from '#shared/ipc/menu';
import type { Language } from '#shared/model';
import en from '../../renderer/src/i18n/en.json';
import es from '../../renderer/src/i18n/es.json';

function build(isPackaged: boolean, isMac = false, language: Language = 'en') {
  const sent: MenuCommand[] = [];
  const template = menuTemplate({ isPackaged, isMac, language, send: (c) => sent.push(c) });
  const menu = (label: string) => template.find((m) => m.label === label || m.role === label);
  const items = (label: string) => (menu(label)?.submenu ?? []) as MenuItemConstructorOptions[];
  const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();
  return { template, items, sent, click };
}

describe('menuTemplate', () => {
  it('has File, Edit, View, Go and Help', () => {
    expect(build(true).template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Go', 'Help']);
    expect(build(true).template.at(-1)?.role).toBe('help');
    expect(build(true, true).template[0]?.role).toBe('appMenu');
  });

  it('sends the app commands with their shortcuts', () => {
    const { items, sent, click } = build(true);
    const byAccelerator = new Map([...items('File'), ...items('Edit'), ...items('Go')].filter((i) => i.accelerator).map((i) => [i.accelerator, i]));
    const expected: [string, MenuCommand][] = [
      ['CmdOrCtrl+N', 'new-inquiry'],
      ['CmdOrCtrl+T', 'toggle-timer'],
      ['CmdOrCtrl+L', 'log-time'],
      ['CmdOrCtrl+F', 'find'],
      ['CmdOrCtrl+Z', 'undo'],
      ...PLACES.map((p, i): [string, MenuCommand] => [`CmdOrCtrl+${i + 1}`, `go:${p}`]),
    ];
    for (const [accelerator] of expected) click(byAccelerator.get(accelerator)!);
    expect(sent).toEqual(expected.map(([, command]) => command));
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
  });

  it('has the standard edit roles, and an Undo that the page runs (the typing in a field, else the last change)', () => {
    const roles = build(true).items('Edit').map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(['redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(build(true).items('Edit')[0]).toMatchObject({ label: 'Undo', accelerator: 'CmdOrCtrl+Z' });
  });

  it('offers reload and developer tools only in an unpackaged build', () => {
    const packaged = build(true).items('View').map((i) => i.role);
    const dev = build(false).items('View').map((i) => i.role);
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
    expect(dev).toEqual(expect.arrayContaining(['reload', 'toggleDevTools', 'togglefullscreen']));
  });
});

/** Every label in a template, submenus included. */
function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((i) => [...(i.label === undefined ? [] : [i.label]), ...labels((i.submenu ?? []) as MenuItemConstructorOptions[])]);
}

describe('the menu in the person\'s language', () => {
  it.each([
    ['es', es],
    ['en', en],
  ] as const)('takes every label ClientFit writes from the %s table', (language, table) => {
    const { template, items } = build(false, false, language);
    expect(template.map((m) => m.label)).toEqual([table.menu.file, table.menu.edit, table.menu.view, table.menu.go, table.menu.help]);
    const [file, edit, , go, help] = template.map((m) => (m.submenu ?? []) as MenuItemConstructorOptions[]);
    expect(file!.filter((i) => i.accelerator).map((i) => i.label)).toEqual([table.menu.newInquiry, table.menu.toggleTimer, table.menu.logTime]);
    expect(edit!.filter((i) => i.accelerator).map((i) => i.label)).toEqual([table.menu.undo, table.menu.find]);
    expect(help!.map((i) => i.label)).toEqual([table.menu.about]);
    // The places read exactly as in the sidebar.
    expect(go!.map((i) => i.label)).toEqual(PLACES.map((p) => table.nav[p]));
    // The roles are worded too (Electron's own role labels are English on Windows and Linux).
    expect(items(table.menu.edit).filter((i) => i.role).map((i) => i.label)).toEqual([
      table.menu.redo,
      table.menu.cut,
      table.menu.copy,
      table.menu.paste,
      table.menu.selectAll,
    ]);
  });

  it('reads in Spanish with Spanish words, and no label is a missing key', () => {
    const spanish = labels(build(false, true, 'es').template);
    const english = labels(build(false, true, 'en').template);
    expect(spanish).toEqual(expect.arrayContaining(['Archivo', 'Edición', 'Ir', 'Nueva consulta…', 'Esta semana', 'Deshacer', 'Acerca de ClientFit']));
    expect(english).toEqual(expect.arrayContaining(['File', 'Edit', 'Go', 'New Inquiry…', 'This week', 'Undo', 'About ClientFit']));
    for (const label of [...spanish, ...english]) {
      expect(label.trim()).not.toBe('');
      expect(label).not.toMatch(/^(menu|nav)\./);
    }
    // Same items in both, each with its own words.
    expect(spanish).toHaveLength(english.length);
    expect(spanish.filter((l, i) => l === english[i])).toEqual([]);
  });

  it('words the macOS app menu too', () => {
    const app = build(true, true, 'es').template[0]!;
    expect(app.role).toBe('appMenu');
    expect((app.submenu as MenuItemConstructorOptions[]).filter((i) => i.role).map((i) => [i.role, i.label])).toEqual([
      ['about', es.menu.about],
      ['services', es.menu.services],
      ['hide', es.menu.hide],
      ['hideOthers', es.menu.hideOthers],
      ['unhide', es.menu.unhide],
      ['quit', es.menu.quitApp],
    ]);
    expect(build(true, true, 'es').items(es.menu.file).map((i) => i.role).filter(Boolean)).toEqual(['close']);
  });
});

describe('isMenuCommand', () => {
  it('knows the commands and nothing else', () => {
    expect(isMenuCommand('go:settings')).toBe(true);
    expect(isMenuCommand('go:nowhere')).toBe(false);
    expect(isMenuCommand({ command: 'find' })).toBe(false);
  });
});
