/**
 * Long lists in Chromium: with years of clients and letters, only the rows in view are in the
 * page, yet the table and the list read as whole ones (roles, counts, text), scrolling shows
 * the rest, search still finds anyone, and axe finds nothing to object to.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useChromium } from './harness';
import { ok } from './seed';
import { generateDataset, writeDataFolder } from '../support/generate';
import { tempDir } from '../support/backend';
import type { Letter } from '#shared/model';
import { cleanHouse, followUpLists } from '#shared/rules';
import { PLACES } from '#shared/ipc/menu';

const chromium = useChromium();

const NOW = '2026-11-23T10:00:00';
/** From this many rows on, a list draws only what is in view (VIRTUAL_FROM in the renderer's virtualRows). */
const VIRTUAL_FROM = 80;

/** Three years of a busy studio: 120 clients, and a letter for each. */
function seed(): { dataDir: string; clients: string[]; letters: number } {
  const data = generateDataset({ entries: 40_000, endDate: '2026-11-20', extras: true });
  const letters: Letter[] = data.clients.map((c, i) => ({
    id: `letter-${i}`,
    kind: 'follow-up',
    clientId: c.id,
    language: 'es',
    subject: `Seguimiento n.º ${i}`,
    body: `Hola ${c.name}: ¿qué tal va todo?`,
    createdAt: `2026-${String((i % 10) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
  }));
  const dataDir = tempDir('clientfit-long-');
  writeDataFolder(dataDir, { ...data, letters });
  return { dataDir, clients: data.clients.filter((c) => c.status === 'active' || c.status === 'prospect').map((c) => c.name), letters: letters.length };
}

describe('long lists', () => {
  it('the clients table renders the rows in view, scrolls to the rest, finds anyone, and passes axe', async () => {
    const { dataDir, clients: names } = seed();
    const clients = names.length;
    expect(clients).toBeGreaterThan(100);
    const app = await chromium.open({ now: NOW, dataDir });
    const { page } = app;
    try {
      await page.getByRole('button', { name: /^Clientes/ }).click();
      const table = page.getByRole('table', { name: 'Clientes' });
      const rows = table.getByRole('row');
      await rows.nth(1).waitFor();
      // A whole table to assistive technology: every row counted, the header first.
      await expect.poll(() => table.getAttribute('aria-rowcount')).toBe(String(clients + 1));
      const rendered = await rows.count();
      expect(rendered).toBeGreaterThan(10);
      expect(rendered).toBeLessThan(clients);
      expect(await rows.nth(0).getAttribute('aria-rowindex')).toBe('1');
      expect(await rows.nth(1).getAttribute('aria-rowindex')).toBe('2');

      // Sorted by name, the last client is at the bottom: scrolling there brings it into the page.
      await table.getByRole('button', { name: /^Cliente/ }).click();
      const fold = (x: string) => x.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
      const byName = [...names].sort((a, b) => (fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : a.localeCompare(b)));
      await expect.poll(() => rows.nth(1).textContent()).toContain(byName[0]!);
      await page.evaluate(`document.querySelector('main').scrollTop = document.querySelector('main').scrollHeight`);
      const bottom = table.getByRole('row').last();
      await expect.poll(async () => Number(await bottom.getAttribute('aria-rowindex'))).toBe(clients + 1);
      expect(await bottom.textContent()).toContain(byName.at(-1)!);
      expect(await bottom.getByRole('button').isVisible()).toBe(true);

      // The search reaches clients that are nowhere near the rows in view.
      const far = (await bottom.getByRole('button').textContent())!.replace('★', '').trim();
      await page.evaluate(`document.querySelector('main').scrollTop = 0`);
      await page.getByRole('searchbox', { name: 'Buscar clientes' }).fill(far);
      await expect.poll(() => table.getByRole('row').count()).toBe(2);
      expect(await table.getByRole('row').nth(1).textContent()).toContain(far);
      await page.getByRole('searchbox', { name: 'Buscar clientes' }).fill('');
      await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(10);

      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).include('main table').analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('the letters list renders the letters in view, scrolls to the oldest, and passes axe', async () => {
    const { dataDir, letters } = seed();
    const app = await chromium.open({ now: NOW, dataDir });
    const { page } = app;
    try {
      await page.getByRole('button', { name: /^Cartas/ }).click();
      const list = page.getByRole('navigation', { name: 'Cartas enviadas' }).getByRole('list');
      await list.getByRole('listitem').first().waitFor();
      const shown = await list.getByRole('listitem').count();
      expect(shown).toBeGreaterThan(5);
      expect(shown).toBeLessThan(letters);
      await page.evaluate(`document.querySelector('.letters-list').scrollTop = document.querySelector('.letters-list').scrollHeight`);
      // Newest first: the oldest letter (1 January) is the last one.
      const oldest = list.getByRole('button').filter({ has: page.locator('.letter-item-subject', { hasText: /^Seguimiento n\.º 0$/ }) });
      await oldest.click();
      await expect.poll(() => page.getByTestId('letter-body').textContent()).toContain('¿qué tal va todo?');

      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).include('.letters-list').analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('ten years: the home shows five follow-ups and the rest on request; the review draws its ranking and follow-ups as they scroll into view', async () => {
    const dataDir = tempDir('clientfit-long-');
    writeDataFolder(dataDir, generateDataset({ entries: 100_000, endDate: '2026-11-20', extras: true }));
    const app = await chromium.open({ now: NOW, dataDir });
    const { page } = app;
    try {
      const data = await ok(app, 'getDataset');
      const settings = await ok(app, 'getSettings');
      const name = (id: string) => data.clients.find((c) => c.id === id)!.name;
      const { due, dormant } = followUpLists(data, settings, NOW.slice(0, 10));
      const ranking = cleanHouse(data, settings, NOW.slice(0, 10)).ranking;
      // Follow-ups for the last two years' work; the older relationships wait apart as dormant.
      expect(due.length).toBeGreaterThan(20);
      expect(dormant.length).toBeGreaterThan(100);
      expect(ranking.length).toBeGreaterThan(100);

      // Home: the five most pressing follow-ups, and all of them on request.
      const home = page.locator('section', { has: page.getByRole('heading', { name: 'Seguimientos pendientes' }) });
      await home.getByRole('listitem').first().waitFor({ timeout: 60_000 });
      expect(await home.getByRole('listitem').count()).toBe(5);
      await home.getByRole('button', { name: `Mostrar todo (${due.length})` }).click();
      expect(await home.getByRole('listitem').count()).toBe(due.length);
      await home.getByRole('button', { name: 'Mostrar menos' }).click();
      expect(await home.getByRole('listitem').count()).toBe(5);

      await page.locator('.nav button').nth(PLACES.indexOf('review')).click();
      // The dormant relationships: collapsed until asked for, then each with its check-in letter.
      const dormantBox = page.getByTestId('dormant');
      expect(await dormantBox.getAttribute('open')).toBeNull();
      await dormantBox.locator('summary').click();
      const firstDormant = page.getByRole('list', { name: `${dormant.length} relaciones dormidas` }).getByRole('listitem', { name: name(dormant[0]!.clientId), exact: true });
      await firstDormant.waitFor();
      // Its check-in letter is there, drafted, and greets no company as if it were a person.
      const letter = (await firstDormant.getByRole('figure').textContent()) ?? '';
      expect(letter).toMatch(/^Asunto: /);
      expect(letter).not.toContain(`Hola, ${name(dormant[0]!.clientId)}`);
      await dormantBox.locator('summary').click();
      await expect.poll(() => dormantBox.getAttribute('open')).toBeNull();
      // Back to the top of the page, where the ranking starts.
      await page.locator('main').evaluate((el) => el.scrollTo(0, 0));

      // The ranking: every client counted, the rows in view drawn, the last one there once scrolled to.
      const table = page.getByRole('table', { name: 'Clientes según lo que cuestan' });
      await table.getByRole('row').nth(1).waitFor();
      expect(await table.getAttribute('aria-rowcount')).toBe(String(ranking.length + 1));
      expect(await table.getByRole('row').count()).toBeLessThan(ranking.length);
      // The first client's reasons, opened: still open after its row has scrolled away and back.
      const first = table.getByRole('row').nth(1);
      await first.getByText('Motivos').click();
      expect(await first.locator('details').getAttribute('open')).not.toBeNull();
      // Focus leaves the row first, as a click elsewhere would: with focus kept on the first row's
      // "Motivos", Chromium pulls the scroller back to that row when the list is scrolled far away
      // (a known issue, still open).
      await page.locator('main h1').click();
      await table.evaluate((el) => (el as unknown as { scrollIntoView(o: object): void }).scrollIntoView({ block: 'end' }));
      // The last client's row, found by its place in the table (rows in view may be drawn in any order).
      const last = table.locator(`tr[aria-rowindex="${ranking.length + 1}"]`);
      await last.waitFor();
      expect(await last.textContent()).toContain(name(ranking.at(-1)!.clientId));
      expect(await table.locator('tr[aria-rowindex="2"]').count()).toBe(0);
      await table.evaluate((el) => (el as unknown as { scrollIntoView(o: object): void }).scrollIntoView({ block: 'start' }));
      const again = table.locator('tr[aria-rowindex="2"]');
      await again.waitFor();
      expect(await again.locator('details').getAttribute('open')).not.toBeNull();
      expect(await again.textContent()).toContain(name(ranking[0]!.clientId));

      // The follow-ups: drawn as they come into view, each with its letter drafted.
      const list = page.getByRole('list', { name: 'Seguimientos' });
      // Two years of follow-ups are a short list, drawn whole; a long one only as it comes into view.
      if (due.length >= VIRTUAL_FROM) expect(await list.getByRole('listitem').count()).toBeLessThan(due.length);
      else expect(await list.getByRole('listitem').count()).toBe(due.length);
      await list.evaluate((el) => (el as unknown as { scrollIntoView(o: object): void }).scrollIntoView({ block: 'end' }));
      const lastItem = list.getByRole('listitem', { name: name(due.at(-1)!.clientId), exact: true });
      await lastItem.waitFor();
      expect(await lastItem.getByRole('figure').textContent()).toMatch(/^Asunto: /);

      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).include('main').analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
