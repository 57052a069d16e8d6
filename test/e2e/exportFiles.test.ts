import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, useChromium, type RunningApp } from './harness';
import { itemsOnDisk, ok } from './seed';

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/export');
const chromium = useChromium();

/** A client, a project and three entries (one with a semicolon in its note, one not billable). */
async function seed(app: RunningApp) {
  const client = await ok(app, 'createClient', { name: 'Panadería La Espiga', source: 'referral', status: 'active' });
  const project = await ok(app, 'createProject', {
    clientId: client.id,
    title: 'Identidad visual',
    kind: 'branding',
    pricing: { mode: 'hourly', rate: 6000 },
    status: 'in-progress',
  });
  await ok(app, 'logTime', { projectId: project.id, date: '2026-11-18', minutes: 90, billable: true, note: 'Bocetos; segunda ronda' });
  await ok(app, 'logTime', { projectId: project.id, date: '2026-11-19', minutes: 45, billable: false, note: 'Reunión' });
  await ok(app, 'logTime', { projectId: project.id, date: '2026-11-20', minutes: 135, billable: true });
  await app.page.reload();
}

const entriesOnDisk = (app: RunningApp) => itemsOnDisk(app.dataDir, 'time/2026-11').length;

describe('exporting time for Excel, in Chromium against real files', () => {
  it('saves a Spanish spreadsheet file where the dialog says, names it, and imports it back as already there', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    const { page } = app;
    await seed(app);
    await page.getByRole('button', { name: /^Ajustes/ }).click();
    const data = page.getByRole('region', { name: 'Tus datos' });
    const exportExcel = data.getByRole('button', { name: 'Exportar para Excel' });

    // Cancelled: no message, no file.
    app.saveDialog.next = 'cancel';
    await exportExcel.click();
    await expect.poll(() => exportExcel.isEnabled()).toBe(true);
    expect(fs.readdirSync(app.downloads)).toEqual([]);
    expect(await page.getByRole('status').filter({ hasText: 'exportados' }).count()).toBe(0);

    // Saved: the file on disk is Spanish Excel's, and the message names it.
    await exportExcel.click();
    const said = page.getByRole('status').filter({ hasText: '3 registros (4 h 30 min) exportados a clientfit-horas-2026-11-23.csv.' });
    await said.waitFor();
    const file = path.join(app.downloads, 'clientfit-horas-2026-11-23.csv');
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Fecha;Cliente;Proyecto;Minutos;Horas;Facturable;Nota');
    expect(lines.slice(1)).toEqual([
      '2026-11-18;Panadería La Espiga;Identidad visual;90;1,50;sí;"Bocetos; segunda ronda"',
      '2026-11-19;Panadería La Espiga;Identidad visual;45;0,75;no;Reunión',
      '2026-11-20;Panadería La Espiga;Identidad visual;135;2,25;sí;',
      '',
    ]);
    await screenshot(page, path.join(SHOTS, 'export-toast.png'));
    await said.getByRole('button', { name: 'Mostrar en la carpeta' }).click();
    await expect.poll(() => app.opened).toEqual([`show:${file}`]);

    // Imported back: read as ClientFit's own file, every row already there, nothing doubled.
    await data.getByRole('button', { name: 'Importar tiempo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importar tiempo de un archivo CSV' });
    await dialog.locator('input[type="file"]').setInputFiles(file);
    const preview = dialog.getByRole('region', { name: 'Lo que importaría este archivo' });
    await preview.waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toContain('Leído como CSV de ClientFit');
    expect(await page.getByTestId('import-count').textContent()).toBe('0');
    expect(await preview.getByTestId('import-duplicates').textContent()).toContain('3 ya estaban en ClientFit');
    expect(await preview.getByRole('button', { name: /^Importar/ }).isDisabled()).toBe(true);
    await preview.getByRole('button', { name: 'Cancelar' }).click();
    expect(entriesOnDisk(app)).toBe(3);
    await app.close();
  });

  it('says in Spanish what to do when the file cannot be written, and writes nothing', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    const { page } = app;
    await seed(app);
    await page.getByRole('button', { name: /^Ajustes/ }).click();
    const blocker = path.join(app.downloads, 'un-archivo');
    fs.writeFileSync(blocker, 'x');
    app.saveDialog.next = path.join(blocker, 'horas.csv');
    await page.getByRole('region', { name: 'Tus datos' }).getByRole('button', { name: 'Exportar CSV' }).click();
    await page.getByRole('alert').filter({ hasText: 'No se pudo guardar la exportación en esa carpeta. Vuelve a exportar y elige otra carpeta, como Descargas.' }).waitFor();
    expect(fs.readdirSync(app.downloads)).toEqual(['un-archivo']);
    await screenshot(page, path.join(SHOTS, 'export-error.png'));
    await app.close();
  });
});
