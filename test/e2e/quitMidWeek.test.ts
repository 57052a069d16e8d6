/**
 * A person's week with the app quit every evening, across the end of a month: each quit leaves
 * the note that the month files are whole, so the next start skips looking for an entry in two
 * months, and the first edit after it (a move to the other month) still finds its entry. A
 * month file put back by hand while the app is closed no longer matches the note: the copy it
 * brings back is dropped, and the week's total stays what the person logged.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, useChromium } from './harness';
import { itemsOnDisk, seedClient } from './seed';

const chromium = useChromium();
const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/quit-mid-week');
type Entry = { id: string; date: string; minutes: number };

describe('a week with a quit every evening', () => {
  it('keeps every hour once, through a move to the next month and a month file put back by hand', async () => {
    // Monday 30 November 2026: an hour and a half, then quit.
    const monday = await chromium.open({ now: '2026-11-30T09:00:00' });
    const { dataDir } = monday;
    await seedClient(monday, { name: 'Panadería Sol' }, [{ title: 'Identidad visual' }]);
    await monday.page.getByRole('button', { name: /^Tiempo/ }).click();
    await monday.page.getByLabel('Duración').fill('1:30');
    await monday.page.getByRole('button', { name: 'Registrar' }).click();
    await expect.poll(() => monday.page.getByTestId('week-total').textContent()).toBe('1 h 30 min');
    await monday.close();
    const note = path.join(dataDir, 'time', 'checked.json');
    expect(Object.keys(JSON.parse(fs.readFileSync(note, 'utf8')).files)).toEqual(['2026-11.json']);
    const novemberOnMonday = fs.readFileSync(path.join(dataDir, 'time', '2026-11.json'));

    // Tuesday 1 December: Monday's entry belonged to today (a move to December), and 45 minutes more.
    const tuesday = await chromium.open({ now: '2026-12-01T09:00:00', dataDir });
    const { page } = tuesday;
    expect(fs.existsSync(note), 'read and removed at start').toBe(false);
    await page.getByRole('button', { name: /^Tiempo/ }).click();
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('1 h 30 min');
    const list = page.getByRole('list', { name: 'Entradas de esta semana' });
    await list.getByRole('button', { name: /^Editar 1 h 30 min en Identidad visual/ }).click();
    const form = page.getByRole('form', { name: 'Editar entrada' });
    await form.getByLabel('Fecha').fill('2026-12-01');
    await form.getByRole('button', { name: 'Guardar' }).click();
    await form.waitFor({ state: 'detached' });
    const tuesdayCell = page.getByRole('textbox', { name: /Tiempo en Identidad visual · .*, 1 dic 2026/ });
    await expect.poll(() => tuesdayCell.inputValue()).toBe('1:30');
    await page.getByLabel('Duración').fill('0:45');
    await page.getByRole('button', { name: 'Registrar' }).click();
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('2 h 15 min');
    await screenshot(page, path.join(SHOTS, 'tuesday.png'));
    await tuesday.close();
    expect(itemsOnDisk<Entry>(dataDir, 'time/2026-11')).toEqual([]);
    expect(itemsOnDisk<Entry>(dataDir, 'time/2026-12').map((e) => [e.date, e.minutes])).toEqual([
      ['2026-12-01', 90],
      ['2026-12-01', 45],
    ]);

    // While the app is closed, Monday's November file comes back (copied from elsewhere by hand).
    fs.writeFileSync(path.join(dataDir, 'time', '2026-11.json'), novemberOnMonday);
    const wednesday = await chromium.open({ now: '2026-12-02T09:00:00', dataDir });
    await wednesday.page.getByRole('button', { name: /^Tiempo/ }).click();
    await expect.poll(() => wednesday.page.getByTestId('week-total').textContent()).toBe('2 h 15 min');
    await expect.poll(() => wednesday.page.getByRole('textbox', { name: /Tiempo en Identidad visual · .*, 30 nov 2026/ }).inputValue()).toBe('');
    await screenshot(wednesday.page, path.join(SHOTS, 'wednesday-after-the-copy.png'));
    // The copy went from disk too, so it cannot come back at a later start.
    expect(itemsOnDisk<Entry>(dataDir, 'time/2026-11')).toEqual([]);
    await wednesday.close();
  });
});
