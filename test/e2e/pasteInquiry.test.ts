import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { useChromium, type RunningApp } from './harness';
import { itemsOnDisk, ok } from './seed';

const chromium = useChromium();
const NOW = '2026-12-04T10:00:00';
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/inquiries');
const SHOTS = process.env.CLIENTFIT_SHOTS_DIR ?? path.resolve(import.meta.dirname, '../../.tmp/shots/paste-inquiry');

const items = (app: RunningApp, file: string) => itemsOnDisk(app.dataDir, file);

/** The designer's settings, a colleague to refer, and the client who recommended the sender. */
async function seed(app: RunningApp): Promise<{ almendro: string }> {
  await ok(app, 'updateSettings', {
    language: 'es', formality: 'tu', yourName: 'Clara Vidal', businessName: 'Estudio Vidal', currency: 'EUR',
    targetHourlyRate: 6000, minimumHourlyRate: 4000, weeklyCapacityHours: 30, specialties: ['branding', 'packaging', 'illustration'],
  });
  await ok(app, 'createColleague', { name: 'Lucía Pardo', specialties: ['branding'], languages: ['es'], email: 'lucia@pardo.studio' });
  const almendro = await ok(app, 'createClient', {
    name: 'Bodegas Almendro', contactName: 'Marta', email: 'marta@bodegasalmendro.es', source: 'web', status: 'active', createdAt: '2025-03-10',
  });
  await app.page.reload();
  return { almendro: almendro.id };
}

/** Pastes text the way the system does: a paste event carrying the clipboard's text. */
async function paste(app: RunningApp, label: string, text: string): Promise<void> {
  const box = app.page.getByLabel(label);
  await box.focus();
  await box.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

describe('from the e-mail to the verdict, in Chromium against real files', () => {
  it('pasting an e-mail fills the form, shows the words behind each field, saves nothing until asked, and the decline keeps the contact', async () => {
    const app = await chromium.open({ now: NOW });
    const { page } = app;
    const { almendro } = await seed(app);
    await page.getByRole('button', { name: /^Nueva consulta/ }).click();
    await page.getByLabel('Pega aquí el correo').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'paste-empty-light.png') });

    await paste(app, 'Pega aquí el correo', fs.readFileSync(path.join(FIXTURES, 'es01-queseria-referida.txt'), 'utf8'));

    // The form holds what the e-mail says, and stays editable.
    await expect.poll(() => page.getByRole('combobox', { name: 'Nombre' }).inputValue()).toBe('Quesos Ortega');
    expect(await page.getByLabel('¿Quién escribe?').inputValue()).toBe('Javier');
    expect(await page.getByLabel('Correo', { exact: true }).inputValue()).toBe('javier@quesosortega.es');
    expect(await page.getByLabel('Título').inputValue()).toBe('Identidad para nuestra quesería');
    expect(await page.getByLabel('Tipo de proyecto').inputValue()).toBe('branding');
    expect(await page.getByLabel('Presupuesto', { exact: true }).inputValue()).toBe('3000');
    expect(await page.getByLabel('Fecha de entrega').inputValue()).toBe('15/01/2027');
    expect(await page.getByLabel('Cómo llegó', { exact: true }).inputValue()).toBe('referral');
    expect(await page.getByLabel('Recomendado por').inputValue()).toBe(`client:${almendro}`);
    // Not in the e-mail, so left empty: no estimate is guessed.
    expect(await page.getByLabel('Tu estimación (horas)').inputValue()).toBe('');

    // Every filled field shows the words it came from, highlighted in the e-mail.
    expect(await page.getByTestId('paste-summary').textContent()).toContain('Se han rellenado 9 campos');
    const marks = await page.locator('.paste-text mark').allTextContents();
    expect(marks.join('|')).toContain('3.000 €');
    expect(marks.join('|')).toContain('15 de enero');
    expect(marks.join('|')).toContain('Nos ha recomendado Marta de Bodegas Almendro');
    expect(await page.locator('.paste-found-row[data-field="pricing"]').textContent()).toMatch(/3000\s€ de 3\.000 €/);

    // The verdict follows as soon as the estimate is typed (3.000 € over 60 h is 50 €/h, under
    // the 60 €/h target); nothing is on disk yet.
    await page.getByLabel('Tu estimación (horas)').fill('60');
    await expect.poll(() => page.getByTestId('verdict').textContent()).toBe('Negociar');
    expect(items(app, 'clients').map((c) => c.name)).toEqual(['Bodegas Almendro']);
    expect(items(app, 'projects')).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'paste-filled-light.png') });
    await page.locator('.paste-inquiry').screenshot({ path: path.join(SHOTS, 'paste-evidence-light.png') });
    // The highlighted e-mail and the list of found fields pass axe like every other screen.
    const axe = await new AxeBuilder({ page }).include('.paste-inquiry').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // A field stays editable after the fill.
    await page.getByLabel('Título').fill('Identidad Quesos Ortega');

    await page.getByRole('button', { name: 'Declinar', exact: true }).click();
    await page.getByRole('heading', { name: 'Carta para declinar' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'paste-letter-light.png') });
    // The decline greets the person who wrote, by first name, not the company.
    expect(await page.getByLabel('Carta', { exact: true }).inputValue()).toMatch(/^Hola, Javier:/);
    const client = items(app, 'clients').find((c) => c.name === 'Quesos Ortega');
    expect(client).toMatchObject({ contactName: 'Javier', email: 'javier@quesosortega.es', source: 'referral', referredBy: almendro, status: 'prospect' });
    expect(items(app, 'projects').find((p) => p.clientId === client!.id)).toMatchObject({
      title: 'Identidad Quesos Ortega', kind: 'branding', pricing: { mode: 'fixed', amount: 300000 }, deadline: '2027-01-15', estimatedHours: 60,
    });
    await app.close();
  });

  it('reads a dropped .eml (HTML, quoted-printable) and a pushy e-mail, ticking its signals and leaving the budget empty', async () => {
    const app = await chromium.open({ now: NOW });
    const { page } = app;
    await seed(app);
    await page.getByRole('button', { name: /^Nueva consulta/ }).click();
    const bytes = [...fs.readFileSync(path.join(FIXTURES, 'es04-cafeteria-etiquetas.eml'))];
    const drop = await page.evaluateHandle((b) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(b)], 'consulta.eml', { type: 'message/rfc822' }));
      return data;
    }, bytes);
    await page.locator('.paste-inquiry').dispatchEvent('drop', { dataTransfer: drop });
    await expect.poll(() => page.getByLabel('Título').inputValue()).toBe('Etiquetas para café de especialidad');
    expect(await page.getByRole('combobox', { name: 'Nombre' }).inputValue()).toBe('Cafetería El Faro');
    expect(await page.getByLabel('¿Quién escribe?').inputValue()).toBe('Lucía');
    expect(await page.getByLabel('Presupuesto', { exact: true }).inputValue()).toBe('1200');
    expect(await page.getByLabel('Fecha de entrega').inputValue()).toBe('15/01/2027');
    expect(await page.getByLabel('Tipo de proyecto').inputValue()).toBe('packaging');
    await page.getByTestId('verdict').waitFor();
    await page.locator('.paste-inquiry').screenshot({ path: path.join(SHOTS, 'paste-eml-light.png') });

    await page.getByRole('button', { name: 'Pegar otro correo' }).click();
    await paste(app, 'Pega aquí el correo', fs.readFileSync(path.join(FIXTURES, 'es02-bar-para-ayer.txt'), 'utf8'));
    await expect.poll(() => page.getByLabel('«Otro estudio lo hace por menos»').isChecked()).toBe(true);
    expect(await page.getByLabel('Encargo vago o información que llega tarde').isChecked()).toBe(true);
    // A fresh form: the first e-mail's title and deadline do not linger; Undo would bring them back.
    expect(await page.getByLabel('Título').inputValue()).toBe('');
    await page.getByText('El formulario tiene ahora lo que dice el correo.').waitFor();
    // "Otro diseñador me lo hace por 150 euros" is the competitor's price, not their budget.
    expect(await page.getByLabel('Presupuesto', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('Fecha de entrega').inputValue()).toBe('');
    expect(await page.locator('.paste-text mark.signal').count()).toBe(2);
    await page.locator('.paste-inquiry').screenshot({ path: path.join(SHOTS, 'paste-pushy-light.png') });
    expect(items(app, 'projects')).toEqual([]);
    await app.close();
  });

  it('reads an English e-mail in English, dark: a budget range gives its low end and says so', async () => {
    const app = await chromium.open({ now: NOW, colorScheme: 'dark' });
    const { page } = app;
    await seed(app);
    await ok(app, 'updateSettings', { language: 'en' });
    await page.reload();
    await page.getByRole('button', { name: /^New inquiry/ }).click();
    await paste(app, 'Paste the e-mail here', fs.readFileSync(path.join(FIXTURES, 'en04-bakery-referral.txt'), 'utf8'));
    await expect.poll(() => page.getByRole('combobox', { name: 'Name' }).inputValue()).toBe('Crumb & Co.');
    expect(await page.getByLabel('Who is writing?').inputValue()).toBe('Priya');
    expect(await page.getByLabel('Budget', { exact: true }).inputValue()).toBe('2500');
    expect(await page.getByLabel('Deadline').inputValue()).toBe('03/03/2027');
    // No subject in the paste: the title stays empty and the verdict says it still needs one.
    expect(await page.getByLabel('Title').inputValue()).toBe('');
    expect(await page.locator('.paste-found-row[data-field="pricing"]').textContent()).toContain('a range: the low end is taken');
    await page.locator('.paste-inquiry').screenshot({ path: path.join(SHOTS, 'paste-range-dark-en.png') });
    await app.close();
  });
});
