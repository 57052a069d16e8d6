import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

// The README names screens from renderer/src/screens/ and everything else from the root.
const BASES = ['', 'renderer/src/screens'];
const SOURCE = /^[\w./-]+\.(ts|tsx|mjs|cjs|json|md|css)$/;

/** Every `code span` in the README that names a source file by its path. */
function namedFiles(text: string): string[] {
  const spans = [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? '');
  // `renderer/src/i18n/{es,en}.json` names two files.
  const expanded = spans.flatMap((s) => {
    const brace = /^(.*)\{([^}]+)\}(.*)$/.exec(s);
    return brace ? (brace[2] ?? '').split(',').map((part) => `${brace[1]}${part}${brace[3]}`) : [s];
  });
  // A file of the data folder's time/ (`time/YYYY-MM.json`, `time/checked.json`) is the user's, not the code.
  return [...new Set(expanded.filter((s) => s.includes('/') && SOURCE.test(s) && !s.startsWith('time/')))];
}

describe('README', () => {
  it('names only files that exist, so a reader who follows it lands on the code', () => {
    const files = namedFiles(README);
    expect(files.length).toBeGreaterThan(30);
    const missing = files.filter((f) => !BASES.some((base) => fs.existsSync(path.join(ROOT, base, f))));
    expect(missing).toEqual([]);
  });
});
