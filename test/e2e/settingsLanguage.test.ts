/**
 * The language card in Settings: each switch under a visible label in the person's
 * language, the Tú/Usted options explained in both languages, and each choice saved.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, useChromium } from './harness';
import { ok } from './seed';
import { goTo } from './screens';

const chromium = useChromium();
const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/settings-language');

const savedSettings = (dataDir: string) => JSON.parse(fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8')).settings as { language?: string; formality?: string };

describe('the language card', () => {
  it('words the Tú/Usted switch in Spanish and in English, and saves what is chosen', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    const { page } = app;
    await ok(app, 'loadSampleData', { language: 'es' });
    await page.reload();
    await goTo(page, 'settings');

    const formality = page.getByRole('group', { name: 'Cómo tratan las cartas en español' });
    expect(await formality.getByRole('button').allTextContents()).toEqual(['Tú (cercano)', 'Usted (formal)']);
    await page.getByText('Solo cambia las cartas en español.').waitFor();
    await formality.getByRole('button', { name: 'Usted (formal)' }).click();
    await expect.poll(() => formality.getByRole('button', { name: 'Usted (formal)' }).getAttribute('aria-pressed')).toBe('true');
    expect(savedSettings(app.dataDir).formality).toBe('usted');

    // Started in Spanish, the calendars of date fields speak Spanish: nothing to say yet.
    const calendarNote = /calendarios|calendars/;
    expect(await page.getByRole('status').filter({ hasText: calendarNote }).count()).toBe(0);

    // Switching the app to English rewords the card at once.
    await page.getByRole('group', { name: 'Idioma de ClientFit' }).getByRole('button', { name: 'English' }).click();
    const english = page.getByRole('group', { name: 'How Spanish letters address people' });
    await english.waitFor();
    expect(await english.getByRole('button').allTextContents()).toEqual(['Tú (informal)', 'Usted (formal)']);
    expect(await english.getByRole('button', { name: 'Usted (formal)' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByText('Only letters in Spanish change.').waitFor();
    expect(await page.getByRole('group', { name: "ClientFit's language" }).getByRole('button', { name: 'English' }).getAttribute('lang')).toBe('en');
    expect(savedSettings(app.dataDir).language).toBe('en');
    // Chromium's own calendar keeps the language the app started in until the next start: said so.
    await page.getByRole('status').filter({ hasText: 'Date calendars will show in English the next time you open ClientFit.' }).waitFor();
    await screenshot(page, path.join(SHOTS, 'switched-to-english.png'));
    // Back to Spanish, the calendars already speak it: the line goes.
    await page.getByRole('group', { name: "ClientFit's language" }).getByRole('button', { name: 'Español' }).click();
    await page.getByRole('group', { name: 'Idioma de ClientFit' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: calendarNote }).count()).toBe(0);
    await app.close();
  });
});
