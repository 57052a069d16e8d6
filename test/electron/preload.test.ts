import { beforeEach, describe, expect, it } from 'vitest';
import { contextBridge, ipcRendererDouble } from '../support/electron-double';
import { api, clientfitShell } from '../../electron/preload/index';
import { CHANNELS } from '#shared/ipc/contract';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '#shared/ipc/menu';

// Captured at import, before any test touches the double: this is what the page gets.
const exposed = new Map(contextBridge.exposed);

beforeEach(() => {
  ipcRendererDouble.invoked.length = 0;
});

describe('preload', () => {
  it('exposes window.api and window.clientfitShell, and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['api', 'clientfitShell']);
    expect(exposed.get('api')).toBe(api);
    expect(exposed.get('clientfitShell')).toBe(clientfitShell);
    expect(Object.keys(clientfitShell)).toEqual(['onMenuCommand']);
  });

  it('has one method per contract channel, each invoking that channel', async () => {
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(typeof api[channel]).toBe('function');
    ipcRendererDouble.respond = (channel) => ({ ok: true, value: `answer to ${channel}` });
    const entry = { projectId: 'p1', date: '2025-03-04', minutes: 30, billable: true };
    await expect(api.logTime(entry)).resolves.toEqual({ ok: true, value: 'answer to logTime' });
    await api.getDataset();
    expect(ipcRendererDouble.invoked).toEqual([
      { channel: 'logTime', args: [entry] },
      { channel: 'getDataset', args: [undefined] },
    ]);
  });

  it('relays known menu commands without the event object, and stops on unsubscribe', () => {
    const heard: unknown[][] = [];
    const stop = clientfitShell.onMenuCommand((...args: MenuCommand[]) => heard.push(args));
    ipcRendererDouble.deliver(MENU_COMMAND_CHANNEL, 'go:clients');
    ipcRendererDouble.deliver(MENU_COMMAND_CHANNEL, 'rm -rf');
    ipcRendererDouble.deliver(MENU_COMMAND_CHANNEL, { command: 'find' });
    expect(heard).toEqual([['go:clients']]);
    stop();
    expect(ipcRendererDouble.listenerCount(MENU_COMMAND_CHANNEL)).toBe(0);
    ipcRendererDouble.deliver(MENU_COMMAND_CHANNEL, 'find');
    expect(heard).toHaveLength(1);
  });
});
