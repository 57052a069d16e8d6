import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
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

describe('components', () => {
  it('show no hard-coded words: every text goes through t()', () => {
    const dir = path.resolve(import.meta.dirname, '../../renderer/src');
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of fs.readdirSync(d)) {
        const p = path.join(d, n);
        if (fs.statSync(p).isDirectory()) walk(p);
        else if (n.endsWith('.tsx')) files.push(p);
      }
    };
    walk(dir);
    // Names of the product and of the languages read the same in every language.
    const allowed = new Set(['ClientFit', 'CF', 'Español', 'English']);
    const shown = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);
    const words = /\p{L}{2,}/u;
    const found: string[] = [];
    for (const f of files) {
      const source = ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      const visit = (node: ts.Node) => {
        if (ts.isJsxText(node)) {
          const text = node.text.trim();
          if (words.test(text) && !allowed.has(text)) found.push(`${path.relative(dir, f)}: ${text}`);
        } else if (ts.isJsxAttribute(node) && shown.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer)) {
          const text = node.initializer.text;
          if (words.test(text) && !allowed.has(text)) found.push(`${path.relative(dir, f)}: ${node.name.getText()}="${text}"`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(found).toEqual([]);
  });
});
