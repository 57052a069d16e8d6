import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { resources } from '../../renderer/src/i18n';

type Tree = { [key: string]: string | Tree };
/** Every leaf of a resource tree as `a.b.c` -> text. */
function leaves(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else leaves(v, key, out);
  }
  return out;
}
const es = leaves(resources.es.translation as unknown as Tree);
const en = leaves(resources.en.translation as unknown as Tree);

/** Keys the components call with a `count` option, found in their source. */
function keysUsedWithCount(): string[] {
  const dir = path.resolve(import.meta.dirname, '../../renderer/src');
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of fs.readdirSync(d)) {
      const p = path.join(d, n);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(n)) {
        for (const m of fs.readFileSync(p, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'\s*,\s*\{([^}]*)\}/g)) if (/\bcount\b/.test(m[2]!) && !/\bt\(/.test(m[2]!)) out.push(m[1]!);
      }
    }
  };
  walk(dir);
  return [...new Set(out)].sort();
}

describe('counts read right in both languages', () => {
  it('every key used with a count has its one and other forms in es and en', () => {
    const used = keysUsedWithCount();
    expect(used.length).toBeGreaterThan(20);
    const missing = used.flatMap((k) => [es, en].flatMap((lang, i) => ['_one', '_other'].filter((s) => !lang.has(k + s)).map((s) => `${i ? 'en' : 'es'}: ${k}${s}`)));
    expect(missing).toEqual([]);
  });

  it('every text with {{count}} is a plural form, and every plural form has its pair', () => {
    for (const [name, lang] of [['es', es], ['en', en]] as const) {
      const notPlural = [...lang].filter(([k, v]) => v.includes('{{count}}') && !/_(one|other)$/.test(k)).map(([k]) => `${name}: ${k}`);
      expect(notPlural).toEqual([]);
      const unpaired = [...lang.keys()]
        .filter((k) => /_(one|other)$/.test(k))
        .filter((k) => !lang.has(k.replace(/_one$/, '_other')) || !lang.has(k.replace(/_other$/, '_one')))
        .map((k) => `${name}: ${k}`);
      expect(unpaired).toEqual([]);
    }
  });

  it('no text puts a number before a noun without plural forms ("{{red}} señales rojas")', () => {
    // A placeholder holding a bare number, followed by a noun, reads wrong for 1 or for many.
    const bareNumbers = /\{\{(red|green|n|clients|entries|projects|days)\}\}\s+(?!(?:y|and)\b)\p{L}/u;
    const found = [...es, ...en].filter(([k, v]) => bareNumbers.test(v) && !/_(one|other)$/.test(k)).map(([k, v]) => `${k}: ${v}`);
    expect(found).toEqual([]);
  });

  const t = (lng: 'es' | 'en') => {
    const i = i18next.createInstance();
    void i.init({ resources, lng, initAsync: false, interpolation: { escapeValue: false } });
    return i.t.bind(i);
  };
  const cases: [string, Record<string, string>, { es: [string, string, string]; en: [string, string, string] }][] = [
    ['numbers.signalsRed', {}, { es: ['0 señales rojas', '1 señal roja', '3 señales rojas'], en: ['0 red signals', '1 red signal', '3 red signals'] }],
    ['numbers.signalsGreen', {}, { es: ['0 verdes', '1 verde', '3 verdes'], en: ['0 green', '1 green', '3 green'] }],
    ['signals.count.red', {}, { es: ['0 rojas', '1 roja', '3 rojas'], en: ['0 red', '1 red', '3 red'] }],
    [
      'numbers.leftOut',
      {},
      {
        es: [
          '0 proyectos en curso sin estimación no cuentan todavía.',
          '1 proyecto en curso sin estimación no cuenta todavía.',
          '3 proyectos en curso sin estimación no cuentan todavía.',
        ],
        en: [
          "0 projects in progress without an estimate don't count yet.",
          "1 project in progress without an estimate doesn't count yet.",
          "3 projects in progress without an estimate don't count yet.",
        ],
      },
    ],
    ['client.projectCount', {}, { es: ['0 proyectos', '1 proyecto', '3 proyectos'], en: ['0 projects', '1 project', '3 projects'] }],
    ['time.entryCount', {}, { es: ['0 entradas', '1 entrada', '3 entradas'], en: ['0 entries', '1 entry', '3 entries'] }],
    ['numbers.clientCount', {}, { es: ['0 clientes', '1 cliente', '3 clientes'], en: ['0 clients', '1 client', '3 clients'] }],
    [
      'numbers.entryCount',
      {},
      { es: ['0 entradas de tiempo', '1 entrada de tiempo', '3 entradas de tiempo'], en: ['0 time entries', '1 time entry', '3 time entries'] },
    ],
    [
      'numbers.dormantTitle',
      {},
      { es: ['0 relaciones dormidas', '1 relación dormida', '3 relaciones dormidas'], en: ['0 dormant relationships', '1 dormant relationship', '3 dormant relationships'] },
    ],
    ['client.stats.days', {}, { es: ['0 días', '1 día', '3 días'], en: ['0 days', '1 day', '3 days'] }],
    ['pipeline.home.daysLate', {}, { es: ['0 días de retraso', '1 día de retraso', '3 días de retraso'], en: ['0 days late', '1 day late', '3 days late'] }],
  ];
  it.each(cases)('%s reads right for 0, 1 and many', (key, values, expected) => {
    for (const lng of ['es', 'en'] as const) {
      const tr = t(lng);
      expect([0, 1, 3].map((count) => tr(key, { ...values, count }))).toEqual(expected[lng]);
    }
  });

  it('logged time reads right whatever the duration ("47 min", "1 h")', () => {
    const tr = t('es');
    expect(tr('timer.logged', { duration: '47 min', project: 'Logo' })).toBe('Tiempo registrado en Logo: 47 min.');
    expect(tr('time.logged', { duration: '1 h', project: 'Logo' })).toBe('Tiempo registrado en Logo: 1 h.');
  });
});
