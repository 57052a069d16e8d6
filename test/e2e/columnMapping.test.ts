import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, type RunningApp, useChromium } from './harness';
import { tempDir } from '../support/backend';
import { itemsOnDisk } from './seed';

const chromium = useChromium();

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/columnMapping');
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Axe's WCAG 2.1 A and AA findings on the open step: rule and elements. */
async function axeFindings(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('.dialog').withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Importar tiempo de un archivo CSV' });
const step = (page: Page) => dialog(page).getByRole('region', { name: '¿Qué columna es cada cosa?' });
const preview = (page: Page) => dialog(page).getByRole('region', { name: 'Lo que importaría este archivo' });

async function openImport(page: Page, file: string) {
  await page.getByRole('button', { name: /^Tiempo/ }).click();
  await page.getByRole('button', { name: 'Importar tiempo' }).click();
  await dialog(page).locator('input[type="file"]').setInputFiles(file);
}

function read<T>(app: RunningApp, file: string): T {
  return JSON.parse(fs.readFileSync(path.join(app.dataDir, file), 'utf8')) as T;
}

function monthMinutes(app: RunningApp, month: string): number {
  return itemsOnDisk<{ minutes: number }>(app.dataDir, `time/${month}`).reduce((s, e) => s + e.minutes, 0);
}

/** The "Horas registradas" figure on a client's page. */
async function clientHours(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: /^Clientes/ }).first().click();
  await page.getByRole('row', { name: new RegExp(name) }).getByRole('button', { name }).click();
  await page.getByRole('heading', { name: new RegExp(name), level: 1 }).waitFor();
  const stat = page.locator('.stat').filter({ has: page.getByText('Horas registradas', { exact: true }) });
  return ((await stat.locator('.value').textContent()) ?? '').replace(/\u00a0/g, ' ');
}

describe('the column-mapping step, in Chromium against the real backend', () => {
  it('imports a Kimai export through the step, and the next file with the same header maps itself', async () => {
    const app = await chromium.open({ now: '2024-03-08T10:00:00' });
    const { page } = app;

    await openImport(page, path.join(FIXTURES, 'kimai-en.csv'));
    await step(page).waitFor();
    // Guessed from Kimai's column names; the first row as it will be imported.
    expect(await step(page).getByLabel('Cliente', { exact: true }).inputValue()).toBe('13');
    const first = step(page).getByTestId('mapping-preview').getByRole('row').nth(1);
    expect((await first.textContent())?.replace(/\u00a0/g, ' ')).toMatch(/4 mar 2024.*2 h 30 min.*Panadería La Espiga.*Identidad visual/);
    await screenshot(page, path.join(SHOTS, 'step-kimai-light.png'));
    expect(await axeFindings(page)).toEqual([]);
    await step(page).getByRole('button', { name: 'Continuar' }).scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'step-kimai-light-preview.png'));
    // Nothing is written while mapping.
    expect(fs.existsSync(path.join(app.dataDir, 'time'))).toBe(false);

    await step(page).getByRole('button', { name: 'Continuar' }).click();
    await preview(page).waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toContain('Leído como un CSV con tus columnas');
    expect(await page.getByTestId('import-count').textContent()).toBe('6');
    expect(await page.getByTestId('import-total').textContent()).toBe('12 h');
    await preview(page).getByRole('button', { name: /^Importar 6 registros/ }).click();
    await page.getByText('6 registros importados: 12 h.').waitFor();
    await dialog(page).waitFor({ state: 'detached' });
    expect(monthMinutes(app, '2024-03')).toBe(720);
    // The confirmed columns are in the settings file, under the header line.
    const settings = read<{ settings: { importMappings: Record<string, { client: number }> } }>(app, 'settings.json').settings;
    expect(Object.values(settings.importMappings)).toEqual([expect.objectContaining({ date: 0, duration: 3, client: 13, project: 14 })]);

    // Hours checked where a freelancer looks: 2 h 30 + 3 h 30 for the bakery.
    expect(await clientHours(page, 'Panadería La Espiga')).toBe('6 h');
    expect(await clientHours(page, 'Bloom Skincare Ltd')).toBe('4,3 h');

    // The next week's export from the same Kimai: same header, new rows.
    const header = fs.readFileSync(path.join(FIXTURES, 'kimai-en.csv'), 'utf8').split('\n')[0];
    const week2 = path.join(tempDir('clientfit-kimai-'), 'kimai-week-11.csv');
    fs.writeFileSync(
      week2,
      `${header}\n` +
        '2024-03-11,09:00,12:00,3:00,EUR,180,180,60,,Lucía,lucia,lucia@example.com,,"Panadería La Espiga","Identidad visual",Diseño,"Manual de marca",1,,timesheet,work,,,,\n' +
        '2024-03-12,10:00,11:00,1:00,EUR,60,60,60,,Lucía,lucia,lucia@example.com,,"Panadería La Espiga","Identidad visual",Diseño,"Aplicaciones",1,,timesheet,work,,,,\n',
    );
    await openImport(page, week2);
    await step(page).waitFor();
    await step(page).getByText('Columnas recordadas de la última vez').waitFor();
    await screenshot(page, path.join(SHOTS, 'step-remembered.png'));
    // Pre-filled and ready: Enter goes straight on.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Continuar');
    await page.keyboard.press('Enter');
    await preview(page).waitFor();
    expect(await page.getByTestId('import-total').textContent()).toBe('4 h');
    await preview(page).getByRole('button', { name: /^Importar 2 registros/ }).click();
    await dialog(page).waitFor({ state: 'detached' });
    expect(await clientHours(page, 'Panadería La Espiga')).toBe('10 h');
    await app.close();
  });

  it('imports a Spanish spreadsheet (semicolons, decimal comma, dd/mm/yyyy); the row without client is internal time', async () => {
    const app = await chromium.open({ now: '2024-03-15T10:00:00' });
    const { page } = app;
    await openImport(page, path.join(FIXTURES, 'hoja-es.csv'));
    // This file goes through the step unless a tracker's Spanish headers are one day read as such:
    // either way its hours must land.
    await Promise.race([step(page).waitFor(), preview(page).waitFor()]);
    if (await step(page).isVisible()) {
      expect(await step(page).getByLabel('Los decimales van con').inputValue()).toBe(',');
      expect(await step(page).getByLabel('Las fechas se escriben').inputValue()).toBe('dmy');
      const third = step(page).getByTestId('mapping-preview').getByRole('row').nth(3);
      expect((await third.textContent())?.replace(/\u00a0/g, ' ')).toMatch(/13 mar 2024.*45 min.*Estudio \(tiempo interno\).*Administración/);
      await step(page).getByRole('button', { name: 'Continuar' }).click();
    }
    await preview(page).waitFor();
    expect(await page.getByTestId('import-total').textContent()).toBe('7 h 30 min');
    const table = preview(page).getByRole('table');
    const internal = table.getByRole('row').filter({ hasText: 'Tiempo interno' });
    expect(await internal.getByRole('rowheader').textContent()).toBe('Estudio');
    expect(await internal.textContent()).toContain('45 min');
    await preview(page).getByRole('button', { name: /^Importar 4 registros/ }).click();
    await dialog(page).waitFor({ state: 'detached' });
    expect(monthMinutes(app, '2024-03')).toBe(450);
    const clients = read<{ items: { name: string; internal?: boolean }[] }>(app, 'clients.json').items;
    expect(clients.filter((c) => c.internal).map((c) => c.name)).toEqual(['Estudio']);
    expect(await clientHours(page, 'Estudio Núñez & Asociados')).toBe('3 h');
    await app.close();
  });

  it('shows the step in the dark theme, with solidtime, and Escape cancels it without writing', async () => {
    const app = await chromium.open({ now: '2024-03-08T10:00:00', colorScheme: 'dark' });
    const { page } = app;
    await openImport(page, path.join(FIXTURES, 'solidtime.csv'));
    await step(page).waitFor();
    expect(await step(page).getByLabel('Fecha', { exact: true }).inputValue()).toBe('5');
    await screenshot(page, path.join(SHOTS, 'step-solidtime-dark.png'));
    expect(await axeFindings(page)).toEqual([]);
    await step(page).getByRole('button', { name: 'Continuar' }).scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'step-solidtime-dark-preview.png'));
    await step(page).getByLabel('Fecha', { exact: true }).focus();
    // Every choice is reachable with Tab, each with its label.
    const focusedLabel = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el instanceof HTMLSelectElement ? (el.labels?.[0]?.textContent ?? '?') : null;
      });
    const labels: string[] = [];
    for (let i = 0; i < 14; i++) {
      const label = await focusedLabel();
      if (label) labels.push(label);
      await page.keyboard.press('Tab');
    }
    expect(labels).toEqual(expect.arrayContaining(['Fecha', 'Duración', 'Inicio', 'Fin', 'Cliente', 'Proyecto', 'Nota', 'Facturable', 'Las fechas se escriben', 'Los decimales van con']));
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    expect(fs.existsSync(path.join(app.dataDir, 'time'))).toBe(false);
    await app.close();
  });
});
