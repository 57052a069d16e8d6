import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../renderer/src/i18n';

/** Every key path of a nested resource, plural suffixes folded. */
function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('the two languages', () => {
  const en = keys(resources.en.translation).sort();
  const es = keys(resources.es.translation).sort();

  it('have the same keys', () => {
    expect(es.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !es.includes(k))).toEqual([]);
  });

  it('have no empty text', () => {
    const empty = (r: unknown) => keys(r).filter((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], r) === '');
    expect(empty(resources.en.translation)).toEqual([]);
    expect(empty(resources.es.translation)).toEqual([]);
  });

  it('cover every key the components use', () => {
    const dir = path.resolve(import.meta.dirname, '../../renderer/src');
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of fs.readdirSync(d)) {
        const p = path.join(d, n);
        if (fs.statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(n)) files.push(p);
      }
    };
    walk(dir);
    const folded = new Set(en.map((k) => k.replace(/_(one|other|zero|two|few|many)$/, '')));
    const missing: string[] = [];
    for (const f of files) {
      const src = fs.readFileSync(f, 'utf8');
      for (const m of src.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) {
        if (!folded.has(m[1]!)) missing.push(`${path.relative(dir, f)}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
