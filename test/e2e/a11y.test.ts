/**
 * Accessibility: every screen with the sample year loaded, in both themes and both
 * languages, checked by axe against WCAG 2.0 and 2.1, levels A and AA.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useChromium } from './harness';
import { SCREENS, settle, useSample, words } from './screens';
import { tempDir } from '../support/backend';

const chromium = useChromium();

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Found {
  where: string;
  id: string;
  impact: string;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** One violation per paragraph: where, what, and the elements with axe's own hint. */
function describe_(found: Found[]): string {
  return found
    .map(
      (v) =>
        `${v.where}: ${v.id} (${v.impact}) ${v.help}\n` +
        v.nodes.map((n) => `    ${n.target}\n      ${n.summary.replace(/\n/g, '\n      ')}`).join('\n'),
    )
    .join('\n\n');
}

describe('accessibility', () => {
  it('the check is live: an unnamed button and grey-on-grey text are reported', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    try {
      await app.page.locator('main h1').first().waitFor();
      await app.page.evaluate(
        `document.querySelector('main').insertAdjacentHTML('beforeend', '<button type="button"></button><p style="color:#bbb;background:#ccc">hard to read</p>')`,
      );
      const result = await new AxeBuilder({ page: app.page }).withTags(TAGS).analyze();
      expect(result.violations.map((v) => v.id).sort()).toEqual(['button-name', 'color-contrast']);
    } finally {
      await app.close();
    }
  });

  it('every screen passes axe (WCAG 2.1 A and AA) in light and dark, in Spanish and English', { timeout: 300_000 }, async () => {
    const dataDir = tempDir('clientfit-a11y-');
    const found: Found[] = [];
    let checked = 0;
    for (const colorScheme of ['light', 'dark'] as const) {
      const app = await chromium.open({ now: '2026-11-23T10:00:00', dataDir, colorScheme });
      try {
        for (const language of ['es', 'en'] as const) {
          const data = await useSample(app, language);
          const t = words(language);
          for (const screen of SCREENS) {
            await screen.open(app.page, data, t);
            await settle(app.page);
            const result = await new AxeBuilder({ page: app.page }).withTags(TAGS).analyze();
            checked++;
            for (const v of result.violations) {
              found.push({
                where: `${language}-${colorScheme}-${screen.name}`,
                id: v.id,
                impact: v.impact ?? 'unknown',
                help: v.help,
                nodes: v.nodes.slice(0, 6).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
              });
            }
          }
        }
      } finally {
        await app.close();
      }
    }
    expect(checked).toBe(SCREENS.length * 4);
    if (found.length > 0) console.log(`axe found ${found.length} violation(s):\n\n${describe_(found)}`);
    expect(found.map((v) => `${v.where}: ${v.id}`), describe_(found)).toEqual([]);
  });
});
