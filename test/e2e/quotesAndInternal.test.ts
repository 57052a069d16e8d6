import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { screenshot, useChromium } from './harness';
import { ok } from './seed';
import { snapshotFiles, tempDir } from '../support/backend';

const chromium = useChromium();
const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/quotes');

type Stored = { id: string; clientId: string; title: string; status: string; pricing: unknown; quote?: unknown; invoices: { paidAmount?: number }[] };
const projectsOnDisk = (dir: string) => (JSON.parse(fs.readFileSync(path.join(dir, 'projects.json'), 'utf8')) as { items: Stored[] }).items;
/** WCAG 2.1 A and AA violations on the page as it is now, by rule id and target. */
async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
const nbsp = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function go(page: Page, place: RegExp) {
  await page.getByRole('navigation').getByRole('button', { name: place }).click();
}

describe('quotes, internal time and sanity questions, in Chromium against real files', () => {
  it("keeps a counter-offer's price through a restart and accepts the project at it", async () => {
    const dataDir = tempDir('clientfit-e2e-');
    let app = await chromium.open({ dataDir, now: '2026-12-04T10:00:00' });
    await ok(app, 'updateSettings', { language: 'es', yourName: 'Marta Gil', targetHourlyRate: 6000, minimumHourlyRate: 4000, checkInDays: 14 });
    const hotel = await ok(app, 'createClient', { name: 'Hotel Brisa', source: 'web', status: 'prospect', email: 'hola@brisa.es' });
    // The week of issue 12: 2,000 € offered for what 45 h at 60 €/h says is worth 2,700 €.
    const inquiry = await ok(app, 'createProject', {
      clientId: hotel.id, title: 'Identidad del hotel', kind: 'branding', pricing: { mode: 'fixed', amount: 200000 },
      estimatedHours: 45, deadline: '2027-03-31', status: 'inquiry',
    });
    let { page } = app;
    await page.reload();
    await go(page, /^Consultas/);
    await page.getByRole('table', { name: 'Esperando respuesta' }).getByRole('button', { name: 'Identidad del hotel' }).click();
    await page.getByRole('button', { name: 'Contraoferta', exact: true }).click();
    await page.getByRole('heading', { name: 'Contraoferta' }).waitFor();
    const price = page.getByLabel('Precio que propones');
    expect(await price.inputValue()).toBe('2700');
    expect(nbsp(await page.getByLabel('Carta', { exact: true }).inputValue())).toContain('2.700 € + IVA'); // a letter groups thousands and names the tax
    await screenshot(page, `${SHOTS}/counter-offer.png`);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: /^Copiar/ }).click();
    await page.getByText('Copiada. Pégala en tu correo.').waitFor();
    await expect.poll(() => projectsOnDisk(dataDir).find((p) => p.id === inquiry.id)?.quote).toEqual({ amount: 270000, sentAt: '2026-12-04' });
    expect(projectsOnDisk(dataDir).find((p) => p.id === inquiry.id)?.status).toBe('quoted');
    await app.close();

    // Three days later, the app opens the same folder again.
    app = await chromium.open({ dataDir, now: '2026-12-07T09:00:00' });
    page = app.page;
    await go(page, /^Esta semana/);
    const awaiting = page.getByTestId('awaiting-answer');
    await awaiting.waitFor();
    expect(nbsp(await awaiting.textContent())).toContain('Propuesto 2700 € hace 3 días');
    // It left "answer before saying yes": the count of inquiries waiting for you is 0.
    expect(await page.getByRole('button', { name: /^Consultas en espera/ }).textContent()).toMatch(/^Consultas en espera0/);
    await screenshot(page, `${SHOTS}/home-awaiting.png`);

    await go(page, /^Previsión/);
    const quotedCol = page.getByRole('region', { name: /^Presupuestado/ });
    expect(nbsp(await quotedCol.textContent())).toContain('2700 €');
    expect(nbsp(await quotedCol.textContent())).toContain('Propuesta enviada hace 3 días');
    await quotedCol.scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/pipeline-quoted.png`);

    await go(page, /^Consultas/);
    const list = page.getByRole('table', { name: 'Esperando respuesta' });
    expect(nbsp(await list.getByRole('row', { name: /Identidad del hotel/ }).textContent())).toContain('Propuesto 2700 € hace 3 días');
    await list.getByRole('button', { name: 'Identidad del hotel' }).click();
    await page.getByRole('button', { name: 'Aceptar', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '¿A qué precio aceptan «Identidad del hotel»?' });
    await dialog.waitFor();
    expect(await dialog.getByRole('radio', { name: /Tu propuesta: 2700/ }).isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: /Su oferta: 2000/ }).isChecked()).toBe(false);
    await screenshot(page, `${SHOTS}/accept-which-price.png`);
    expect(await axe(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Aceptar a este precio' }).click();
    await expect.poll(() => projectsOnDisk(dataDir).find((p) => p.id === inquiry.id)?.status).toBe('accepted');
    expect(projectsOnDisk(dataDir).find((p) => p.id === inquiry.id)?.pricing).toEqual({ mode: 'fixed', amount: 270000 });
    // Accepted: the form and the verdict read the agreed 2,700 € (60 €/h), and nothing asks for a price.
    await page.getByText('Estado: Aceptado. Ya no espera respuesta.').waitFor();
    await expect.poll(() => page.getByLabel('Presupuesto', { exact: true }).inputValue()).toBe('2700');
    expect(nbsp(await page.getByTestId('projected-rate').textContent())).toBe('60 €/h');
    expect(await page.getByTestId('suggested-price').count()).toBe(0);
    expect(await page.getByText(/Pide/).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Guardar cambios' }).isDisabled()).toBe(true);
    await screenshot(page, `${SHOTS}/accepted.png`);
    await app.close();
  });

  it('imports rows without a client onto the internal client, shown by its hours', async () => {
    const app = await chromium.open({ now: '2026-12-04T10:00:00' });
    const { page } = app;
    await ok(app, 'updateSettings', { language: 'es' });
    const csv = path.join(tempDir('clientfit-csv-'), 'toggl.csv');
    fs.writeFileSync(
      csv,
      [
        'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags',
        'Marta,m@gil.es,,Portfolio,,Fotos de proyectos,No,2026-11-30,09:00:00,2026-11-30,11:00:00,02:00:00,',
        'Marta,m@gil.es,,Administración,,Facturas,No,2026-12-01,09:00:00,2026-12-01,09:45:00,00:45:00,',
        'Marta,m@gil.es,Café Montaña,Etiquetas,,Bocetos,Yes,2026-12-02,10:00:00,2026-12-02,11:30:00,01:30:00,',
      ].join('\n'),
    );
    await page.reload();
    await go(page, /^Tiempo/);
    await page.getByRole('button', { name: 'Importar tiempo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importar tiempo de un archivo CSV' });
    await dialog.locator('input[type="file"]').setInputFiles(csv);
    const preview = dialog.getByRole('region', { name: 'Lo que importaría este archivo' });
    await preview.waitFor();
    expect(await preview.getByRole('table').getByRole('row', { name: /^Estudio/ }).textContent()).toContain('Tiempo interno');
    await screenshot(page, `${SHOTS}/import-internal.png`);
    const confirm = preview.getByRole('button', { name: /^Importar 3 registros/ });
    expect(await confirm.isEnabled()).toBe(true);
    await confirm.click();
    await page.getByText('3 registros importados', { exact: false }).waitFor();

    const clients = (JSON.parse(fs.readFileSync(path.join(app.dataDir, 'clients.json'), 'utf8')) as { items: { id: string; name: string; internal?: boolean }[] }).items;
    const studio = clients.filter((c) => c.internal);
    expect(studio.map((c) => c.name)).toEqual(['Estudio']);
    const internalProjects = projectsOnDisk(app.dataDir).filter((p) => p.clientId === studio[0]!.id).map((p) => p.title).sort();
    expect(internalProjects).toEqual(['Administración', 'Portfolio']);

    // The week view shows the studio's projects like any other.
    const week = page.getByRole('region', { name: 'Semana', exact: true });
    await week.getByText('Portfolio').first().waitFor();
    expect(await week.textContent()).toContain('Estudio');
    await screenshot(page, `${SHOTS}/time-week-internal.png`);

    // Its page counts hours, not a rate.
    await go(page, /^Clientes/);
    await page.getByRole('button', { name: 'Estudio', exact: true }).first().click();
    expect(nbsp(await page.getByTestId('internal-hours').textContent())).toBe('2,8 h');
    expect(await page.getByText('Tarifa efectiva').count()).toBe(0);
    await screenshot(page, `${SHOTS}/internal-client.png`);
    expect(await axe(page)).toEqual([]);
    await app.close();
  });

  it('asks before saving a payment larger than its invoice, and saves nothing until confirmed', async () => {
    const app = await chromium.open({ now: '2026-12-04T10:00:00' });
    const { page } = app;
    await ok(app, 'updateSettings', { language: 'es' });
    const client = await ok(app, 'createClient', { name: 'Café Montaña', source: 'web', status: 'active' });
    const project = await ok(app, 'createProject', {
      clientId: client.id, title: 'Etiquetas', kind: 'packaging', pricing: { mode: 'fixed', amount: 8250 }, status: 'delivered',
      createdAt: '2026-10-01', invoices: [{ issuedAt: '2026-11-02', amount: 8250, termsDays: 30 }],
    });
    await page.reload();
    await go(page, /^Clientes/);
    await page.getByRole('button', { name: 'Café Montaña' }).first().click();
    await page.getByRole('button', { name: /Editar la factura de 82,50\s€ de Etiquetas/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Editar factura' });
    await dialog.getByLabel('Cobrada el').fill('2026-12-01');
    await dialog.getByLabel('Importe cobrado').fill('500');
    const before = snapshotFiles(app.dataDir);
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    const question = dialog.getByTestId('sanity-question');
    await question.waitFor();
    expect(nbsp(await question.textContent())).toContain('El pago (500 €) es mayor que la factura (82,50 €): ¿seguro?');
    await screenshot(page, `${SHOTS}/sanity-payment.png`);
    expect(await axe(page)).toEqual([]);
    expect(snapshotFiles(app.dataDir)).toEqual(before);

    await question.getByRole('button', { name: 'Sí, guardar así' }).click();
    await expect.poll(() => projectsOnDisk(app.dataDir).find((p) => p.id === project.id)?.invoices[0]?.paidAmount).toBe(50000);
    await app.close();
  });
});
