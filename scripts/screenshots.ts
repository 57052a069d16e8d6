/**
 * Pictures of every screen with the sample year, in Spanish and English, light and dark,
 * at 1280x820 and a fixed clock (2026-11-23 10:00) so that they only change when the app
 * does: docs/screenshots/<lang>-<theme>-<screen>.png. Expects the renderer built
 * (`npm run screenshots` builds it first) and a Chromium (see test/e2e/harness.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, openApp, screenshot, serveRenderer } from '../test/e2e/harness';
import { SCREENS, goTo, settle, useSample, words } from '../test/e2e/screens';
import { tempDir } from '../test/support/backend';

const OUT = path.resolve(import.meta.dirname, '../docs/screenshots');
const NOW = '2026-11-23T10:00:00';

async function main(): Promise<void> {
  const server = await serveRenderer();
  const browser = await launchBrowser();
  const dataDir = tempDir('clientfit-shots-');
  const written: string[] = [];
  try {
    fs.mkdirSync(OUT, { recursive: true });
    for (const theme of ['light', 'dark'] as const) {
      const app = await openApp(browser, server.url, { now: NOW, dataDir, colorScheme: theme, viewport: { width: 1280, height: 820 } });
      try {
        for (const language of ['es', 'en'] as const) {
          const shot = async (name: string) => {
            // The pointer rests on the brand, so no button shows its hover state.
            await app.page.mouse.move(40, 28);
            await settle(app.page);
            const file = path.join(OUT, `${language}-${theme}-${name}.png`);
            await screenshot(app.page, file);
            written.push(file);
          };
          // The welcome, as a new person sees it.
          const set = await app.backend.invoke('updateSettings', { language });
          if (!set.ok) throw new Error(set.error.message);
          await app.backend.invoke('removeSampleData');
          await app.page.reload();
          await goTo(app.page, 'home');
          await shot('welcome');

          const data = await useSample(app, language);
          const t = words(language);
          for (const screen of SCREENS) {
            await screen.open(app.page, data, t);
            await shot(screen.name);
          }
        }
      } finally {
        await app.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`${written.length} screenshots in ${path.relative(process.cwd(), OUT)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
