/**
 * Date fields in the person's language, whatever the system's: a Spanish person reads and types
 * dd/mm/aaaa, an English one the order of the app's English, and what is saved is that day.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useChromium } from './harness';
import { goTo, words } from './screens';
import { ok, seedClient } from './seed';

const chromium = useChromium();
const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/dates');

/** Every date input on screen that a person can see (the system's own, kept as the picker, is never one). */
const visibleNativeDateInputs = (page: Page) =>
  page.locator('input[type="date"], input[type="datetime-local"]').evaluateAll((els) => els.filter((el) => getComputedStyle(el).opacity !== '0' && (el as HTMLElement).offsetWidth > 1).length);

describe('date fields in the app language', () => {
  for (const language of ['es', 'en'] as const) {
    it(`${language}: the time form shows today as dd/mm/yyyy, refuses 31/02 in ${language === 'es' ? 'Spanish' : 'English'}, and logs the day typed`, async () => {
      const app = await chromium.open({ now: '2026-11-23T10:00:00', language });
      const { page } = app;
      const t = words(language);
      try {
        await seedClient(app, { name: 'Café Norte' }, [{ title: 'Identidad visual' }]);
        await goTo(page, 'time');
        const form = page.locator('section', { has: page.getByRole('heading', { name: t('time.manual') }) });
        const date = form.getByLabel(t('time.date'), { exact: true });
        // Today, day first, as the rest of the app writes dates; the pattern in the person's letters.
        expect(await date.inputValue()).toBe('23/11/2026');
        expect(await date.getAttribute('placeholder')).toBe(language === 'es' ? 'dd/mm/aaaa' : 'dd/mm/yyyy');
        expect(await visibleNativeDateInputs(page)).toBe(0);

        await date.fill('31/02/2026');
        await date.press('Tab');
        const alert = form.getByRole('alert');
        expect(await alert.textContent()).toBe(
          language === 'es'
            ? 'Esa fecha no existe. Escríbela como dd/mm/aaaa, por ejemplo 23/11/2026.'
            : 'That date does not exist. Type it as dd/mm/yyyy, for example 23/11/2026.',
        );
        await screenshot(page, path.join(SHOTS, `error-${language}.png`));

        // 4/11: the 4th of November of this year, written out in full once the field is left.
        await date.fill('4/11');
        await date.press('Tab');
        expect(await date.inputValue()).toBe('04/11/2026');
        expect(await alert.count()).toBe(0);
        await form.getByLabel(t('time.duration'), { exact: true }).fill('1:30');
        await form.getByRole('button', { name: t('time.log') }).click();
        await expect.poll(async () => (await ok(app, 'getDataset')).timeEntries.map((e) => `${e.date} ${e.minutes}`)).toEqual(['2026-11-04 90']);
        await screenshot(page, path.join(SHOTS, `time-${language}.png`));
      } finally {
        await app.close();
      }
    });
  }

  it('es: the inquiry deadline reads dd/mm/aaaa and a typed day reaches the verdict', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00', language: 'es' });
    const { page } = app;
    try {
      await goTo(page, 'inquiries');
      const deadline = page.getByLabel('Fecha de entrega');
      await deadline.waitFor();
      expect(await deadline.getAttribute('placeholder')).toBe('dd/mm/aaaa');
      await deadline.fill('15/01/2027');
      await deadline.press('Tab');
      expect(await deadline.inputValue()).toBe('15/01/2027');
      expect(await visibleNativeDateInputs(page)).toBe(0);
      await screenshot(page, path.join(SHOTS, 'inquiry-es.png'));
    } finally {
      await app.close();
    }
  });

  for (const language of ['es', 'en'] as const) {
    it(`${language}: the forgotten timer's exact end reads day/month/year and a 24-hour time, and a typed end is what gets counted`, async () => {
      const app = await chromium.open({ now: '2026-12-04T15:00:00', language });
      const { page } = app;
      const t = words(language);
      try {
        await seedClient(app, { name: 'Café Norte' }, [{ title: 'Identidad visual' }]);
        await page.getByRole('button', { name: t('timer.startOn').replace('{{project}}', 'Identidad visual') }).click();
        await page.getByRole('group', { name: t('timer.running') }).waitFor();
        await app.advance(63 * 3600_000);
        await page.getByRole('group', { name: t('timer.running') }).getByRole('button', { name: t('timer.stop') }).click();
        const dialog = page.getByRole('dialog', { name: t('timerEnd.title') });
        await dialog.waitFor();
        const exact = dialog.getByLabel(t('timerEnd.exactLabel'));
        // The first choice (the end of that day at the usual hour) is proposed, day first, in 24 hours.
        expect(await exact.inputValue()).toMatch(/^04\/12\/2026 \d\d:\d\d$/);
        expect(await exact.getAttribute('placeholder')).toBe(language === 'es' ? 'dd/mm/aaaa hh:mm' : 'dd/mm/yyyy hh:mm');
        expect(await visibleNativeDateInputs(page)).toBe(0);
        // Saturday 5 December at 18:00 as a person types it: 27 hours, one entry per day.
        await exact.fill('5/12/2026 18:00');
        await expect.poll(() => dialog.getByTestId('timer-end-summary').textContent()).toMatch(language === 'es' ? /^Se registrarán 27 h en 2 entradas/ : /27 h .*2 entries/);
        await screenshot(page, path.join(SHOTS, `timer-${language}.png`));
      } finally {
        await app.close();
      }
    });
  }
});
