import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, type RunningApp, useChromium } from './harness';
import { tempDir } from '../support/backend';
import { itemsOnDisk } from './seed';

const chromium = useChromium();
const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/importLeftovers');

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Importar tiempo de un archivo CSV' });
const step = (page: Page) => dialog(page).getByRole('region', { name: '¿Qué columna es cada cosa?' });
const preview = (page: Page) => dialog(page).getByRole('region', { name: 'Lo que importaría este archivo' });

const shot = (page: Page, name: string) => screenshot(page, path.join(SHOTS, `${name}.png`));

function file(name: string, text: string): string {
  const p = path.join(tempDir('clientfit-import-'), name);
  fs.writeFileSync(p, text);
  return p;
}

async function openImport(page: Page, csv: string) {
  await page.getByRole('button', { name: /^Tiempo/ }).click();
  await page.getByRole('button', { name: 'Importar tiempo' }).click();
  await dialog(page).locator('input[type="file"]').setInputFiles(csv);
}

const mappingsOnDisk = (app: RunningApp) =>
  (JSON.parse(fs.readFileSync(path.join(app.dataDir, 'settings.json'), 'utf8')) as { settings: { importMappings: Record<string, { billableYes: string[] }> } }).settings.importMappings;

// A hand-made sheet where billable work is marked "Sí", "x" or "1".
const SHEET = ['Día;Horas;Proyecto;Cobrar', '04/03/2024;1,5;Logo;Sí', '05/03/2024;2;Logo;x', '06/03/2024;1;Logo;No', '07/03/2024;0,5;Logo;1', '13/03/2024;1;Logo;'].join('\n');

describe("issue 15's rough edges, in Chromium against the real backend", () => {
  it('ticks every value that means billable, remembers them, and Settings forgets the columns with Undo', async () => {
    const app = await chromium.open({ now: '2024-03-15T10:00:00' });
    const { page } = app;
    await openImport(page, file('hoja.csv', SHEET));
    await step(page).waitFor();
    await step(page).getByLabel('Facturable', { exact: true }).selectOption({ label: 'Cobrar · Sí' });
    const yes = step(page).getByRole('group', { name: 'Es facturable cuando dice' });
    expect(await yes.getByRole('checkbox', { name: 'Sí' }).isChecked()).toBe(true);
    expect(await yes.getByRole('checkbox', { name: 'x' }).isChecked()).toBe(true);
    expect(await yes.getByRole('checkbox', { name: '1' }).isChecked()).toBe(true);
    expect(await yes.getByRole('checkbox', { name: 'No' }).isChecked()).toBe(false);
    await yes.getByRole('checkbox', { name: '1' }).uncheck();
    await yes.scrollIntoViewIfNeeded();
    const stepAxe = await new AxeBuilder({ page }).include('.dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(stepAxe.violations.map((v) => v.id)).toEqual([]);
    await shot(page, 'mapping-billable');
    await step(page).getByRole('button', { name: 'Continuar' }).click();
    await preview(page).waitFor();
    await preview(page).getByRole('button', { name: /^Importar 5 registros/ }).click();
    await dialog(page).waitFor({ state: 'detached' });
    const entries = itemsOnDisk<{ date: string; billable: boolean }>(app.dataDir, 'time/2024-03');
    expect(entries.map((e) => [e.date, e.billable]).sort()).toEqual([
      ['2024-03-04', true],
      ['2024-03-05', true],
      ['2024-03-06', false],
      ['2024-03-07', false],
      ['2024-03-13', false],
    ]);
    expect(Object.values(mappingsOnDisk(app)).map((m) => m.billableYes)).toEqual([['Sí', 'x']]);

    await page.getByRole('button', { name: /^Ajustes/ }).click();
    const memory = page.getByTestId('mapping-memory');
    await memory.scrollIntoViewIfNeeded();
    const list = memory.getByRole('list', { name: 'Archivos cuyas columnas se recuerdan' });
    expect((await list.textContent())?.replace(/\u00a0/g, ' ')).toMatch(/Fecha\s*Día.*Duración\s*Horas.*Proyecto\s*Proyecto.*Facturable\s*Cobrar.*Usadas por última vez el 15 mar 2024/);
    await shot(page, 'settings-remembered');
    const axe = await new AxeBuilder({ page }).include('[data-testid="mapping-memory"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await memory.getByRole('button', { name: 'Olvidar las columnas de Día, Horas, Proyecto, Cobrar' }).click();
    await memory.getByText('Aún no hay columnas recordadas.', { exact: false }).waitFor();
    expect(mappingsOnDisk(app)).toEqual({});
    await shot(page, 'settings-forgotten');
    await page.getByRole('button', { name: 'Deshacer' }).click();
    await list.waitFor();
    expect(Object.values(mappingsOnDisk(app)).map((m) => m.billableYes)).toEqual([['Sí', 'x']]);
    await app.close();
  }, 60_000);

  it("names Clockify's import template Clockify, and groups a long history's hours in Spanish", async () => {
    const app = await chromium.open({ now: '2026-11-20T10:00:00' });
    const { page } = app;
    const template = ['Email,Project,Client,Task,Description,Billable,Start Date,Start Time,Duration,Tags', 'ana@example.com,Web,Acme,Design,Wireframes,Yes,03/04/2024,9:00 AM,2:30,'].join('\n');
    await openImport(page, file('clockify-template.csv', template));
    await preview(page).waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toContain('Leído como Clockify');
    await shot(page, 'preview-clockify-template');
    await dialog(page).getByRole('button', { name: 'Cancelar' }).click();
    await dialog(page).waitFor({ state: 'detached' });

    // 500 days of 24 h: 12,000 hours, which a Spanish reader writes 12.000.
    const lines = ['date,client,project,minutes,billable,note'];
    for (let i = 0; i < 500; i++) lines.push(`${new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)},Acme,Web,1440,yes,`);
    await openImport(page, file('clientfit-time.csv', lines.join('\n')));
    await preview(page).waitFor();
    expect(await page.getByTestId('import-total').textContent()).toBe('12.000 h');
    expect(await preview(page).getByRole('button', { name: /^Importar 500 registros/ }).textContent()).toContain('12.000 h');
    await shot(page, 'preview-grouped-total');
    await app.close();
  }, 60_000);
});
