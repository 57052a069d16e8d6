/**
 * Every screen of the app with the sample data loaded, and how a person gets there:
 * shared by the accessibility check and the screenshots script, so both see the same places.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Dataset, Language } from '#shared/model';
import { PLACES, type Place } from '#shared/ipc/menu';
import type { RunningApp } from './harness';
import { ok } from './seed';

const I18N = path.resolve(import.meta.dirname, '../../renderer/src/i18n');

/** The app's words in a language, from its resource file. */
export function words(language: Language): (key: string) => string {
  const merged: Record<string, unknown> = JSON.parse(fs.readFileSync(path.join(I18N, `${language}.json`), 'utf8'));
  return (key) => {
    const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], merged);
    if (typeof value !== 'string') throw new Error(`No text for ${key} in ${language}`);
    return value;
  };
}

/** Opens a place of the sidebar and waits for its heading. */
export async function goTo(page: Page, place: Place): Promise<void> {
  await page.locator('.nav button').nth(PLACES.indexOf(place)).click();
  await page.locator('main h1').first().waitFor();
}

/** Lets charts finish drawing and fonts settle, so what is checked or pictured is at rest. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(700);
}

export interface Screen {
  name: string;
  open(page: Page, data: Dataset, t: (key: string) => string): Promise<void>;
}

const clientName = (data: Dataset, id: string) => data.clients.find((c) => c.id === id)?.name ?? id;
const projectTitle = (data: Dataset, id: string) => data.projects.find((p) => p.id === id)?.title ?? id;

/** Every screen, in the sidebar's order, with the deeper ones after their place. */
export const SCREENS: Screen[] = [
  { name: 'home', open: (page) => goTo(page, 'home') },
  { name: 'time', open: (page) => goTo(page, 'time') },
  { name: 'clients', open: (page) => goTo(page, 'clients') },
  {
    name: 'client',
    async open(page, data) {
      await goTo(page, 'clients');
      const name = clientName(data, 'sample-client-star');
      await page.locator('main table button', { hasText: name }).first().click();
      await page.locator('main h1', { hasText: name }).waitFor();
    },
  },
  { name: 'inquiries', open: (page) => goTo(page, 'inquiries') },
  {
    name: 'inquiry',
    async open(page, data) {
      await goTo(page, 'inquiries');
      // The client who turns 10 hours into 25: a verdict with numbers to read.
      await page.getByRole('button', { name: projectTitle(data, 'sample-project-overrun-mirador'), exact: true }).first().click();
    },
  },
  { name: 'pipeline', open: (page) => goTo(page, 'pipeline') },
  { name: 'review', open: (page) => goTo(page, 'review') },
  { name: 'letters', open: (page) => goTo(page, 'letters') },
  {
    name: 'letter',
    async open(page, _data, t) {
      await goTo(page, 'review');
      await page.getByRole('button', { name: t('review.clean.farewell') }).first().click();
      await page.locator('main h1', { hasText: t('letters.composer.title.farewell') }).waitFor();
    },
  },
  { name: 'colleagues', open: (page) => goTo(page, 'colleagues') },
  { name: 'settings', open: (page) => goTo(page, 'settings') },
];

/** Puts the sample year in the app in a language, speaks that language, and reloads the page. */
export async function useSample(app: RunningApp, language: Language): Promise<Dataset> {
  await ok(app, 'removeSampleData');
  const data = await ok(app, 'loadSampleData', { language });
  await ok(app, 'updateSettings', { language });
  await app.page.reload();
  await app.page.locator('main h1').first().waitFor();
  return data;
}
