/**
 * The real app in a real Electron, driven by Playwright. Runs where an Electron binary
 * is installed; elsewhere it says so in one line and skips.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const mainJs = path.join(root, 'out/main/index.js');

/**
 * Where `require('electron')` would point, found the way the electron package does it
 * (path.txt), without importing it: that import tries to download the binary.
 */
function electronBinary(): string | null {
  const packageDir = path.join(root, 'node_modules/electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const binary = path.join(distDir, relative);
  return fs.existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) {
  console.log('SKIP electron smoke: no Electron binary on this machine (it downloads on first npm start where there is internet)');
}

describe('ClientFit in Electron', () => {
  it.skipIf(!binary)('opens one window titled ClientFit, with the sidebar and a locked-down page', async () => {
    expect(fs.existsSync(mainJs), 'out/main/index.js is missing: run `npm run build` first').toBe(true);
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'clientfit-smoke-'));
    // The built files, never a dev server a parent process may have announced.
    const { ELECTRON_RENDERER_URL: _devServer, ...env } = process.env;
    const app = await electron.launch({
      executablePath: binary!,
      // Chromium refuses to run as root with its sandbox on (CI containers).
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root],
      env: { ...env, CLIENTFIT_USER_DATA_DIR: userData },
      timeout: 60_000,
    });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      await expect.poll(() => page.title(), { timeout: 20_000 }).toBe('ClientFit');
      await page.getByRole('navigation').first().waitFor({ state: 'visible', timeout: 20_000 });
      expect(await page.evaluate('[typeof window.api, typeof window.clientfitShell, typeof window.require, typeof window.process]')).toEqual([
        'object',
        'object',
        'undefined',
        'undefined',
      ]);
      expect(app.windows()).toHaveLength(1);
      expect(fs.existsSync(path.join(userData, 'data'))).toBe(true);
    } finally {
      await app.close();
      fs.rmSync(userData, { recursive: true, force: true });
    }
  }, 120_000);
});
