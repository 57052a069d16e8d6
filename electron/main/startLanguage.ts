/**
 * Chromium's own controls (the calendar a date field opens, spelling suggestions, its form
 * messages) speak the language the app is started in. Main reads the saved language before the
 * app is ready and passes it as `--lang`, so a change of language reaches them at the next start;
 * everything ClientFit writes itself follows the setting at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { localeOf } from '#shared/format';
import type { Language } from '#shared/model';

/** The language saved in `dataDir`'s settings file, or null when there is none to read (first run, a damaged file). */
export function savedLanguage(dataDir: string): Language | null {
  try {
    const doc = JSON.parse(fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8')) as { settings?: { language?: unknown } } | null;
    const language = doc?.settings?.language;
    return language === 'es' || language === 'en' ? language : null;
  } catch {
    // The backend reports a damaged file when it opens; here the system's language is kept.
    return null;
  }
}

/** The `--lang` switch for the saved language: the locale the app writes dates in (es-ES, en-GB), or null to keep the system's. */
export function langSwitch(dataDir: string): string | null {
  const language = savedLanguage(dataDir);
  return language ? localeOf(language) : null;
}
