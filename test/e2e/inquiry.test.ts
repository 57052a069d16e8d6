import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, type RunningApp, useChromium } from './harness';
import { ok } from './seed';
import { es } from '#shared/texts/letters';

const chromium = useChromium();

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/inquiries');
const NOW = '2026-11-23T10:00:00';
const APOLOGIES = /sorry|apologi[sz]e|regret|lo siento|disculp|perd[oó]n|lamento/i;

/** Settings, two colleagues, and a client whose last 8 h job took 20 h. */
async function seed(app: RunningApp): Promise<void> {
  await ok(app, 'updateSettings', {
    language: 'es', formality: 'tu', yourName: 'Marta Gil', businessName: 'Estudio Gil',
    targetHourlyRate: 6000, minimumHourlyRate: 4000, weeklyCapacityHours: 30, specialties: ['branding', 'packaging', 'illustration'],
  });
  await ok(app, 'createColleague', { name: 'Lucía Pardo', specialties: ['branding'], languages: ['es', 'en'], email: 'lucia@pardo.studio' });
  await ok(app, 'createColleague', { name: 'Tom Reed', specialties: ['branding'], languages: ['en'], email: 'tom@reed.co' });
  const client = await ok(app, 'createClient', { name: 'Panadería Sol', email: 'hola@panaderiasol.es', source: 'web', status: 'active', createdAt: '2026-03-01' });
  const done = await ok(app, 'createProject', {
    clientId: client.id, title: 'Logotipo', kind: 'branding', pricing: { mode: 'fixed', amount: 80000 },
    estimatedHours: 8, status: 'closed', createdAt: '2026-04-01',
  });
  for (const date of ['2026-04-06', '2026-04-07']) await ok(app, 'logTime', { projectId: done.id, date, minutes: 600, billable: true });
  await app.page.reload();
}

const read = (app: RunningApp, file: string) => JSON.parse(fs.readFileSync(path.join(app.dataDir, `${file}.json`), 'utf8')) as { items: Record<string, unknown>[] };

describe('evaluating an inquiry and declining it well, in Chromium against real files', () => {
  it('enters an inquiry, watches the verdict follow, declines, edits and copies the letter, and finds it on disk', async () => {
    const app = await chromium.open({ now: NOW });
    const { page } = app;
    await seed(app);

    await page.getByRole('button', { name: /^Nueva consulta/ }).click();
    const who = page.getByRole('combobox', { name: 'Nombre' });
    await expect.poll(() => focusedLabel(page)).toBe('Nombre');
    await page.getByText('El veredicto aparece aquí mientras escribes').waitFor();
    await screenshot(page, path.join(SHOTS, 'inquiry-empty-light.png'));

    await who.pressSequentially('panad');
    await page.getByRole('listbox', { name: 'Nombre' }).getByRole('option', { name: /Panadería Sol/ }).click();
    await page.getByLabel('Título').fill('Carta de temporada');
    await page.getByLabel('Presupuesto', { exact: true }).fill('600');
    const verdict = page.getByTestId('verdict');
    // No estimate yet: it counts what past branding jobs took (20 h), so 600 € is 30 €/h.
    await page.getByText('Sin estimación: tus proyectos de branding anteriores llevaron 20 h de media', { exact: false }).waitFor();
    await expect.poll(() => verdict.textContent()).toBe('Negociar');

    await page.getByLabel('Tu estimación (horas)').fill('8');
    await page.getByLabel('Fecha de entrega').fill('2027-01-15');
    // 8 h with this client becomes 20 h: 600 € / 20 h = 30 €/h, under the 40 €/h minimum.
    await page.getByText('Sus últimos proyectos llevaron 2,5 veces lo estimado: 8 h se convierten en 20 h.').waitFor();
    await expect.poll(() => verdict.textContent()).toBe('Negociar');
    expect(await page.getByTestId('suggested-price').textContent()).toMatch(/1200\s?€/);
    await screenshot(page, path.join(SHOTS, 'inquiry-draft-light.png'));

    await page.getByLabel('«Otro estudio lo hace por menos»').check();
    await expect.poll(() => verdict.textContent()).toBe('Declinar');
    await page.getByText('Usaron a otro proveedor para presionarte.').waitFor();
    // Nothing is saved while the verdict is worked out.
    expect(fs.existsSync(path.join(app.dataDir, 'signals.json')) ? read(app, 'signals').items : []).toEqual([]);

    await page.getByRole('button', { name: 'Declinar', exact: true }).click();
    await page.getByRole('heading', { name: 'Carta para declinar' }).waitFor();
    const subject = page.getByLabel('Asunto');
    const body = page.getByLabel('Carta', { exact: true });
    expect(await subject.inputValue()).toBe('Sobre «Carta de temporada»');
    const draft = await body.inputValue();
    expect(draft).toContain('Lucía Pardo (lucia@pardo.studio)');
    expect(draft).not.toContain('Tom Reed');
    expect(es.decline.reason.fit.tu.some((w) => draft.includes(w))).toBe(true);
    expect(await page.getByRole('button', { name: 'No encaja' }).getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, path.join(SHOTS, 'letter-composer-light.png'));

    // A client you have worked with: a warm sign-off, whichever wording this letter got.
    const edited = draft.replace(/\n\n(Un abrazo,|Un abrazo fuerte,|Abrazos,)\n/, '\n\nNos vemos en la feria de marzo.\n\n$1\n');
    expect(edited).not.toBe(draft);
    await body.fill(edited);
    await page.getByRole('button', { name: 'Volver al borrador' }).waitFor();
    await page.getByRole('button', { name: /^Copiar/ }).click();
    await page.getByText('Copiada. Pégala en tu correo.').waitFor();
    expect(app.clipboard).toEqual([`Sobre «Carta de temporada»\n\n${edited}`]);
    expect(app.clipboard[0]).not.toMatch(APOLOGIES);

    await page.getByRole('button', { name: 'Verla en Cartas' }).first().click();
    await page.getByRole('heading', { name: 'Sobre «Carta de temporada»' }).waitFor();
    expect(await page.getByTestId('letter-body').textContent()).toContain('Nos vemos en la feria de marzo.');
    await screenshot(page, path.join(SHOTS, 'letters-light.png'));

    const letters = read(app, 'letters').items;
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ kind: 'decline', language: 'es', subject: 'Sobre «Carta de temporada»', body: edited, createdAt: '2026-11-23' });
    const project = read(app, 'projects').items.find((p) => p.title === 'Carta de temporada');
    expect(project).toMatchObject({ status: 'declined', kind: 'branding', estimatedHours: 8, pricing: { mode: 'fixed', amount: 60000 }, deadline: '2027-01-15' });
    expect(letters[0]!.projectId).toBe(project!.id);
    expect(read(app, 'signals').items).toEqual([expect.objectContaining({ kind: 'threatened-competitor', projectId: project!.id })]);
    // A client with history is not a prospect: declining one inquiry does not decline them.
    expect(read(app, 'clients').items.find((c) => c.name === 'Panadería Sol')).toMatchObject({ status: 'active', lastContactAt: '2026-11-23' });
    await app.close();
  });

  it('evaluates an inquiry and copies its letter with the keyboard alone', async () => {
    const app = await chromium.open({ now: NOW });
    const { page } = app;
    await seed(app);
    await page.locator('body').click({ position: { x: 600, y: 5 } });

    await page.keyboard.press('Control+n');
    await expect.poll(() => focusedLabel(page)).toBe('Nombre');
    await page.keyboard.type('Editorial Faro');
    await tabTo(page, 'Correo');
    await page.keyboard.type('hola@faro.es');
    await tabTo(page, 'Título');
    await page.keyboard.type('Tienda online');
    await tabTo(page, 'Tipo de proyecto');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('web');
    await tabTo(page, 'Presupuesto');
    await page.keyboard.type('3000');
    await tabTo(page, 'Tu estimación (horas)');
    await page.keyboard.type('40');
    await expect.poll(() => page.getByTestId('verdict').textContent()).toBe('Declinar');
    await page.getByText(/Este proyecto de web queda fuera de tus especialidades/).waitFor();

    await tabTo(page, 'Declinar');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Carta para declinar' }).waitFor();
    await tabTo(page, 'Carta');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Gracias.');
    await page.keyboard.press('Control+Enter');
    await page.getByText('Copiada. Pégala en tu correo.').waitFor();
    const body = await page.getByLabel('Carta', { exact: true }).inputValue();
    expect(body.endsWith('Estudio Gil Gracias.')).toBe(true);
    expect(body).toContain('un estudio de desarrollo web');
    expect(app.clipboard).toEqual([`Sobre «Tienda online»\n\n${body}`]);

    const client = read(app, 'clients').items.find((c) => c.name === 'Editorial Faro');
    expect(client).toMatchObject({ status: 'declined', email: 'hola@faro.es', source: 'referral' });
    expect(read(app, 'projects').items.find((p) => p.title === 'Tienda online')).toMatchObject({ status: 'declined', kind: 'web' });
    expect(read(app, 'letters').items).toHaveLength(1);
    await app.close();
  });

  it('lists saved inquiries with their verdict and opens one in the same view, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const app = await chromium.open({ now: NOW, colorScheme });
      const { page } = app;
      await seed(app);
      const clients = await ok(app, 'getDataset').then((d) => (d as unknown as { clients: { id: string; name: string }[] }).clients);
      const sol = clients.find((c) => c.name === 'Panadería Sol')!;
      const lume = await ok(app, 'createClient', { name: 'Casa Lume', source: 'social', status: 'prospect', createdAt: '2026-11-20' });
      const faro = await ok(app, 'createClient', { name: 'Editorial Faro', source: 'web', status: 'prospect', createdAt: '2026-11-21' });
      const inquiry = (clientId: string, title: string, kind: string, amount: number, estimatedHours: number, createdAt: string) =>
        ok(app, 'createProject', { clientId, title, kind, pricing: { mode: 'fixed', amount }, estimatedHours, deadline: '2027-01-15', status: 'inquiry', createdAt });
      await inquiry(sol.id, 'Carta de temporada', 'branding', 60000, 8, '2026-11-22');
      await inquiry(lume.id, 'Cajas para la tienda', 'packaging', 240000, 30, '2026-11-20');
      await inquiry(faro.id, 'Tienda online', 'web', 300000, 40, '2026-11-21');
      await page.reload();
      await page.getByRole('navigation').getByRole('button', { name: /^Consultas/ }).click();
      const rows = page.getByRole('table', { name: 'Esperando respuesta' }).getByRole('row');
      await expect.poll(() => rows.count()).toBe(4);
      expect(await rows.nth(1).textContent()).toMatch(/Carta de temporada.*Panadería Sol.*600\s?€.*Negociar/);
      expect(await rows.nth(2).textContent()).toMatch(/Tienda online.*Editorial Faro.*Declinar/);
      expect(await rows.nth(3).textContent()).toMatch(/Cajas para la tienda.*Casa Lume.*Aceptar/);

      await page.getByRole('table', { name: 'Esperando respuesta' }).getByRole('button', { name: 'Carta de temporada' }).click();
      await page.getByRole('heading', { name: 'Carta de temporada' }).waitFor();
      expect(await page.getByTestId('verdict').textContent()).toBe('Negociar');
      await page.getByText('8 h se convierten en 20 h', { exact: false }).waitFor();
      expect(await page.getByLabel('Tu estimación (horas)').inputValue()).toBe('8');
      await screenshot(page, path.join(SHOTS, `inquiries-negotiate-${colorScheme}.png`));
      await app.close();
    }
  });
});

/** The accessible label of the focused control: its <label>, aria-label or text (run in the page). */
function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const el = document.activeElement;
    if (!el) return '';
    const byFor = el.id ? document.querySelector('label[for="' + CSS.escape(el.id) + '"]')?.textContent : null;
    return (byFor ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  })()`);
}

/** Presses Tab until the focused control is the one named, as a keyboard user would. */
async function tabTo(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedLabel(page)) === label) return;
  }
  throw new Error(`Tab never reached “${label}” (last: “${await focusedLabel(page)}”)`);
}
