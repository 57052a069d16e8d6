/**
 * A person's week when the app is killed before it quits (a crash, a power cut, the laptop's
 * battery): the hours logged by hand, in the week grid and by the timer are in the time
 * journal, not yet in their month file, and the next start shows every one of them, in
 * Chromium against the real backend on a copy of the folder as the kill left it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, useChromium } from './harness';
import { itemsOnDisk, seedClient } from './seed';
import { tempDir } from '../support/backend';

const chromium = useChromium();
const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/killed-mid-week');
const HOUR = 3_600_000;

describe('killed mid-week', () => {
  it('every hour acknowledged on screen is there after the restart, with the same totals', async () => {
    // Wednesday 18 November 2026.
    const app = await chromium.open({ now: '2026-11-18T09:00:00' });
    const { page } = app;
    await seedClient(app, { name: 'Panadería Sol' }, [{ title: 'Identidad visual', pricing: { mode: 'fixed', amount: 120000 } }]);

    await page.getByRole('button', { name: /^Tiempo/ }).click();
    // The timer's two hours: stopping it writes the month file (with the timer's file).
    await page.getByRole('button', { name: 'Iniciar el cronómetro en Identidad visual' }).click();
    await page.getByRole('group', { name: 'Cronómetro en marcha' }).waitFor();
    await app.advance(2 * HOUR);
    await page.getByRole('group', { name: 'Cronómetro en marcha' }).getByRole('button', { name: 'Parar' }).click();
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('2 h');
    // Then an hour and a half by hand and 45 minutes in Monday's cell: one journal line each.
    await page.getByLabel('Duración').fill('1:30');
    await page.getByRole('button', { name: 'Registrar' }).dblclick();
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('3 h 30 min');
    const monday = page.getByRole('textbox', { name: /Tiempo en Identidad visual · .*, 16 nov 2026/ });
    await monday.fill('0:45');
    await monday.press('Enter');
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('4 h 15 min');

    await screenshot(page, path.join(SHOTS, 'before-the-kill.png'));

    // The kill: the folder as it is now, without the app's quit (which folds the journal).
    const monthFile = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'time', '2026-11.json'), 'utf8')) as { items: unknown[] };
    expect(monthFile.items, 'only the timer\'s entry is in the month file').toHaveLength(1);
    expect(fs.readFileSync(path.join(app.dataDir, 'time', 'journal.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
    const after = tempDir('clientfit-e2e-killed-');
    fs.cpSync(app.dataDir, after, { recursive: true });
    await app.close();

    const again = await chromium.open({ now: '2026-11-18T11:05:00', dataDir: after });
    await again.page.getByRole('button', { name: /^Tiempo/ }).click();
    await expect.poll(() => again.page.getByTestId('week-total').textContent()).toBe('4 h 15 min');
    await screenshot(again.page, path.join(SHOTS, 'after-the-restart.png'));
    // The sidebar's timer names the project whole, with its client, and its select still chooses it.
    const pill = again.page.getByRole('group', { name: 'Cronómetro', exact: true });
    expect(await pill.textContent()).toContain('Identidad visual');
    expect(await pill.textContent()).toContain('Panadería Sol');
    expect(await pill.getByLabel('Proyecto del cronómetro').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('Identidad visual · Panadería Sol');
    // Folded at the start: the month file alone holds the three entries, each once.
    expect(fs.existsSync(path.join(after, 'time', 'journal.jsonl'))).toBe(false);
    const entries = itemsOnDisk<{ date: string; minutes: number }>(after, 'time/2026-11').map((e) => [e.date, e.minutes]);
    // In the order they were logged: the timer's, then the two by hand.
    expect(entries).toEqual([
      ['2026-11-18', 120],
      ['2026-11-18', 90],
      ['2026-11-16', 45],
    ]);
    await again.close();
  });
});
