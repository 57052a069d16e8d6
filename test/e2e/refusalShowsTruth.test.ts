/**
 * After a refusal the screen shows the truth, with the real backend behind the page: a project
 * invoiced elsewhere cannot be deleted, and the client page shows that invoice right after
 * saying so; a restore the backend refuses is said inside its dialog, which stays usable.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dailyBackup } from '../../electron/backend/backups';
import { screenshot, useChromium } from './harness';
import { ok, seedClient } from './seed';

const chromium = useChromium();
const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/refusals');

const WORDS = {
  es: { clients: /^Clientes/, settings: /^Ajustes/, del: 'Eliminar Etiquetas', invoice: /450\s€/, refusal: 'Este proyecto tiene 1 factura, así que no se borra.' },
  en: { clients: /^Clients/, settings: /^Settings/, del: 'Delete Etiquetas', invoice: /€450/, refusal: 'This project has 1 invoice, so it is not deleted.' },
} as const;

async function openClient(page: Page, language: 'es' | 'en', name: string) {
  await page.getByRole('button', { name: WORDS[language].clients }).click();
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name: new RegExp(name) }).first().waitFor();
}

describe('a refusal caused by a change made elsewhere', () => {
  for (const language of ['es', 'en'] as const) {
    it(`shows the message and then the project as it is now, invoiced (${language})`, async () => {
      const w = WORDS[language];
      const app = await chromium.open({ now: '2026-11-23T10:00:00' });
      const { page } = app;
      if (language === 'en') await ok(app, 'updateSettings', { language: 'en' });
      const { projectIds } = await seedClient(app, { name: 'Bodega Norte' }, [{ title: 'Etiquetas' }]);
      await openClient(page, language, 'Bodega Norte');
      const projects = page.locator('table[aria-labelledby="projects-title"]');
      const del = projects.getByRole('button', { name: w.del });
      await del.waitFor();

      // Meanwhile, another window invoices the project: this page has not heard of it.
      const project = (await ok(app, 'getDataset')).projects.find((p) => p.id === projectIds[0])!;
      await ok(app, 'updateProject', { id: project.id, invoices: [{ issuedAt: '2026-11-20', amount: 45000, termsDays: 30 }] });
      expect(await page.getByText(w.invoice).count()).toBe(0);

      await del.click();
      const alert = page.getByRole('alert').filter({ hasText: w.refusal });
      await alert.waitFor();
      // Right after the message, the page tells the truth: the invoice is listed, Delete is gone.
      await page.getByText(w.invoice).first().waitFor();
      expect(await del.count()).toBe(0);
      // Nothing was deleted on disk.
      expect((await ok(app, 'getDataset')).projects.map((p) => p.id)).toContain(project.id);
      await page.getByText(w.invoice).first().scrollIntoViewIfNeeded();
      await screenshot(page, path.join(SHOTS, `stale-${language}.png`));
      await app.close();
    });
  }
});

describe('the restore dialog after a refusal', () => {
  for (const language of ['es', 'en'] as const) {
    it(`says why inside the dialog, focused, and closes with Close (${language})`, async () => {
      const app = await chromium.open({ now: '2026-11-23T10:00:00' });
      const { page } = app;
      if (language === 'en') await ok(app, 'updateSettings', { language: 'en' });
      await ok(app, 'createClient', { name: 'Taller Brisa', source: 'web', status: 'active' });
      await dailyBackup(app.dataDir, new Date('2026-11-23T09:00:00'));
      // The backup's client file is damaged after it was listed (a disk error, a sync tool).
      const backupsDir = path.join(app.dataDir, 'backups');
      const [only] = fs.readdirSync(backupsDir);
      fs.writeFileSync(path.join(backupsDir, only!, 'clients.json'), '{"clients": [');
      await page.reload();
      await page.getByRole('button', { name: WORDS[language].settings }).click();

      const restoreOne = language === 'es' ? /^Restaurar la copia del/ : /^Restore the backup of/;
      await page.getByRole('button', { name: restoreOne }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: restoreOne }).click();

      const message = dialog.getByRole('alert');
      await message.waitFor();
      // The backup is named by when it was taken, as the list shows it, never by its folder's name.
      expect(await message.textContent()).toMatch(
        language === 'es'
          ? /^La copia del 23 nov 2026, 9:00 no se puede restaurar porque su archivo clients\.json está dañado/
          : /^The backup of 23 Nov 2026, 09:00 cannot be restored because its file clients\.json is damaged/,
      );
      expect(await message.evaluate((el) => el === document.activeElement)).toBe(true);
      // Nothing is running or will retry: no busy button, Close is there and works.
      expect(await dialog.locator('[aria-busy="true"]').count()).toBe(0);
      await screenshot(page, path.join(SHOTS, `restore-refused-${language}.png`));
      await dialog.getByRole('button', { name: language === 'es' ? 'Cerrar' : 'Close' }).click();
      expect(await page.getByRole('dialog').count()).toBe(0);
      // The data is as it was.
      expect((await ok(app, 'getDataset')).clients.map((c) => c.name)).toEqual(['Taller Brisa']);
      await app.close();
    });
  }
});
