import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../electron/main/menu';
import { isMenuCommand, MENU_COMMANDS, PLACES, type MenuCommand } from '../../shared/ipc/menu';

function build(isPackaged: boolean, isMac = false) {
  const sent: MenuCommand[] = [];
  const template = menuTemplate({ isPackaged, isMac, send: (c) => sent.push(c) });
  const menu = (label: string) => template.find((m) => m.label === label || m.role === label);
  const items = (label: string) => (menu(label)?.submenu ?? []) as MenuItemConstructorOptions[];
  const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();
  return { template, items, sent, click };
}

describe('menuTemplate', () => {
  it('has File, Edit, View, Go and Help', () => {
    expect(build(true).template.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'Go', 'help']);
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

describe('isMenuCommand', () => {
  it('knows the commands and nothing else', () => {
    expect(isMenuCommand('go:settings')).toBe(true);
    expect(isMenuCommand('go:nowhere')).toBe(false);
    expect(isMenuCommand({ command: 'find' })).toBe(false);
  });
});
