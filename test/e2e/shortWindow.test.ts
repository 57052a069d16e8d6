/**
 * A short window (a laptop with the window half its height): the window itself never scrolls,
 * so the sidebar never slides away with the page; the sidebar and the screen each scroll on
 * their own, and everything in either can be reached with the wheel or the keyboard.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { screenshot, useChromium } from './harness';
import { seedClient } from './seed';

const chromium = useChromium();
const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/short-window');

const inView = async (page: Page, target: Locator) => {
  const box = await target.boundingBox();
  const height = page.viewportSize()!.height;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
};

describe('a short window', () => {
  it('scrolls the sidebar and the screen each on its own, never the window', async () => {
    const app = await chromium.open({ now: '2026-11-30T09:00:00', viewport: { width: 1024, height: 480 } });
    const { page } = app;
    await seedClient(app, { name: 'Panadería Sol' }, [{ title: 'Identidad visual' }]);
    await page.reload();
    await page.getByRole('button', { name: /^Tiempo/ }).click();
    await page.getByRole('heading', { name: 'Tiempo', level: 1 }).waitFor();
    const windowScroll = () => page.evaluate(() => document.scrollingElement!.scrollHeight - innerHeight);
    expect(await windowScroll()).toBe(0);

    // The sidebar is taller than the window here: its foot is reached by scrolling the sidebar alone.
    const newInquiry = page.getByRole('button', { name: /Nueva consulta/ });
    await page.mouse.move(100, 300);
    await page.mouse.wheel(0, 1000);
    await expect.poll(() => inView(page, newInquiry)).toBe(true);
    await expect.poll(() => page.getByRole('heading', { name: 'Tiempo', level: 1 }).boundingBox().then((b) => b!.y)).toBeGreaterThan(0);
    await screenshot(page, path.join(SHOTS, 'sidebar-scrolled.png'));

    // The screen scrolls under its own heading's place, the sidebar stays where it was.
    const register = page.getByRole('button', { name: 'Registrar' });
    expect(await inView(page, register)).toBe(false);
    const sidebarBefore = await newInquiry.boundingBox();
    await page.mouse.move(700, 300);
    await page.mouse.wheel(0, 1000);
    await expect.poll(() => inView(page, register)).toBe(true);
    expect(await newInquiry.boundingBox()).toEqual(sidebarBefore);
    expect(await windowScroll()).toBe(0);
    await screenshot(page, path.join(SHOTS, 'screen-scrolled.png'));

    // With the keyboard: the first navigation item, focused, comes back into view.
    await page.getByRole('button', { name: /^Esta semana/ }).focus();
    await expect.poll(() => inView(page, page.getByRole('button', { name: /^Esta semana/ }))).toBe(true);
    await app.close();
  });
});
