/**
 * The daily reminder, with the Electron double and a real backend on real files: when it
 * speaks, what it says, and where a click takes the person.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow as ElectronWindow } from 'electron';
import {
  CHECK_EVERY_MS,
  FIRST_CHECK_AFTER_MS,
  createDailyNotifier,
  dueCounts,
  notificationText,
  openNotificationState,
  shouldNotify,
  type DueCounts,
} from '../../electron/main/notifications';
import { openBackend, type Backend } from '../../electron/backend/index';
import { DEFAULT_SETTINGS } from '#shared/model';
import { followUpLists } from '#shared/rules';
import { sampleDataset } from '#shared/sample';
import { MENU_COMMAND_CHANNEL } from '#shared/ipc/menu';
import { app, BrowserWindow, Notification, resetElectronDouble } from '../support/electron-double';

const due = (checkIns: number, followUps: number, people = checkIns + followUps): DueCounts => ({ checkIns, followUps, people });

describe('shouldNotify', () => {
  it('speaks once a day, when reminders are on and someone is due', () => {
    expect(shouldNotify(null, '2026-11-23', due(1, 0), true)).toBe(true);
    expect(shouldNotify('2026-11-22', '2026-11-23', due(0, 2), true)).toBe(true);
    // Already spoke today.
    expect(shouldNotify('2026-11-23', '2026-11-23', due(3, 1), true)).toBe(false);
    // Nobody waiting.
    expect(shouldNotify('2026-11-22', '2026-11-23', due(0, 0), true)).toBe(false);
    // Turned off.
    expect(shouldNotify(null, '2026-11-23', due(3, 1), false)).toBe(false);
  });
});

describe('notificationText', () => {
  it('says how many people are waiting, and what is due, in English', () => {
    expect(notificationText(due(2, 1), 'en')).toEqual({ title: '3 people are waiting to hear from you', body: '2 check-ins and 1 follow-up.' });
    expect(notificationText(due(1, 0), 'en')).toEqual({ title: '1 person is waiting to hear from you', body: '1 check-in.' });
    expect(notificationText(due(0, 2), 'en').body).toBe('2 follow-ups.');
  });

  it('and in Spanish', () => {
    expect(notificationText(due(2, 1), 'es')).toEqual({ title: '3 personas esperan noticias tuyas', body: '2 preguntas pendientes y 1 seguimiento.' });
    expect(notificationText(due(1, 0), 'es')).toEqual({ title: '1 persona espera noticias tuyas', body: '1 pregunta pendiente.' });
  });

  it('counts a person due twice once', () => {
    expect(notificationText(due(1, 1, 1), 'en').title).toBe('1 person is waiting to hear from you');
  });
});

describe('dueCounts', () => {
  it('counts the check-ins and follow-ups This week shows', () => {
    const data = sampleDataset('2026-11-23', 'en');
    // The silent prospect and the delivered job nobody followed up.
    expect(dueCounts(data, DEFAULT_SETTINGS, '2026-11-23')).toEqual({ checkIns: 1, followUps: 1, people: 2 });
    expect(dueCounts({ ...data, clients: [] }, DEFAULT_SETTINGS, '2026-11-23')).toEqual({ checkIns: 0, followUps: 0, people: 0 });
  });

  it('counts the follow-ups that matter, not dormant relationships, by the rule the review uses', () => {
    const data = sampleDataset('2026-11-23', 'en');
    const lists = followUpLists(data, DEFAULT_SETTINGS, '2026-11-23');
    // Three years later, the same delivered job is a dormant relationship: no reminder for it.
    const later = followUpLists(data, DEFAULT_SETTINGS, '2029-11-23');
    expect(lists.due).toHaveLength(1);
    expect(later.dormant.map((d) => d.clientId)).toContain(lists.due[0]!.clientId);
    expect(dueCounts(data, DEFAULT_SETTINGS, '2029-11-23').followUps).toBe(later.due.length);
    expect(later.due.map((d) => d.clientId)).not.toContain(lists.due[0]!.clientId);
  });
});

describe('the daily notifier', () => {
  let dir: string;
  let backend: Backend;
  let clock: Date;
  let win: BrowserWindow;

  beforeEach(async () => {
    resetElectronDouble();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clientfit-notify-'));
    app.setPath('userData', path.join(dir, 'user-data'));
    clock = new Date('2026-11-23T09:00:00');
    backend = await openBackend({ dataDir: path.join(dir, 'data'), dailyBackup: false, now: () => clock });
    await backend.invoke('loadSampleData', { language: 'es' });
    await backend.invoke('updateSettings', { language: 'en' });
    win = new BrowserWindow();
  });
  afterEach(async () => {
    vi.useRealTimers();
    await backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const notifier = () =>
    createDailyNotifier({
      backend,
      // The double stands in for Electron's window; main only restores, shows and focuses it.
      getWindow: () => win as unknown as ElectronWindow,
      send: (w, command) => w.webContents.send(MENU_COMMAND_CHANNEL, command),
      now: () => clock,
    });

  it('shows one notification in the person\'s language and remembers the day in its own file', async () => {
    expect(await notifier().check()).toBe(true);
    expect(Notification.shown.map((n) => n.options)).toEqual([{ title: '2 people are waiting to hear from you', body: '1 check-in and 1 follow-up.' }]);
    const file = path.join(dir, 'user-data', 'notifications-state.json');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ lastDay: '2026-11-23' });

    // Later the same day, and after a restart (a new notifier reading the same file): quiet.
    clock = new Date('2026-11-23T17:00:00');
    expect(await notifier().check()).toBe(false);
    expect(Notification.shown).toHaveLength(1);

    // The next morning it speaks again.
    clock = new Date('2026-11-24T09:00:00');
    expect(await notifier().check()).toBe(true);
    expect(Notification.shown).toHaveLength(2);
  });

  it('speaks the language the person chose since, without a restart', async () => {
    const n = notifier();
    expect(await n.check()).toBe(true);
    await backend.invoke('updateSettings', { language: 'es' });
    clock = new Date('2026-11-24T09:00:00');
    expect(await n.check()).toBe(true);
    expect(Notification.shown.map((x) => x.options.title)).toEqual(['2 people are waiting to hear from you', '2 personas esperan noticias tuyas']);
    expect(Notification.shown[1]!.options.body).toBe('1 pregunta pendiente y 1 seguimiento.');
  });

  it('a click brings the window back on This week', async () => {
    win.isMinimized = () => true;
    const restore = vi.fn();
    win.restore = restore;
    await notifier().check();
    Notification.shown[0]!.click();
    expect(restore).toHaveBeenCalled();
    expect(win.focused).toBe(1);
    expect(win.webContents.sent).toEqual([{ channel: MENU_COMMAND_CHANNEL, args: ['go:home'] }]);
  });

  it('stays quiet when reminders are off, when nobody is waiting, or where notifications are not supported', async () => {
    await backend.invoke('updateSettings', { notifications: false });
    expect(await notifier().check()).toBe(false);

    await backend.invoke('updateSettings', { notifications: true });
    await backend.invoke('removeSampleData');
    expect(await notifier().check()).toBe(false);

    await backend.invoke('loadSampleData', { language: 'es' });
    Notification.supported = false;
    expect(await notifier().check()).toBe(false);
    expect(Notification.shown).toEqual([]);
    // Nothing was remembered, so it speaks as soon as it can.
    expect(openNotificationState().lastDay()).toBeNull();
  });

  it('looks shortly after start and then every few hours, and stops when asked', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] });
    const n = notifier();
    n.start();
    expect(Notification.shown).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_AFTER_MS);
    await vi.waitFor(() => expect(Notification.shown).toHaveLength(1));

    clock = new Date('2026-11-24T09:00:00');
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    await vi.waitFor(() => expect(Notification.shown).toHaveLength(2));

    n.stop();
    clock = new Date('2026-11-25T09:00:00');
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS * 2);
    expect(Notification.shown).toHaveLength(2);
  });
});
