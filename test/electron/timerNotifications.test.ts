/**
 * The forgotten-timer notification, with the Electron double and a real backend on real
 * files: it speaks once per run past the long-timer hours, in the person's language.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindow as ElectronWindow } from 'electron';
import { createLongTimerNotifier, isLongTimer, longTimerText } from '../../electron/main/timerNotifications';
import { openBackend, type Backend } from '../../electron/backend/index';
import { BrowserWindow, Notification, resetElectronDouble } from '../support/electron-double';

describe('longTimerText', () => {
  it('says how long and what to do, in Spanish and English', () => {
    expect(longTimerText('Identidad visual', 10, 'es')).toEqual({
      title: 'El cronómetro lleva más de 10 horas en marcha',
      body: '«Identidad visual» sigue contando. Páralo y dinos cuándo terminaste.',
    });
    expect(longTimerText('Brand', 1, 'en').title).toBe('The timer has been running for over 1 hour');
    expect(longTimerText('Brand', 12, 'en')).toEqual({
      title: 'The timer has been running for over 12 hours',
      body: '“Brand” is still counting. Stop it and tell ClientFit when you finished.',
    });
    expect(longTimerText('', 1, 'es')).toEqual({ title: 'El cronómetro lleva más de 1 hora en marcha', body: 'Sigue contando. Páralo y dinos cuándo terminaste.' });
    expect(longTimerText('', 3, 'en').body).toBe('It is still counting. Stop it and tell ClientFit when you finished.');
  });
});

describe('isLongTimer', () => {
  it('is true only past the setting', () => {
    const timer = { projectId: 'p', startedAt: new Date('2026-12-04T08:00:00').toISOString(), billable: true };
    expect(isLongTimer(timer, { longTimerHours: 10 }, new Date('2026-12-04T18:00:00'))).toBe(false);
    expect(isLongTimer(timer, { longTimerHours: 10 }, new Date('2026-12-04T18:01:00'))).toBe(true);
    expect(isLongTimer(null, { longTimerHours: 10 }, new Date('2026-12-09T18:01:00'))).toBe(false);
  });
});

describe('the long-timer notifier', () => {
  let dir: string;
  let backend: Backend;
  let clock: Date;
  let win: BrowserWindow;

  beforeEach(async () => {
    resetElectronDouble();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clientfit-long-timer-'));
    clock = new Date('2026-12-04T08:00:00');
    backend = await openBackend({ dataDir: path.join(dir, 'data'), dailyBackup: false, now: () => clock });
    const c = await backend.invoke('createClient', { name: 'Panadería Sol', source: 'web', status: 'active' });
    const clientId = (c as { value: { id: string } }).value.id;
    const p = await backend.invoke('createProject', { clientId, title: 'Identidad visual', kind: 'branding', pricing: { mode: 'fixed', amount: 1000 }, status: 'accepted' });
    await backend.invoke('startTimer', { projectId: (p as { value: { id: string } }).value.id });
    win = new BrowserWindow();
  });
  afterEach(async () => {
    await backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const notifier = () => createLongTimerNotifier({ backend, getWindow: () => win as unknown as ElectronWindow, now: () => clock });

  it('stays quiet before the long-timer hours, speaks once after, and a click brings the window back', async () => {
    const n = notifier();
    clock = new Date('2026-12-04T17:00:00');
    expect(await n.check()).toBe(false);
    clock = new Date('2026-12-04T18:30:00');
    expect(await n.check()).toBe(true);
    expect(Notification.shown.map((x) => x.options)).toEqual([
      { title: 'El cronómetro lleva más de 10 horas en marcha', body: '«Identidad visual» sigue contando. Páralo y dinos cuándo terminaste.' },
    ]);
    clock = new Date('2026-12-05T09:00:00');
    expect(await n.check()).toBe(false); // the same run: once is enough
    let restored = 0;
    win.isMinimized = () => true;
    win.restore = () => void restored++;
    Notification.shown[0]!.click();
    expect(restored).toBe(1);
    expect(win.focused).toBe(1);
  });

  it('follows the setting and the reminders switch', async () => {
    await backend.invoke('updateSettings', { longTimerHours: 2, notifications: false });
    clock = new Date('2026-12-04T11:00:00');
    expect(await notifier().check()).toBe(false);
    await backend.invoke('updateSettings', { notifications: true, language: 'en' });
    expect(await notifier().check()).toBe(true);
    expect(Notification.shown[0]!.options.title).toBe('The timer has been running for over 2 hours');
  });
});
