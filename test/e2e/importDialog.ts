/** The import dialog as a person reaches it in the Spanish app: Settings › Your data › Import time. */
import path from 'node:path';
import type { Page } from 'playwright-core';

/** The import fixtures (test/fixtures/import/SOURCES.md). */
export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

export const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Importar tiempo de un archivo CSV' });
export const importPreview = (page: Page) => importDialog(page).getByRole('region', { name: 'Lo que importaría este archivo' });

/** Opens the import from Settings and picks a fixture; resolves once its preview shows. */
export async function openImport(page: Page, fixture: string): Promise<void> {
  await page.getByRole('button', { name: /^Ajustes/ }).click();
  await page.getByRole('region', { name: 'Tus datos' }).getByRole('button', { name: 'Importar tiempo' }).click();
  await importDialog(page).locator('input[type="file"]').setInputFiles(path.join(FIXTURES, fixture));
  await importPreview(page).waitFor();
}
