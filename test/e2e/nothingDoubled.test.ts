/**
 * Nothing doubled, nothing booked without the person, in Chromium against real files: a
 * fast double click on each create button gives one record, the same CSV imported twice
 * gives the same week, and a timer forgotten over a weekend asks when the work ended.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { screenshot, type RunningApp, useChromium } from './harness';
import { itemsOnDisk, seedClient } from './seed';

const chromium = useChromium();

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/nothing-doubled');
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const HOUR = 3_600_000;

/** WCAG 2.0 and 2.1, A and AA, as the accessibility suite checks every screen. */
async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The records of a data file (`clients.json`, `time/2026-11.json`). */
const items = <T = Record<string, unknown>>(app: RunningApp, file: string): T[] => itemsOnDisk<T>(app.dataDir, file);

/** Two clicks as fast as a mouse sends them: raw input, not waiting for the button to settle. */
async function twoRapidClicks(page: Page, button: Locator) {
  await button.scrollIntoViewIfNeeded();
  const box = (await button.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await Promise.all([page.mouse.click(x, y), page.mouse.click(x, y)]);
}

async function seedProject(app: RunningApp, title = 'Identidad visual') {
  return (await seedClient(app, { name: 'Panadería Sol' }, [{ title }])).projectIds[0]!;
}

describe('one record per submission', () => {
  it('a double click on Añadir cliente, Añadir proyecto, Registrar and Añadir colega gives one record each', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    const { page } = app;

    // Client: a dblclick, then two rapid clicks on a second one.
    await page.getByRole('button', { name: /^Clientes/ }).click();
    await page.getByRole('button', { name: 'Añadir cliente' }).first().click();
    let dialog = page.getByRole('dialog', { name: 'Añadir cliente' });
    await dialog.getByLabel('Nombre').fill('Bodegas Arlanza');
    await dialog.getByRole('button', { name: 'Añadir cliente' }).dblclick();
    await page.getByRole('heading', { name: /Bodegas Arlanza/ }).waitFor();
    expect(items(app, 'clients.json').map((c) => c.name)).toEqual(['Bodegas Arlanza']);

    // Project, on that client's page.
    await page.getByRole('button', { name: 'Añadir proyecto' }).first().click();
    dialog = page.getByRole('dialog', { name: 'Añadir proyecto' });
    await dialog.getByLabel('Título').fill('Etiquetas de vino');
    await dialog.getByLabel('Importe').fill('1.800');
    await dialog.getByRole('button', { name: 'Añadir proyecto' }).dblclick();
    await page.getByRole('button', { name: 'Etiquetas de vino', exact: true }).waitFor();
    expect(items(app, 'projects.json').map((p) => p.title)).toEqual(['Etiquetas de vino']);

    await page.getByRole('button', { name: /^Clientes/ }).click();
    await page.getByRole('button', { name: 'Añadir cliente' }).first().click();
    dialog = page.getByRole('dialog', { name: 'Añadir cliente' });
    await dialog.getByLabel('Nombre').fill('Café Norte');
    await twoRapidClicks(page, dialog.getByRole('button', { name: 'Añadir cliente' }));
    await page.getByRole('heading', { name: /Café Norte/ }).waitFor();
    expect(items(app, 'clients.json').map((c) => c.name)).toEqual(['Bodegas Arlanza', 'Café Norte']);

    // Time: the manual entry's Registrar, twice each way, and Enter twice in a week cell.
    await page.getByRole('button', { name: /^Tiempo/ }).click();
    const log = page.getByRole('button', { name: 'Registrar' });
    await page.getByLabel('Duración').fill('1:00');
    await log.dblclick();
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('1 h');
    await page.getByLabel('Duración').fill('0:30');
    await twoRapidClicks(page, log);
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('1 h 30 min');
    const cell = page.getByRole('textbox', { name: /Tiempo en Etiquetas de vino · .*, 24 nov 2026/ });
    await cell.fill('0:45');
    await Promise.all([cell.press('Enter'), cell.press('Enter')]);
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('2 h 15 min');
    await screenshot(page, path.join(SHOTS, 'time-after-double-clicks.png'));
    expect(items<{ minutes: number }>(app, 'time/2026-11.json').map((e) => e.minutes).sort((a, b) => a - b)).toEqual([30, 45, 60]);

    // Colleague.
    await page.getByRole('navigation').getByRole('button', { name: /^Colegas/ }).click();
    await page.getByRole('button', { name: 'Añadir colega' }).first().click();
    dialog = page.getByRole('dialog', { name: 'Añadir colega' });
    await dialog.getByLabel('Nombre').fill('Lucía Pardo');
    await dialog.getByRole('button', { name: 'Añadir colega' }).dblclick();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Añadir colega' }).first().click();
    await dialog.getByLabel('Nombre').fill('Tom Reed');
    // The toasts sit over the dialog's corner: let them go, so the clicks reach the button.
    await app.advance(10_000);
    await twoRapidClicks(page, dialog.getByRole('button', { name: 'Añadir colega' }));
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => items(app, 'colleagues.json').map((c) => c.name)).toEqual(['Lucía Pardo', 'Tom Reed']);
    await app.close();
  });
});

describe('re-import', () => {
  it('the same CSV imported twice gives the same week total, and the preview says those entries were there', async () => {
    const app = await chromium.open({ now: '2024-03-06T10:00:00' });
    const { page } = app;
    await page.getByRole('button', { name: /^Tiempo/ }).click();
    const importOnce = async () => {
      await page.getByRole('button', { name: 'Importar tiempo' }).click();
      const dialog = page.getByRole('dialog', { name: 'Importar tiempo de un archivo CSV' });
      await dialog.locator('input[type="file"]').setInputFiles(path.join(FIXTURES, 'clockify-standard.csv'));
      return dialog.getByRole('region', { name: 'Lo que importaría este archivo' });
    };

    let preview = await importOnce();
    await preview.getByRole('button', { name: 'Importar 7 registros (13 h 15 min)' }).click();
    await page.getByText('7 registros importados: 13 h 15 min.').waitFor();
    const week = page.getByTestId('week-total');
    await expect.poll(() => week.textContent()).toBe('4 h 30 min');
    const firstTime = items(app, 'time/2024-03.json').length;

    // The second time: recognised, every row counted apart, nothing to import unless asked.
    preview = await importOnce();
    await preview.getByTestId('import-before').waitFor();
    expect(await preview.getByTestId('import-before').textContent()).toBe('Este archivo se importó el 6 mar a las 10:00.');
    expect(await preview.getByTestId('import-duplicates').textContent()).toContain('7 ya estaban en ClientFit: no se importan otra vez');
    expect(await page.getByTestId('import-count').textContent()).toBe('0');
    const confirm = preview.getByRole('button', { name: /^Importar 0 registros/ });
    expect(await confirm.isDisabled()).toBe(true);
    await screenshot(page, path.join(SHOTS, 'reimport-preview.png'));
    expect(await axeViolations(page)).toEqual([]);
    // The switch would import them anyway.
    await preview.getByLabel('Importarlos de todos modos').check();
    await preview.getByRole('button', { name: 'Importar 7 registros (13 h 15 min)' }).waitFor();
    await preview.getByLabel('Importarlos de todos modos').uncheck();
    await preview.getByRole('button', { name: 'Cancelar' }).click();
    expect(await week.textContent()).toBe('4 h 30 min');
    expect(items(app, 'time/2024-03.json')).toHaveLength(firstTime);

    // The backups list tells the import's backup by its file, to the minute.
    await page.getByRole('navigation').getByRole('button', { name: /^Ajustes/ }).click();
    const row = page.getByRole('row', { name: /Antes de importar clockify-standard\.csv/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/6 mar 2024 10:0\d/);
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'backups.png'));
    await app.close();
  });
});

describe('the forgotten timer', () => {
  it('a timer moved 63 h forward asks when the work ended and logs what was chosen', async () => {
    // Friday 4 December 2026, 15:00.
    const app = await chromium.open({ now: '2026-12-04T15:00:00' });
    const { page } = app;
    const projectId = await seedProject(app);
    await page.getByRole('button', { name: 'Iniciar el cronómetro en Identidad visual' }).click();
    await page.getByRole('group', { name: 'Cronómetro en marcha' }).waitFor();
    await app.advance(63 * HOUR);
    await expect.poll(() => page.getByTestId('timer-elapsed').textContent()).toMatch(/^6[23]:\d\d:\d\d$/);
    await screenshot(page, path.join(SHOTS, 'pill-long.png'));

    await page.getByRole('group', { name: 'Cronómetro en marcha' }).getByRole('button', { name: 'Parar' }).click();
    const dialog = page.getByRole('dialog', { name: '¿Cuándo terminaste?' });
    await dialog.waitFor();
    // Nothing was written: the timer still runs and no hours were logged.
    expect(fs.existsSync(path.join(app.dataDir, 'time'))).toBe(false);
    expect(await dialog.textContent()).toContain('empezó el vie, 4 dic, 15:00');
    await dialog.getByText('Al final de ese día, a tu hora habitual (vie, 4 dic, 18:00)').waitFor();
    await dialog.getByText(/^Ahora \(lun, 7 dic, 6:00\)$/).waitFor();
    expect(await dialog.getByTestId('timer-end-summary').textContent()).toBe('Se registrarán 3 h el 4 dic 2026.');
    await screenshot(page, path.join(SHOTS, 'when-did-you-finish.png'));
    expect(await axeViolations(page)).toEqual([]);

    // An exact end on Sunday: 51 h, one entry per day.
    await dialog.getByLabel('Fecha y hora en que terminaste').fill('2026-12-06T18:00');
    expect(await dialog.getByTestId('timer-end-summary').textContent()).toBe(
      'Se registrarán 51 h en 3 entradas: 4 dic 2026 9 h · 5 dic 2026 24 h · 6 dic 2026 18 h.',
    );
    // Back to Friday evening, 19:30: one entry of 4 h 30 min on the start day.
    await dialog.getByLabel('Fecha y hora en que terminaste').fill('2026-12-04T19:30');
    expect(await dialog.getByTestId('timer-end-summary').textContent()).toBe('Se registrarán 4 h 30 min el 4 dic 2026.');
    await dialog.getByRole('button', { name: 'Registrar', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Tiempo registrado en Identidad visual: 4 h 30 min.').waitFor();
    expect(items(app, 'time/2026-12.json')).toEqual([
      { id: expect.any(String), projectId, date: '2026-12-04', minutes: 270, billable: true },
    ]);
    await page.getByRole('group', { name: 'Cronómetro' }).waitFor();
    await app.close();
  });

  it('a run across midnight is logged on its start day, or split by day when asked', async () => {
    const app = await chromium.open({ now: '2026-12-04T21:00:00' });
    const { page } = app;
    await seedProject(app);
    // The long-timer hours, set in Settings.
    await page.getByRole('navigation').getByRole('button', { name: /^Ajustes/ }).click();
    const field = page.getByLabel('Preguntar si el cronómetro pasa de (horas)');
    expect(await field.inputValue()).toBe('10');
    await field.fill('0');
    await page.getByRole('button', { name: 'Guardar', exact: true }).first().click();
    await page.getByText('Escribe un número entero de horas entre 1 y 168.').waitFor();
    await field.fill('2');
    await field.scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'settings-long-timer.png'));
    await page.getByRole('button', { name: 'Guardar', exact: true }).first().click();
    await page.getByText('Ajustes guardados.').waitFor();
    expect(JSON.parse(fs.readFileSync(path.join(app.dataDir, 'settings.json'), 'utf8')).settings.longTimerHours).toBe(2);
    await page.getByRole('button', { name: 'Iniciar el cronómetro en Identidad visual' }).click();
    await app.advance(5 * HOUR);
    await page.getByRole('group', { name: 'Cronómetro en marcha' }).getByRole('button', { name: 'Parar' }).click();
    const dialog = page.getByRole('dialog', { name: '¿Cuándo terminaste?' });
    await dialog.getByLabel('Ahora (sáb, 5 dic, 2:00)').check();
    expect(await dialog.getByTestId('timer-end-summary').textContent()).toBe('Se registrarán 5 h el 4 dic 2026.');
    await dialog.getByLabel('Repartir por días: una entrada por cada día').check();
    expect(await dialog.getByTestId('timer-end-summary').textContent()).toBe('Se registrarán 5 h en 2 entradas: 4 dic 2026 3 h · 5 dic 2026 2 h.');
    await screenshot(page, path.join(SHOTS, 'split-by-day.png'));
    await dialog.getByRole('button', { name: 'Registrar', exact: true }).click();
    await page.getByText('5 h registrado en Identidad visual, repartido en 2 días.').waitFor();
    expect(items<{ date: string; minutes: number }>(app, 'time/2026-12.json').map((e) => [e.date, e.minutes])).toEqual([
      ['2026-12-04', 180],
      ['2026-12-05', 120],
    ]);
    await app.close();
  });
});
