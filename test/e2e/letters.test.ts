import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, type RunningApp, useChromium } from './harness';
import { itemsOnDisk, ok } from './seed';
import { SAMPLE_SIGNATURE } from '#shared/sample';

const chromium = useChromium();

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/letters');
const NOW = '2026-11-23T10:00:00';

const settingsOnDisk = (app: RunningApp) =>
  (JSON.parse(fs.readFileSync(path.join(app.dataDir, 'settings.json'), 'utf8')) as { settings: Record<string, unknown> }).settings;
const clientsOnDisk = (app: RunningApp) => itemsOnDisk(app.dataDir, 'clients');

/** A new inquiry from a company, with the person who writes, that is declined from its verdict. */
async function declineNewInquiry(page: Page, company: string, contact: string): Promise<void> {
  await page.getByRole('button', { name: /^Nueva consulta/ }).click();
  await page.getByRole('combobox', { name: 'Nombre' }).fill(company);
  if (contact) await page.getByLabel('¿Quién escribe?').fill(contact);
  await page.getByLabel('Título').fill('Web de la promoción');
  await page.getByLabel('Presupuesto', { exact: true }).fill('300');
  await page.getByLabel('Tu estimación (horas)').fill('40');
  await expect.poll(() => page.getByTestId('verdict').textContent()).toBe('Declinar');
  await page.getByRole('button', { name: 'Declinar', exact: true }).click();
  await page.getByRole('heading', { name: 'Carta para declinar' }).waitFor();
}

describe('letters a designer sends as they are, in Chromium against real files', () => {
  it('from an empty folder: your name on the first run, and a decline that greets the contact and ends with your signature', async () => {
    const app = await chromium.open({ now: NOW });
    const { page } = app;
    await page.getByRole('heading', { name: 'Te damos la bienvenida a ClientFit' }).waitFor();
    await page.getByLabel('Tu nombre').fill('Alba Ruiz');
    await page.getByLabel('Tu estudio (si tiene nombre)').fill('Estudio Alba');
    await screenshot(page, path.join(SHOTS, 'first-run-name-es.png'));
    await page.getByRole('button', { name: 'Empezar con mis clientes' }).click();
    await page.getByRole('heading', { name: 'Todavía no hay clientes' }).waitFor();
    expect(settingsOnDisk(app)).toMatchObject({ yourName: 'Alba Ruiz', businessName: 'Estudio Alba' });

    await declineNewInquiry(page, 'Inmobiliaria Horizonte', 'Carmen Vidal');
    const body = await page.getByLabel('Carta', { exact: true }).inputValue();
    const lines = body.split('\n');
    expect(lines[0]).toBe('Hola, Carmen:');
    expect(lines.slice(-2)).toEqual(['Alba Ruiz', 'Estudio Alba']);
    // A new prospect gets a neutral-polite sign-off, never "Un abrazo".
    expect(lines.at(-3)).toMatch(/^(Un saludo,|Saludos cordiales,|Un saludo cordial,)$/);
    expect(body).not.toContain('Inmobiliaria Horizonte:');
    expect(await page.getByTestId('greeting').textContent()).toContain('Saluda a Carmen: «Hola, Carmen:»');
    expect(await page.getByTestId('unsigned').count()).toBe(0);
    expect(clientsOnDisk(app)).toEqual([expect.objectContaining({ name: 'Inmobiliaria Horizonte', contactName: 'Carmen Vidal', status: 'prospect' })]);
    await screenshot(page, path.join(SHOTS, 'decline-greets-contact-es.png'));

    // "Otra redacción" keeps the greeting and the signature and rewrites the paragraphs.
    await page.getByRole('button', { name: 'Otra redacción' }).click();
    await expect.poll(() => page.getByLabel('Carta', { exact: true }).inputValue()).not.toBe(body);
    const other = (await page.getByLabel('Carta', { exact: true }).inputValue()).split('\n');
    expect(other[0]).toBe('Hola, Carmen:');
    expect(other.slice(-2)).toEqual(['Alba Ruiz', 'Estudio Alba']);
    await app.close();
  });

  it('with no name and no contact: a greeting to nobody in particular, the unsigned warning, and a contact typed in the composer', async () => {
    const app = await chromium.open({ now: NOW });
    const { page } = app;
    await page.getByRole('button', { name: 'Empezar con mis clientes' }).click();
    await page.getByRole('heading', { name: 'Todavía no hay clientes' }).waitFor();
    await declineNewInquiry(page, 'Inmobiliaria Horizonte', '');
    const letter = page.getByLabel('Carta', { exact: true });
    expect((await letter.inputValue()).split('\n')[0]).toBe('Hola:');
    await page.getByTestId('unsigned').getByText('Esta carta saldría sin firma').waitFor();
    await screenshot(page, path.join(SHOTS, 'decline-unsigned-es.png'));

    await page.getByLabel('Persona de contacto').fill('Carmen Vidal');
    await page.getByTestId('greeting').getByRole('button', { name: 'Guardar' }).click();
    await expect.poll(async () => (await letter.inputValue()).split('\n')[0]).toBe('Hola, Carmen:');
    await expect.poll(() => clientsOnDisk(app)[0]?.contactName).toBe('Carmen Vidal');

    await page.getByTestId('unsigned').getByRole('button', { name: 'Ponerlos en Ajustes' }).click();
    await page.getByRole('heading', { name: 'Ajustes' }).waitFor();
    await app.close();
  });

  it('the sample signs with its own name when yours is left empty, and that name leaves with the sample', async () => {
    const app = await chromium.open({ now: NOW });
    const { page } = app;
    await page.getByRole('button', { name: 'Explorar con datos de ejemplo' }).click();
    await page.getByText('Estás viendo datos de ejemplo.').waitFor();
    expect(settingsOnDisk(app)).toMatchObject(SAMPLE_SIGNATURE.es);
    await page.getByRole('region', { name: 'Datos de ejemplo' }).getByRole('button', { name: 'Quitar los datos de ejemplo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Quitar los datos de ejemplo' }).click();
    await page.getByRole('heading', { name: 'Te damos la bienvenida a ClientFit' }).waitFor();
    await expect.poll(() => settingsOnDisk(app).yourName).toBe('');
    expect(settingsOnDisk(app).businessName).toBe('');
    await app.close();
  });

  it('an English counter-offer: the price with its tax, the change that fits the reason, a colleague only when ticked', async () => {
    const app = await chromium.open({ now: NOW, locale: 'en-GB' });
    const { page } = app;
    await ok(app, 'updateSettings', { language: 'en', yourName: 'Alice Porter', businessName: 'Porter Studio', taxName: 'VAT' });
    await ok(app, 'createColleague', { name: 'Oliver Grant', specialties: ['branding'], languages: ['en'], email: 'oliver@grantstudio.example' });
    await page.reload();
    await page.getByRole('button', { name: /^New inquiry/ }).click();
    await page.getByRole('combobox', { name: 'Name' }).fill('Summit Property Group');
    await page.getByLabel('Who is writing?').fill('Rachel Moore');
    await page.getByLabel('Title').fill('Identity for the Hillcrest residences');
    await page.getByLabel('Budget', { exact: true }).fill('2000');
    await page.getByLabel('Your estimate (hours)').fill('40');
    await expect.poll(() => page.getByTestId('verdict').textContent()).toBe('Negotiate');
    await page.getByRole('button', { name: 'Counter-offer', exact: true }).click();
    await page.getByRole('heading', { name: 'Counter-offer' }).waitFor();
    const letter = page.getByLabel('Letter', { exact: true });
    const body = await letter.inputValue();
    expect(body.split('\n')[0]).toBe('Hi Rachel,');
    // 40 h at the 60 €/h target is 2,400 €, and taxes are said once.
    expect(body).toContain('€2,400 + VAT');
    expect(body.match(/VAT/g)).toHaveLength(1);
    // The budget is what is short: a smaller scope or phases, no later date, and no colleague.
    expect(body).toMatch(/scope|phase/);
    expect(body).not.toContain('Oliver Grant');
    // A new prospect: a polite sign-off, never "Warm regards".
    expect(body.split('\n').slice(-3)).toEqual([expect.stringMatching(/^(Kind regards,|Best wishes,|Best regards,)$/), 'Alice Porter', 'Porter Studio']);
    await page.getByRole('checkbox', { name: 'Also offer a colleague' }).check();
    await expect.poll(() => letter.inputValue()).toContain('Oliver Grant (oliver@grantstudio.example)');
    await screenshot(page, path.join(SHOTS, 'counter-offer-en.png'));
    await app.close();
  });

  it('Settings: prices with or without tax, and the tax name, say so in counter-offers', async () => {
    const app = await chromium.open({ now: NOW });
    const { page } = app;
    await ok(app, 'updateSettings', { yourName: 'Alba Ruiz' });
    await page.reload();
    await page.getByRole('button', { name: /^Ajustes/ }).click();
    await page.getByText(/Las contraofertas lo dicen una vez, así: «3\.600\s€ \+ IVA»\./).waitFor();
    await page.getByLabel('Impuesto de tus precios').fill('IGIC');
    await page.getByRole('checkbox', { name: 'Mis precios ya incluyen el impuesto' }).check();
    await page.getByText(/Las contraofertas lo dicen una vez, así: «3\.600\s€ \(IGIC incluido\)»\./).waitFor();
    await page.getByRole('button', { name: 'Guardar', exact: true }).first().scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'settings-tax-es.png'));
    await page.getByRole('button', { name: 'Guardar', exact: true }).first().click();
    await expect.poll(() => settingsOnDisk(app).taxName).toBe('IGIC');
    expect(settingsOnDisk(app).pricesIncludeTax).toBe(true);
    await app.close();
  });
});
