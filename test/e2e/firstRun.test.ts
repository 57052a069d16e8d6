import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, useChromium } from './harness';
import { ok } from './seed';

const chromium = useChromium();

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/firstRun');

/** Every record in every data file on disk (backups aside). */
function recordsOnDisk(dir: string): { id: string; sample?: boolean }[] {
  const out: { id: string; sample?: boolean }[] = [];
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d)) {
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) {
        if (name !== 'backups') walk(p);
      } else if (name.endsWith('.json')) {
        const doc = JSON.parse(fs.readFileSync(p, 'utf8')) as { items?: { id: string; sample?: boolean }[] };
        out.push(...(doc.items ?? []));
      }
    }
  };
  walk(dir);
  return out;
}

describe('the first run', () => {
  it('welcomes an empty app, explores the sample year, and removes it leaving nothing behind', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    const { page } = app;

    // A calm welcome with two ways in.
    await page.getByRole('heading', { name: 'Te damos la bienvenida a ClientFit' }).waitFor();
    await expect.poll(() => page.getByText('Registra tus horas y mira cuánto te paga de verdad cada cliente por hora.').count()).toBe(1);
    await page.getByText(/objetivo 60\s?€\/h, mínima 40\s?€\/h/).waitFor();
    await screenshot(page, path.join(SHOTS, 'welcome-es.png'));

    await page.getByRole('button', { name: 'Explorar con datos de ejemplo' }).click();

    // Home fills with numbers, and the banner says it is sample data.
    const banner = page.getByRole('region', { name: 'Datos de ejemplo' });
    await banner.getByText('Estás viendo datos de ejemplo.').waitFor();
    await expect.poll(() => page.getByTestId('home-hours').textContent()).toBe('1 h 30 min');
    await expect.poll(() => page.getByRole('heading', { name: 'Te damos la bienvenida a ClientFit' }).count()).toBe(0);
    await page.getByRole('main').getByText('Cosmética Lumen').first().waitFor();
    await screenshot(page, path.join(SHOTS, 'home-sample-es.png'));

    // Clients are there, with their rates.
    await page.getByRole('button', { name: /^Clientes/ }).click();
    // The list's rows (the rate chart's table below names the clients too).
    const star = page.getByRole('row', { name: /Bodegas Almendro/ }).first();
    await star.waitFor();
    expect(await page.getByRole('row', { name: /Inmobiliaria Horizonte/ }).first().textContent()).toMatch(/24\s?€\/h/);

    // On disk: every record is a sample one.
    const loaded = recordsOnDisk(app.dataDir);
    expect(loaded.length).toBeGreaterThan(600);
    expect(loaded.every((r) => r.sample === true)).toBe(true);

    // Removing asks first; cancelling keeps everything.
    await page.getByRole('button', { name: /^Esta semana/ }).click();
    await banner.getByRole('button', { name: 'Quitar los datos de ejemplo' }).click();
    const dialog = page.getByRole('dialog', { name: '¿Quitar los datos de ejemplo?' });
    await dialog.getByText(/No se puede deshacer/).waitFor();
    await screenshot(page, path.join(SHOTS, 'confirm-remove-es.png'));
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(recordsOnDisk(app.dataDir).length).toBe(loaded.length);

    await banner.getByRole('button', { name: 'Quitar los datos de ejemplo' }).click();
    await dialog.getByRole('button', { name: 'Quitar los datos de ejemplo' }).click();

    // The welcome again, no banner, and no sample record left in any file.
    await page.getByRole('heading', { name: 'Te damos la bienvenida a ClientFit' }).waitFor();
    await page.getByText('Los datos de ejemplo ya no están. Tus datos siguen como los dejaste.').waitFor();
    expect(await banner.count()).toBe(0);
    expect(recordsOnDisk(app.dataDir)).toEqual([]);
    await page.getByRole('button', { name: /^Clientes/ }).click();
    await page.getByRole('heading', { name: 'Todavía no hay clientes' }).waitFor();
    await app.close();
  });

  it('loads the sample in English when the app speaks English, and "Start with my own clients" goes to Clients', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00', colorScheme: 'dark', locale: 'en-GB' });
    await ok(app, 'updateSettings', { language: 'en' });
    await app.page.reload();
    const { page } = app;
    await page.getByRole('heading', { name: 'Welcome to ClientFit' }).waitFor();
    await screenshot(page, path.join(SHOTS, 'welcome-en-dark.png'));
    await page.getByRole('button', { name: 'Start with my own clients' }).click();
    await page.getByRole('heading', { name: /clients/i }).first().waitFor();
    expect(await page.getByRole('heading', { name: 'Welcome to ClientFit' }).count()).toBe(0);

    await page.getByRole('button', { name: /^This week/ }).click();
    await page.getByRole('button', { name: 'Explore with sample data' }).click();
    await page.getByText('You are exploring sample data.').waitFor();
    await page.getByRole('main').getByText('Lumen Skincare').first().waitFor();
    expect((await ok(app, 'getDataset')).clients.map((c) => c.name)).toContain('Hartwell Cider Co.');
    await screenshot(page, path.join(SHOTS, 'home-sample-en-dark.png'));
    await app.close();
  });

  it('Settings: the daily reminder can be turned off (saved to disk), and the sample removed from there too', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    await ok(app, 'loadSampleData', { language: 'es' });
    await app.page.reload();
    const { page } = app;
    await page.getByRole('button', { name: /^Ajustes/ }).click();
    const reminder = page.getByRole('checkbox', { name: 'Avisarme una vez al día cuando alguien espera noticias mías' });
    expect(await reminder.isChecked()).toBe(true);
    await reminder.uncheck();
    const settingsFile = path.join(app.dataDir, 'settings.json');
    await expect.poll(() => fs.existsSync(settingsFile) && JSON.parse(fs.readFileSync(settingsFile, 'utf8')).settings.notifications).toBe(false);

    const card = page.getByRole('region', { name: 'Datos de ejemplo' });
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'settings-es.png'));
    await card.getByRole('button', { name: 'Quitar los datos de ejemplo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Quitar los datos de ejemplo' }).click();
    await expect.poll(() => card.count()).toBe(0);
    expect(recordsOnDisk(app.dataDir)).toEqual([]);
    // The reminder stays as the person left it.
    expect(await reminder.isChecked()).toBe(false);
    await app.close();
  });

  it('does not offer the sample once the person has data of their own', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    await ok(app, 'createColleague', { name: 'Nuria Vidal', specialties: ['web'], languages: ['es'] });
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Te damos la bienvenida a ClientFit' }).waitFor();
    expect(await app.page.getByRole('button', { name: 'Explorar con datos de ejemplo' }).count()).toBe(0);
    await app.page.getByRole('button', { name: 'Empezar con mis clientes' }).waitFor();
    await app.close();
  });
});
