/**
 * In Chromium against real files: a client's e-mail field takes one address. Two addresses
 * are stopped in the form with a Spanish sentence (not the browser's own bubble) and nothing
 * is written; one address is saved.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useChromium } from './harness';

const chromium = useChromium();
const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/email');

describe('e-mail fields in the page', () => {
  it('refuses two addresses on a client, then saves one', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    const { page } = app;
    await page.getByRole('button', { name: /^Clientes/ }).click();
    await page.getByRole('button', { name: 'Añadir cliente' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Añadir cliente' });
    await dialog.getByLabel('Nombre').fill('Bodega Norte');
    await dialog.getByLabel('Correo').fill('x@y.com,spy@evil.com');
    await dialog.getByRole('button', { name: 'Añadir cliente' }).click();
    await dialog.getByText('Escribe una sola dirección, como nombre@ejemplo.com, sin comas ni espacios.').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'client-two-addresses.png') });
    expect(fs.existsSync(path.join(app.dataDir, 'clients.json'))).toBe(false);

    await dialog.getByLabel('Correo').fill('carmen@bodeganorte.example');
    await dialog.getByRole('button', { name: 'Añadir cliente' }).click();
    await page.getByRole('heading', { name: /Bodega Norte/ }).waitFor();
    const saved = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'clients.json'), 'utf8')).items as { email?: string }[];
    expect(saved.map((c) => c.email)).toEqual(['carmen@bodeganorte.example']);
    await app.close();
  });
});
