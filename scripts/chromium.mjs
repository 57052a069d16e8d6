/**
 * Where the end-to-end tests find a browser: CHROMIUM_PATH, the system's Chromium or
 * Chrome, or Playwright's own download. One list for the harness and for `npm test`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from 'playwright-core';

export const INSTALL_HINT =
  'install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable';

/** The first browser executable that exists, or null. */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright's own browser is not installed: fine when another one is.
  }
  return candidates.find((p) => p && isExecutableFile(p)) ?? null;
}

function isExecutableFile(p) {
  try {
    if (!fs.statSync(p).isFile()) return false;
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Null when a browser is there; else the one sentence that says how to get one. */
export function chromiumProblem() {
  if (process.env.CHROMIUM_PATH && !fs.existsSync(process.env.CHROMIUM_PATH)) {
    return `CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist; ${INSTALL_HINT}.`;
  }
  const found = chromiumPath();
  if (!found) return `no Chromium found: ${INSTALL_HINT}.`;
  // Debian's /usr/bin/chromium is a wrapper: it can be there with the browser behind it gone.
  const run = spawnSync(found, ['--headless', '--no-sandbox', '--version'], { encoding: 'utf8', timeout: 30_000 });
  if (run.status !== 0) {
    const why = (run.error?.message ?? run.stderr ?? '').split('\n').filter((l) => l.trim()).at(-1) ?? `exit ${run.status}`;
    return `${found} is there but does not run (${why.trim().slice(0, 200)}); ${INSTALL_HINT}.`;
  }
  return null;
}
