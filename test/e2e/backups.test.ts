import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, useChromium } from './harness';
import { itemsOnDisk, ok } from './seed';

const chromium = useChromium();

const clientsOnDisk = (dir: string) => itemsOnDisk<{ name: string }>(dir, 'clients').map((c) => c.name);

describe('restoring data from Settings', () => {
  it('restores an export after a confirmation, then goes back with the backup taken before it', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    const { page } = app;
    const { id } = await ok(app, 'createClient', { name: 'Taller Brisa', source: 'web', status: 'active' });
    await page.reload();
    await page.getByRole('button', { name: /^Ajustes/ }).click();
    const exported = path.join(app.dataDir, '..', `export-${Date.now()}.json`);
    app.saveDialog.next = exported;
    await page.getByRole('button', { name: 'Exportar JSON' }).click();
    await page.getByText(`Todo exportado a ${path.basename(exported)}.`).waitFor();

    // A change after the export...
    await ok(app, 'updateClient', { id, name: 'Taller Brisa (renombrado)' });
    await page.reload();
    await page.getByRole('button', { name: /^Ajustes/ }).click();

    // ...undone by restoring the file, after a confirmation that says what it holds.
    await page.getByLabel('Restaurar desde un archivo exportado…').setInputFiles(exported);
    const dialog = page.getByRole('dialog', { name: '¿Restaurar tus datos?' });
    await expect.poll(() => dialog.textContent()).toContain('1 cliente y ');
    await screenshot(page, path.resolve(import.meta.dirname, '../../.tmp/shots/backups/confirm.png'));
    await dialog.getByRole('button', { name: 'Sustituir mis datos por este archivo' }).click();
    await page.getByText('Tus datos se han restaurado.').waitFor();
    expect(clientsOnDisk(app.dataDir)).toEqual(['Taller Brisa']);

    // The state before the restore was backed up, and can be restored in turn: the
    // confirmation names the backup's date.
    const row = page.getByRole('row', { name: /Antes de restaurar/ });
    await row.getByRole('button', { name: /Restaurar la copia/ }).click();
    const confirm = page.getByRole('dialog', { name: '¿Restaurar tus datos?' });
    await expect.poll(() => confirm.textContent()).toContain('23 nov 2026');
    await confirm.getByRole('button', { name: 'Restaurar la copia del 23 nov 2026' }).click();
    await page.getByText('Tus datos se han restaurado.').first().waitFor();
    expect(clientsOnDisk(app.dataDir)).toEqual(['Taller Brisa (renombrado)']);

    await page.getByRole('button', { name: 'Abrir la carpeta de copias' }).click();
    await expect.poll(() => app.opened).toContain('folder:backups');
    await screenshot(page, path.resolve(import.meta.dirname, '../../.tmp/shots/backups/settings.png'));
    await app.close();
  });

  it('refuses a file that is not an export, and changes nothing', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    await ok(app, 'createClient', { name: 'Café Norte', source: 'web', status: 'active' });
    await app.page.reload();
    await app.page.getByRole('button', { name: /^Ajustes/ }).click();
    const bogus = path.join(app.dataDir, '..', `bogus-${Date.now()}.json`);
    fs.writeFileSync(bogus, JSON.stringify({ hello: 'world' }));
    await app.page.getByLabel('Restaurar desde un archivo exportado…').setInputFiles(bogus);
    await app.page.getByText(/no es una exportación de ClientFit/).waitFor();
    expect(await app.page.getByRole('dialog').count()).toBe(0);
    expect(clientsOnDisk(app.dataDir)).toEqual(['Café Norte']);
    await app.close();
  });
});
