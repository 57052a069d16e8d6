/**
 * Main's words come from the page's language tables: every key main asks for is in both,
 * with the same placeholders, and plurals read right for 0, 1 and many.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageFromLocales, textsFor } from '../../electron/main/texts';
import { PLACES } from '#shared/ipc/menu';
import en from '../../renderer/src/i18n/en.json';
import es from '../../renderer/src/i18n/es.json';

const TABLES = { es, en } as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The text at a dotted path, or undefined. */
function at(table: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), table);
}

/** The forms of a key in a table: itself, or its plural forms (`_one`, `_other`...). */
function forms(table: unknown, key: string): string[] {
  const dot = key.lastIndexOf('.');
  const parent = at(table, key.slice(0, dot));
  const leaf = key.slice(dot + 1);
  if (!parent || typeof parent !== 'object') return [];
  return Object.entries(parent as Record<string, unknown>)
    .filter(([k, v]) => typeof v === 'string' && (k === leaf || (PLURAL.test(k) && k.replace(PLURAL, '') === leaf)))
    .map(([, v]) => v as string);
}

/** The keys main's source asks for: `t('…')` calls, plus the places the Go menu builds from `nav.${place}`. */
function keysMainUses(): string[] {
  const dir = path.resolve(import.meta.dirname, '../../electron/main');
  const keys = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const src = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const m of src.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) keys.add(m[1]!);
    if (src.includes('`nav.${place}`')) for (const place of PLACES) keys.add(`nav.${place}`);
  }
  return [...keys].sort();
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("main's texts", () => {
  const used = keysMainUses();

  it('finds the keys of the menu, the notifications and the dialogs in main', () => {
    expect(used).toEqual(expect.arrayContaining(['menu.file', 'menu.newInquiry', 'nav.home', 'notify.daily.title', 'notify.longTimer.body', 'mainDialogs.openFailedTitle']));
    expect(used.length).toBeGreaterThan(30);
  });

  it('has every key main uses in both tables, plurals with their one and other forms', () => {
    const missing: string[] = [];
    for (const [language, table] of Object.entries(TABLES)) {
      for (const key of used) {
        const found = forms(table, key);
        if (found.length === 0 || found.some((f) => f.trim() === '')) missing.push(`${language}: ${key}`);
        const plural = at(table, `${key}_one`) !== undefined || at(table, `${key}_other`) !== undefined;
        if (plural && (at(table, `${key}_one`) === undefined || at(table, `${key}_other`) === undefined)) missing.push(`${language}: ${key}_one/_other`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("leaves no unused text in main's own sections", () => {
    const leaves = (node: unknown, prefix: string): string[] =>
      typeof node === 'string' ? [prefix.replace(PLURAL, '')] : Object.entries(node as object).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`));
    const own = new Set(['menu', 'notify', 'mainDialogs'].flatMap((section) => leaves(es[section as keyof typeof es], section)));
    expect([...own].filter((key) => !used.includes(key))).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of used) {
      const esHolders = forms(es, key).map(placeholders);
      const enHolders = forms(en, key).map(placeholders);
      expect(new Set(esHolders.flat()), key).toEqual(new Set(enHolders.flat()));
    }
  });

  it('reads plurals right for 0, 1 and many in both languages', () => {
    const t = { es: textsFor('es'), en: textsFor('en') };
    expect([0, 1, 2].map((count) => t.es('notify.daily.checkIns', { count }))).toEqual(['0 preguntas pendientes', '1 pregunta pendiente', '2 preguntas pendientes']);
    expect([0, 1, 2].map((count) => t.en('notify.daily.followUps', { count }))).toEqual(['0 follow-ups', '1 follow-up', '2 follow-ups']);
    expect(t.en('notify.longTimer.title', { count: 1 })).toBe('The timer has been running for over 1 hour');
    expect(t.es('notify.longTimer.title', { count: 24 })).toBe('El cronómetro lleva más de 24 horas en marcha');
    // Never HTML-escaped: a notification is plain text.
    expect(t.en('notify.longTimer.body', { project: 'Logo & <web>' })).toBe('“Logo & <web>” is still counting. Stop it and tell ClientFit when you finished.');
  });

  it('keeps each language apart: one lookup does not change the other', () => {
    const spanish = textsFor('es');
    expect(textsFor('en')('menu.file')).toBe('File');
    expect(spanish('menu.file')).toBe('Archivo');
  });
});

describe('languageFromLocales', () => {
  it("speaks Spanish when the system does, else English (the page's rule)", () => {
    expect(languageFromLocales(['es-ES'])).toBe('es');
    expect(languageFromLocales(['en-GB', 'es-MX'])).toBe('es');
    expect(languageFromLocales(['ES'])).toBe('es');
    expect(languageFromLocales(['de-DE', 'en-US'])).toBe('en');
    expect(languageFromLocales([])).toBe('en');
  });
});
