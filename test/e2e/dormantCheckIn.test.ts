/**
 * A dormant relationship in the real renderer and backend: the review lists it apart with the
 * time since contact, and its check-in letter greets a past client (a hello about the work done
 * together), not a prospect; the letter goes back to the review.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, useChromium } from './harness';
import { ok, seedClient } from './seed';

const chromium = useChromium();
const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/dormant');

const WORDS = {
  es: {
    review: /^Revisión/,
    dormant: '1 relación dormida',
    since: /\d+ días desde el último contacto/,
    write: 'Escribir la carta a Bodega Norte',
    subject: '¿Qué tal todo desde «Etiquetas Norte»?',
    prospect: /pensar en mí para|en qué punto|sigue en pie/,
    back: /Revisión/,
  },
  en: {
    review: /^Review/,
    dormant: '1 dormant relationship',
    since: /\d+ days since contact/,
    write: 'Write the letter to Bodega Norte',
    subject: 'It’s been a while since “Etiquetas Norte”',
    prospect: /thinking of me for|where (do )?things stand|still on/,
    back: /Review/,
  },
} as const;

describe('a dormant relationship', () => {
  for (const language of ['es', 'en'] as const) {
    it(`is greeted as a past client, not pitched to as a prospect (${language})`, async () => {
      const w = WORDS[language];
      const app = await chromium.open({ now: '2027-03-01T10:00:00' });
      const { page } = app;
      if (language === 'en') await ok(app, 'updateSettings', { language: 'en' });
      await ok(app, 'updateSettings', { yourName: 'Clara Ruiz', formality: 'tu' });
      // Packaging delivered in spring 2024, not a word since.
      await seedClient(app, { name: 'Bodega Norte', contactName: 'Marta Gil', status: 'past', createdAt: '2024-01-10', lastContactAt: '2024-05-01' }, [
        { title: 'Etiquetas Norte', kind: 'packaging', status: 'delivered', deadline: '2024-04-30', createdAt: '2024-01-10' },
      ]);

      await page.getByRole('button', { name: w.review }).click();
      const box = page.getByTestId('dormant');
      await box.locator('summary').click();
      const item = page.getByRole('list', { name: w.dormant }).getByRole('listitem', { name: 'Bodega Norte', exact: true });
      await item.waitFor();
      expect(await item.locator('.pill').textContent()).toMatch(w.since);
      const preview = (await item.getByRole('figure').textContent()) ?? '';
      expect(preview).toContain(w.subject);
      expect(preview).not.toMatch(w.prospect);
      await item.scrollIntoViewIfNeeded();
      await screenshot(page, path.join(SHOTS, `review-${language}.png`));

      await item.getByRole('button', { name: w.write }).click();
      const subject = page.getByRole('textbox').first();
      await expect.poll(() => subject.inputValue()).toBe(w.subject);
      const body = await page.getByRole('textbox').nth(1).inputValue();
      expect(body).not.toMatch(w.prospect);
      await screenshot(page, path.join(SHOTS, `letter-${language}.png`));
      await page.getByRole('button', { name: w.back }).first().click();
      await box.waitFor();
      await app.close();
    });
  }
});
