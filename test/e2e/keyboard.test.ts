/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './harness';
import { itemsOnDisk, ok } from './seed';

const chromium = useChromium();

/** Presses Tab until the focused element has this accessible label (at most `limit` times). */
async function tabTo(page: Page, label: RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const byId = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
      return el.getAttribute('aria-label') ?? byId ?? el.textContent ?? '';
    });
    if (label.test(focused)) return;
  }
  throw new Error(`Tab never reached ${label}`);
}

const entriesOnDisk = (dir: string) => itemsOnDisk<{ minutes: number; note?: string }>(dir, 'time/2026-11');

describe('logging time with the keyboard alone', () => {
  it('goes to Time with Ctrl+2, logs 1:30 in a day cell with Enter, then a manual entry', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    const { id: clientId } = await ok(app, 'createClient', { name: 'Panadería Sol', source: 'web', status: 'active' });
    await ok(app, 'createProject', { clientId, title: 'Identidad visual', kind: 'branding', pricing: { mode: 'fixed', amount: 120000 }, status: 'in-progress' });
    const { page } = app;
    await page.reload();
    await page.getByRole('heading', { name: 'Esta semana', level: 1 }).waitFor();

    await page.keyboard.press('Control+2');
    await page.getByRole('heading', { name: 'Tiempo', level: 1 }).waitFor();
    await tabTo(page, /Tiempo en Identidad visual · Panadería Sol, 23 nov 2026/);
    await page.keyboard.type('1:30');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('1 h 30 min');
    expect(entriesOnDisk(app.dataDir).map((e) => e.minutes)).toEqual([90]);

    await tabTo(page, /^Duración$/);
    await page.keyboard.type('45m');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Reunión');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('2 h 15 min');
    expect(entriesOnDisk(app.dataDir).map((e) => [e.minutes, e.note ?? ''])).toEqual([
      [90, ''],
      [45, 'Reunión'],
    ]);
    await app.close();
  });
});
