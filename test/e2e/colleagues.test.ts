import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, type RunningApp, useChromium } from './harness';
import { itemsOnDisk, ok } from './seed';

const chromium = useChromium();

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/inquiries');
const onDisk = (app: RunningApp) => itemsOnDisk(app.dataDir, 'colleagues');

describe('colleagues, in Chromium against real files', () => {
  it('adds, edits and deletes a colleague (with undo), and opens their website', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    const { page } = app;
    await ok(app, 'updateSettings', { language: 'es' });
    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: /^Colegas/ }).click();
    await page.getByRole('heading', { name: 'Todavía no hay colegas' }).waitFor();
    await page.getByText('las personas a las que recomiendas cuando declinas un proyecto', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Añadir colega' }).first().click();
    let dialog = page.getByRole('dialog', { name: 'Añadir colega' });
    // Saving without a name says what is missing and saves nothing.
    await dialog.getByRole('button', { name: 'Añadir colega' }).click();
    await dialog.getByText('Escribe su nombre.').waitFor();
    expect(onDisk(app)).toEqual([]);

    await dialog.getByLabel('Nombre').fill('Lucía Pardo');
    await dialog.getByLabel('Especialidades').fill('branding, Packaging');
    await dialog.getByRole('button', { name: 'Ilustración' }).click();
    expect(await dialog.getByLabel('Especialidades').inputValue()).toBe('branding, packaging, illustration');
    expect(await dialog.getByLabel('Español').isChecked()).toBe(true);
    await dialog.getByLabel('English').check();
    await dialog.getByLabel('Correo').fill('lucia@pardo.studio');
    await dialog.getByLabel('Web').fill('pardo.studio');
    await dialog.getByLabel('Notas').fill('Identidades para restaurantes; responde en el día.');
    await dialog.getByRole('button', { name: 'Añadir colega' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = page.getByRole('row', { name: /Lucía Pardo/ });
    expect(await row.textContent()).toMatch(/Identidad de marca.*Packaging.*Ilustración.*Español, English.*lucia@pardo\.studio/);
    expect(onDisk(app)).toEqual([
      expect.objectContaining({
        name: 'Lucía Pardo', specialties: ['branding', 'packaging', 'illustration'], languages: ['es', 'en'],
        email: 'lucia@pardo.studio', website: 'pardo.studio', notes: 'Identidades para restaurantes; responde en el día.',
      }),
    ]);
    await row.getByRole('button', { name: 'pardo.studio' }).click();
    await expect.poll(() => app.opened).toEqual(['https://pardo.studio/']);

    await ok(app, 'createColleague', { name: 'Tom Reed', specialties: ['web', 'ux'], languages: ['en'], website: 'reed.co' });
    await ok(app, 'createColleague', { name: 'Irene Sanz', specialties: ['illustration', 'editorial'], languages: ['es'], email: 'irene@sanz.es' });
    await page.reload();
    await page.getByRole('row', { name: /Tom Reed/ }).waitFor();
    await screenshot(page, path.join(SHOTS, 'colleagues-light.png'));

    await page.getByRole('button', { name: 'Editar a Lucía Pardo' }).click();
    dialog = page.getByRole('dialog', { name: 'Editar a Lucía Pardo' });
    await dialog.getByLabel('Nombre').fill('Lucía Pardo Ruiz');
    await dialog.getByLabel('English').uncheck();
    await dialog.getByLabel('Web').fill('');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('row', { name: /Lucía Pardo Ruiz/ }).textContent()).toContain('Español');
    const edited = onDisk(app).find((c) => c.name === 'Lucía Pardo Ruiz')!;
    expect(edited).toMatchObject({ languages: ['es'], email: 'lucia@pardo.studio' });
    expect(edited).not.toHaveProperty('website');

    await page.getByRole('button', { name: 'Eliminar a Lucía Pardo Ruiz' }).click();
    await page.getByText('Lucía Pardo Ruiz ya no está en tus colegas.').waitFor();
    expect(onDisk(app).map((c) => c.name)).not.toContain('Lucía Pardo Ruiz');
    await page.getByRole('button', { name: 'Deshacer' }).click();
    await page.getByRole('row', { name: /Lucía Pardo Ruiz/ }).waitFor();
    expect(onDisk(app).find((c) => c.name === 'Lucía Pardo Ruiz')).toMatchObject({ specialties: ['branding', 'packaging', 'illustration'], languages: ['es'] });

    await page.getByRole('button', { name: 'Eliminar a Tom Reed' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Tom Reed/ }).count()).toBe(0);
    expect(onDisk(app).map((c) => c.name).sort()).toEqual(['Irene Sanz', 'Lucía Pardo Ruiz']);
    await app.close();
  });
});
