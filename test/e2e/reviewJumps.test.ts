/**
 * The review's section links scroll the review itself: the sidebar and the page around it
 * stay where they are, and focus lands on the section's heading for keyboard users.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, useChromium } from './harness';
import { goTo, useSample, words } from './screens';

const chromium = useChromium();
const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/review');

describe('review section jumps', () => {
  it.each(['es', 'en'] as const)('%s: jumping to the last section scrolls only the review, keeps the sidebar in place and focuses the heading', async (language) => {
    // A laptop-sized window, where the sidebar's own list is taller than the window.
    const app = await chromium.open({ now: '2026-11-23T10:00:00', viewport: { width: 1024, height: 600 } });
    const { page } = app;
    const t = words(language);
    try {
      await useSample(app, language);
      await goTo(page, 'review');
      const sidebar = page.locator('.sidebar');
      const before = await sidebar.boundingBox();
      const jumps = page.getByRole('navigation', { name: t('review.jump') });
      await jumps.getByRole('link', { name: t('review.section.referrals') }).click();
      const heading = page.locator('#referrals h2');
      // The review scrolled to its last section...
      await expect.poll(() => page.locator('main').evaluate((el) => el.scrollTop), { timeout: 5000 }).toBeGreaterThan(0);
      await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.waitForTimeout(800);
      // ...and nothing else moved: not the window, not the sidebar.
      expect(await page.evaluate(() => [window.scrollY, document.documentElement.scrollTop, document.body.scrollTop])).toEqual([0, 0, 0]);
      expect(await sidebar.boundingBox()).toEqual(before);
      await screenshot(page, path.join(SHOTS, `jump-${language}.png`));
      // Back to the first section, the same way.
      await jumps.getByRole('link', { name: t('review.section.clean-house') }).click();
      await expect.poll(() => page.locator('#clean-title').evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    } finally {
      await app.close();
    }
  });
});
