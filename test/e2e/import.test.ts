import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, type RunningApp, useChromium } from './harness';
import { itemsOnDisk, seedClient } from './seed';
import { snapshotFiles } from '../support/backend';

const chromium = useChromium();

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/import');
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

/** An existing client and project, which the files' rows should match by name. */
async function seed(app: RunningApp) {
  await seedClient(app, { name: 'Panadería La Espiga' }, [{ title: 'Identidad visual' }]);
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Importar tiempo de un archivo CSV' });
const preview = (page: Page) => dialog(page).getByRole('region', { name: 'Lo que importaría este archivo' });

async function chooseFile(page: Page, fixture: string) {
  await dialog(page).locator('input[type="file"]').setInputFiles(path.join(FIXTURES, fixture));
  await preview(page).waitFor();
}

function monthFile(app: RunningApp, month: string): { items: { minutes: number; date: string; note?: string }[] } {
  return { items: itemsOnDisk(app.dataDir, `time/${month}`) };
}

describe('importing time from CSV, in Chromium against real files', () => {
  it('imports a Toggl export from the Time screen and a Clockify export from Settings', async () => {
    const app = await chromium.open({ now: '2024-03-06T10:00:00' });
    const { page } = app;
    await seed(app);

    // Toggl Track, from the Time screen.
    await page.getByRole('button', { name: /^Tiempo/ }).click();
    await page.getByRole('button', { name: 'Importar tiempo' }).click();
    await chooseFile(page, 'toggl-bom-amount.csv');
    const summary = page.getByTestId('import-summary');
    expect(await summary.textContent()).toContain('Leído como Toggl Track');
    expect(await page.getByTestId('import-count').textContent()).toBe('8');
    expect(await page.getByTestId('import-total').textContent()).toBe('16 h 51 min');
    const table = preview(page).getByRole('table');
    expect(await table.getByRole('row', { name: /^Panadería La Espiga/ }).textContent()).toContain('Ya está');
    expect(await table.getByRole('row', { name: /^Café Montaña/ }).textContent()).toContain('Cliente nuevo');
    const confirm = preview(page).getByRole('button', { name: /^Importar \d+ registros/ });
    // The entry without a client would go to the internal client; naming a client sends it there instead.
    expect(await confirm.isDisabled()).toBe(false);
    await preview(page).getByLabel('Cliente para el registro que no tiene').fill('Estudio Ferrer');
    await screenshot(page, path.join(SHOTS, 'preview-toggl.png'));
    // Nothing is on disk before Confirm.
    expect(fs.existsSync(path.join(app.dataDir, 'time'))).toBe(false);
    await confirm.click();
    await page.getByText('8 registros importados: 16 h 51 min.').waitFor();
    await dialog(page).waitFor({ state: 'detached' });

    const march = monthFile(app, '2024-03');
    expect(march.items).toHaveLength(8);
    expect(march.items.reduce((s, e) => s + e.minutes, 0)).toBe(1011);
    expect(march.items.map((e) => e.note)).toContain('Reunión con Marta, revisión de paleta\ny tipografías');
    const clients = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'clients.json'), 'utf8')).items.map((c: { name: string }) => c.name);
    expect(clients.sort()).toEqual(['Bloom Skincare Ltd', 'Café Montaña', 'Estudio Ferrer', 'Estudio Núñez & Asociados', 'Panadería La Espiga']);
    const backups = fs.readdirSync(path.join(app.dataDir, 'backups'));
    expect(backups.some((b) => b.endsWith('-pre-import'))).toBe(true);
    // The week of 4 March now holds it all.
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('16 h 51 min');
    await screenshot(page, path.join(SHOTS, 'week-after-toggl.png'));

    // Clockify, from Settings' data section; Bloom Skincare Ltd is now an existing client.
    await page.getByRole('button', { name: /^Ajustes/ }).click();
    await page.getByRole('region', { name: 'Tus datos' }).getByRole('button', { name: 'Importar tiempo' }).click();
    await chooseFile(page, 'clockify-standard.csv');
    expect(await summary.textContent()).toContain('Leído como Clockify');
    expect(await page.getByTestId('import-count').textContent()).toBe('7');
    expect(await page.getByTestId('import-total').textContent()).toBe('13 h 15 min');
    expect(await table.getByRole('row', { name: /^Bloom Skincare Ltd/ }).textContent()).toContain('Ya está');
    expect(await table.getByRole('row', { name: /^Website refresh/ }).textContent()).toContain('Proyecto nuevo');
    await screenshot(page, path.join(SHOTS, 'preview-clockify.png'));
    await preview(page).getByRole('button', { name: 'Importar 7 registros (13 h 15 min)' }).click();
    await page.getByText('7 registros importados: 13 h 15 min.').waitFor();

    expect(monthFile(app, '2024-03').items).toHaveLength(15);
    // 135 on the 4th, 105 + 30 on the 5th: this week gains 4 h 30 min.
    await page.getByRole('button', { name: /^Tiempo/ }).click();
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('21 h 21 min');

    // And out again: the time as CSV (with a BOM, read back the same), everything as JSON.
    await page.getByRole('button', { name: /^Ajustes/ }).click();
    const data = page.getByRole('region', { name: 'Tus datos' });
    await data.scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'settings-data.png'));
    await data.getByRole('button', { name: 'Exportar CSV' }).click();
    const csvToast = page.getByRole('status').filter({ hasText: /15 registros \(30 h 6 min\) exportados a clientfit-time-2024-03-06\.csv/ });
    await csvToast.waitFor();
    const csvFile = path.join(app.downloads, 'clientfit-time-2024-03-06.csv');
    expect(app.saved).toEqual([csvFile]);
    const csvText = fs.readFileSync(csvFile, 'utf8');
    expect(csvText.startsWith('\uFEFFdate,client,project,minutes,billable,note\r\n')).toBe(true);
    expect(csvText).toContain('2024-03-04,Panadería La Espiga,Identidad visual,150,yes,Bocetos de logotipo\r\n');
    // The header and one record per entry (a note's own line break is a bare LF inside quotes).
    expect(csvText.trimEnd().split('\r\n')).toHaveLength(1 + 15);
    await csvToast.getByRole('button', { name: 'Mostrar en la carpeta' }).click();
    await expect.poll(() => app.opened).toContain(`show:${csvFile}`);

    await data.getByRole('button', { name: 'Exportar JSON' }).click();
    await page.getByText('Todo exportado a clientfit-backup-2024-03-06.json.').waitFor();
    const backup = JSON.parse(fs.readFileSync(path.join(app.downloads, 'clientfit-backup-2024-03-06.json'), 'utf8'));
    expect(backup).toMatchObject({ format: 'clientfit-backup', version: 1, settings: { currency: 'EUR' } });
    expect(backup.dataset.timeEntries).toHaveLength(15);
    expect(backup.dataset.clients).toHaveLength(6);
    await app.close();
  });

  it('writes nothing when the import is cancelled', async () => {
    const app = await chromium.open({ now: '2024-03-06T10:00:00' });
    const { page } = app;
    await seed(app);
    const before = snapshotFiles(app.dataDir);
    expect(before.size).toBeGreaterThan(0);

    await page.getByRole('button', { name: /^Tiempo/ }).click();
    await page.getByRole('button', { name: 'Importar tiempo' }).click();
    await chooseFile(page, 'clockify-ambiguous-dates.csv');
    await preview(page).getByRole('group', { name: '¿Cómo están escritas las fechas en este archivo?' }).waitFor();
    await preview(page).getByRole('button', { name: /^Mes\/día/ }).click();
    await screenshot(page, path.join(SHOTS, 'preview-date-order.png'));
    await preview(page).getByRole('button', { name: 'Cancelar' }).click();
    await dialog(page).waitFor({ state: 'detached' });

    // Escape also leaves without a trace.
    await page.getByRole('button', { name: 'Importar tiempo' }).click();
    await chooseFile(page, 'toggl-no-amount.csv');
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });

    expect(snapshotFiles(app.dataDir)).toEqual(before);
    await app.close();
  });

  it('shows line-numbered problems in dark mode too', async () => {
    const app = await chromium.open({ now: '2024-09-10T10:00:00', colorScheme: 'dark' });
    const { page } = app;
    await seed(app);
    await page.getByRole('button', { name: /^Ajustes/ }).click();
    await page.getByRole('region', { name: 'Tus datos' }).getByRole('button', { name: 'Importar tiempo' }).click();
    await chooseFile(page, 'hostile-errors.csv');
    const problems = preview(page).getByRole('region', { name: '7 problemas en el archivo' });
    expect(await problems.getByRole('listitem').first().textContent()).toBe('Línea 5La fecha «2024-02-30» no se puede leer o no existe.');
    await screenshot(page, path.join(SHOTS, 'preview-errors-dark.png'));
    await app.close();
  });
});
