/**
 * The backend's refusals as a person meets them with the app in Spanish: each one provoked
 * from the screens, against the real backend, reads as a Spanish sentence with its numbers,
 * and no English words from the backend's own message.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { type RunningApp, useChromium } from './harness';
import { tempDir, typed } from '../support/backend';

const chromium = useChromium();

/** Screenshots for a person to look at, kept out of the repository when asked for. */
const SHOTS = process.env.ERROR_SHOTS;
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Words of the backend's English sentences that have no place in a Spanish screen. */
const ENGLISH = /\b(the|cannot|was|nothing|there|is|has|before|it|project|invoice|client|merge|rate|higher|than|changed|since)\b/i;

/** The alert (a toast, a form's error) showing `text`, checked to be Spanish through and through. */
async function spanishAlert(page: Page | Locator, text: string | RegExp): Promise<string> {
  const toast = page.getByRole('alert').filter({ hasText: text }).or(page.getByRole('status').filter({ hasText: text })).first();
  await toast.waitFor();
  const said = (await toast.textContent()) ?? '';
  expect(said).not.toMatch(ENGLISH);
  return said;
}

async function seed(app: RunningApp) {
  const call = typed(app.backend);
  const sol = await call('createClient', { name: 'Panadería Sol', source: 'web', status: 'active' });
  const identidad = await call('createProject', {
    clientId: sol.id,
    title: 'Identidad visual',
    kind: 'branding',
    pricing: { mode: 'fixed', amount: 300000 },
    status: 'in-progress',
    createdAt: '2026-11-01',
    // Dated ahead: marking it paid today would pay it before it was issued.
    invoices: [{ issuedAt: '2026-12-15', amount: 150000, termsDays: 30 }],
  });
  const web = await call('createProject', { clientId: sol.id, title: 'Web', kind: 'web', pricing: { mode: 'hourly', rate: 6000 }, status: 'inquiry', createdAt: '2026-11-20' });
  return { call, sol, identidad, web };
}

async function openClient(page: Page, name: string) {
  await page.reload();
  await page.getByRole('button', { name: /^Clientes/ }).first().click();
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name: new RegExp(name), level: 1 }).waitFor();
}

describe('refusals read in Spanish', () => {
  it('an invoice paid before it was issued, and a project whose invoices came in meanwhile', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    const { page } = app;
    const { call, web } = await seed(app);
    await openClient(page, 'Panadería Sol');

    await page.getByRole('button', { name: /^Marcar cobrada hoy: 1500/ }).click();
    const paid = await spanishAlert(page, 'La fecha de cobro es anterior a la de emisión');
    expect(paid).toContain('Revisa las dos fechas');
    await shot(page, 'paid-before-issued');

    // An invoice added elsewhere since the page was drawn: the delete offered is refused.
    await call('updateProject', { id: web.id, invoices: [{ issuedAt: '2026-11-21', amount: 40000, termsDays: 30 }] });
    await page.getByRole('button', { name: 'Eliminar Web' }).click();
    const refused = await spanishAlert(page, 'Este proyecto tiene 1 factura');
    expect(refused).toContain('Fusiónalo con otro proyecto o márcalo como perdido o cerrado');
    await shot(page, 'project-has-invoices');
    expect((await call('getDataset')).projects.map((p) => p.title)).toContain('Web');
    await app.close();
  });

  it('an invoice dated in 1900 reaches the backend and is refused in Spanish, by field and date', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    const { page } = app;
    const { call, identidad } = await seed(app);
    await openClient(page, 'Panadería Sol');
    await page.getByRole('button', { name: 'Añadir factura' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Emitida el').fill('1900-01-02');
    await dialog.getByLabel('Importe', { exact: true }).fill('500');
    await dialog.getByRole('button', { name: 'Añadir factura' }).click();
    // The form lets the date through; the backend's refusal shows in the form, by its field.
    const said = await spanishAlert(dialog, 'no parece una fecha real');
    expect(said).toContain('la fecha de emisión');
    expect(said).toContain('1970');
    expect(said).not.toContain('1970-01-01');
    await shot(page, 'date-implausible');
    const invoices = (await call('getDataset')).projects.find((p) => p.id === identidad.id)!.invoices;
    expect(invoices).toHaveLength(1);
    await app.close();
  });

  it('an export whose minimum rate is above its target is refused, and the data stays', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    const { page } = app;
    const { call } = await seed(app);
    const exported = path.join(app.dataDir, '..', `export-rates-${Date.now()}.json`);
    const dataset = { clients: [], projects: [], timeEntries: [], signals: [], colleagues: [], letters: [] };
    fs.writeFileSync(exported, JSON.stringify({ format: 'clientfit-backup', exportedAt: '2026-11-20T10:00:00.000Z', dataset, settings: { targetHourlyRate: 5000, minimumHourlyRate: 9000 } }));
    await page.reload();
    await page.getByRole('button', { name: /^Ajustes/ }).click();
    await page.getByLabel('Restaurar desde un archivo exportado…').setInputFiles(exported);
    await page.getByRole('dialog', { name: '¿Restaurar tus datos?' }).getByRole('button', { name: 'Sustituir mis datos por este archivo' }).click();
    const said = await spanishAlert(page, 'la tarifa mínima es mayor que la objetivo');
    expect(said).toMatch(/^No se restauró nada/);
    await shot(page, 'minimum-rate-above-target');
    expect((await call('getDataset')).clients.map((c) => c.name)).toEqual(['Panadería Sol']);
    await app.close();
  });

  it('undoing a merge after what it moved has changed is refused, saying what to do instead', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    const { page } = app;
    const { call, sol } = await seed(app);
    const norte = await call('createClient', { name: 'Café Norte', source: 'web', status: 'active' });
    const bis = await call('createClient', { name: 'Café Norte bis', source: 'web', status: 'active' });
    const cartel = await call('createProject', { clientId: bis.id, title: 'Cartel', kind: 'print', pricing: { mode: 'hourly', rate: 6000 }, status: 'inquiry', createdAt: '2026-11-20' });
    await openClient(page, 'Café Norte bis');
    await page.getByRole('button', { name: 'Fusionar con…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Fusionar Café Norte bis con otro cliente' });
    await dialog.getByLabel('Fusionar con').selectOption({ label: 'Café Norte' });
    await dialog.getByRole('button', { name: 'Fusionar con Café Norte' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Meanwhile the project the merge moved goes to another client.
    expect((await call('getDataset')).projects.find((p) => p.id === cartel.id)!.clientId).toBe(norte.id);
    await call('updateProject', { id: cartel.id, clientId: sol.id });
    await page.getByRole('status').filter({ hasText: 'fusionado' }).getByRole('button', { name: 'Deshacer' }).click();
    const said = await spanishAlert(page, 'no se puede deshacer con exactitud');
    expect(said).toContain('Restaura la copia hecha antes de fusionar');
    await shot(page, 'unmerge-changed');
    await app.close();
  });

  it('a damaged data file found at start is told in Spanish, with where it was kept', async () => {
    const dataDir = tempDir('clientfit-e2e-');
    fs.writeFileSync(path.join(dataDir, 'clients.json'), '{"schemaVersion": 1, "items": [{"name": ');
    const app = await chromium.open({ now: '2026-11-23T10:00:00', dataDir });
    const { page } = app;
    const notice = page.getByRole('alert').filter({ hasText: 'No se pudo restaurar un archivo dañado' });
    await notice.waitFor();
    const said = (await notice.textContent()) ?? '';
    expect(said).toContain('No se pudo leer el archivo de datos clients.json y no había ninguna copia buena de él.');
    expect(said.replace(/\/\S+/g, '')).not.toMatch(ENGLISH);
    await shot(page, 'damaged-file');
    await app.close();
  });
});
