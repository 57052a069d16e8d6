import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindow } from 'electron';
import { DEFAULT_SIZE, MIN_SIZE, openWindowStateStore, placeWindow, trackWindowState, type WindowState } from '../../electron/main/windowState';
import { app, BrowserWindow as FakeWindow, resetElectronDouble } from '../support/electron-double';

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('placeWindow', () => {
  it('opens centred at the default size when nothing (or nonsense) was saved', () => {
    for (const saved of [undefined, null, 'big', { bounds: { x: 0, y: 0, width: -5, height: 10 }, maximized: false }]) {
      expect(placeWindow(saved, [laptop])).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
    }
  });

  it('puts a window back where it was when that place is still on screen', () => {
    const saved: WindowState = { bounds: { x: 1600, y: 100, width: 1300, height: 900 }, maximized: true };
    expect(placeWindow(saved, [laptop, monitorOnTheRight])).toEqual(saved);
  });

  it('centres a window whose display is gone, keeping its maximised state', () => {
    const saved: WindowState = { bounds: { x: 1600, y: 100, width: 1300, height: 900 }, maximized: true };
    expect(placeWindow(saved, [laptop])).toEqual({ bounds: DEFAULT_SIZE, maximized: true });
  });

  it('pulls a window that hangs off the edge fully inside the display it overlaps most', () => {
    const saved: WindowState = { bounds: { x: 1000, y: 600, width: 1200, height: 800 }, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual({ bounds: { x: 240, y: 70, width: 1200, height: 800 }, maximized: false });
  });

  it('shrinks a window larger than the display, and never below the minimum the display allows', () => {
    const huge: WindowState = { bounds: { x: 0, y: 0, width: 5000, height: 3000 }, maximized: false };
    expect(placeWindow(huge, [laptop]).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 870 });
    const tiny: WindowState = { bounds: { x: 10, y: 10, width: 100, height: 100 }, maximized: false };
    expect(placeWindow(tiny, [laptop]).bounds).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
  });
});

describe('window state file', () => {
  let dir: string;
  beforeEach(() => {
    resetElectronDouble();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clientfit-window-'));
    app.setPath('userData', dir);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps its own window-state.json in the user data folder', () => {
    const state: WindowState = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false };
    openWindowStateStore().save(state);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'window-state.json'), 'utf8'))).toEqual({ state });
    expect(openWindowStateStore().load()).toEqual(state);
  });

  it('starts over when the file is damaged, instead of failing to open the window', () => {
    fs.writeFileSync(path.join(dir, 'window-state.json'), '{ not json');
    expect(openWindowStateStore().load()).toBeUndefined();
  });

  it('saves the normal bounds and maximised state when the window closes', () => {
    const saved: WindowState[] = [];
    const win = new FakeWindow();
    win.isMaximized = () => true;
    trackWindowState(win as unknown as BrowserWindow, (s) => saved.push(s));
    win.emit('close');
    expect(saved).toEqual([{ bounds: { x: 0, y: 0, width: 1200, height: 800 }, maximized: true }]);
  });
});
