/**
 * The inquiry corpus: real-looking e-mails (at least 40), each with the fields it states written beside
 * it before the reader existed. Reports field accuracy; requires 90 % right and nothing invented.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInquiry, type InquiryReading } from '#shared/rules';
import type { Dataset, Settings } from '#shared/model';
import { emlToText } from '../../../renderer/src/screens/inquiry/emlText';

// An .eml is read the way the screen reads a dropped file: postal-mime, then the page's HTML parser.
const DIR = path.resolve(import.meta.dirname, '../../fixtures/inquiries');
const base = JSON.parse(fs.readFileSync(path.join(DIR, 'dataset.json'), 'utf8')) as { settings: Settings; data: Dataset };
const FIELDS = ['name', 'email', 'company', 'contactName', 'clientId', 'title', 'kind', 'pricing', 'deadline', 'source', 'referredBy'] as const;

interface Case {
  file: string;
  today: string;
  settings?: Partial<Settings>;
  expected: Record<(typeof FIELDS)[number], unknown> & { signals: string[] };
}

const cases: Case[] = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => {
    const stem = f.replace('.expected.json', '');
    const file = ['.eml', '.txt'].map((e) => stem + e).find((n) => fs.existsSync(path.join(DIR, n)))!;
    return { file, ...(JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as Omit<Case, 'file'>) };
  });

async function textOf(file: string): Promise<string> {
  const bytes = fs.readFileSync(path.join(DIR, file));
  return file.endsWith('.eml') ? emlToText(new Uint8Array(bytes)) : bytes.toString('utf8');
}

// Names are compared as a person would: case and accents aside; everything else exactly.
const norm = (v: unknown) => (typeof v === 'string' ? v.normalize('NFC').trim().toLowerCase() : JSON.stringify(v));

describe('readInquiry on the corpus', () => {
  it('has at least 40 e-mails, half Spanish and half English, each with its expectations', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.file.startsWith('es')).length).toBe(cases.filter((c) => c.file.startsWith('en')).length);
    expect(cases.filter((c) => c.file.endsWith('.eml')).length).toBeGreaterThanOrEqual(8);
  });

  it('gets at least 90 % of the stated fields right and invents none', async () => {
    let expected = 0;
    let right = 0;
    const misses: string[] = [];
    const invented: string[] = [];
    const perField = new Map<string, { right: number; of: number }>();
    for (const c of cases) {
      const settings = { ...base.settings, ...c.settings };
      const text = await textOf(c.file);
      const got: InquiryReading = readInquiry(text, base.data, settings, c.today);
      const check = (field: string, want: unknown, have: unknown) => {
        const tally = perField.get(field) ?? { right: 0, of: 0 };
        perField.set(field, tally);
        if (want === null || want === undefined) {
          if (have !== undefined) invented.push(`${c.file} ${field}: ${JSON.stringify(have)}`);
          return;
        }
        expected++;
        tally.of++;
        if (norm(want) === norm(have)) {
          right++;
          tally.right++;
        } else misses.push(`${c.file} ${field}: want ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
      };
      for (const f of FIELDS) check(f, c.expected[f], got[f]);
      const kinds = new Set(got.signals.map((s) => s.kind));
      for (const k of c.expected.signals) check('signal', k, kinds.has(k as never) ? k : undefined);
      for (const k of kinds) if (!c.expected.signals.includes(k)) invented.push(`${c.file} signal: ${k}`);
      // Every filled field says where it came from, in words that are in the text.
      for (const f of FIELDS) {
        if (got[f] === undefined) continue;
        const ev = got.evidence.find((e) => e.field === f);
        expect(ev, `${c.file}: ${f} has no evidence`).toBeDefined();
        expect(text.replace(/\r\n?/g, '\n'), `${c.file}: evidence of ${f}`).toContain(ev!.text);
      }
    }
    const share = right / expected;
    const lines = [...perField].map(([f, t]) => `  ${f.padEnd(12)} ${t.right}/${t.of}`);
    console.log(
      [`readInquiry corpus: ${right}/${expected} expected fields right (${(share * 100).toFixed(1)} %), ${invented.length} invented, ${cases.length} e-mails`, ...lines, ...misses.map((m) => `  miss ${m}`), ...invented.map((m) => `  INVENTED ${m}`)].join('\n'),
    );
    expect(invented).toEqual([]);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });
});
