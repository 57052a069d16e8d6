/**
 * Writes docs/letters.md: one letter of each kind, in Spanish (tú and usted) and English,
 * drafted by the app's own rules from the sample data, so the page always shows what the app
 * writes. `npm run docs:letters` writes it; a test fails when the committed page is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SETTINGS, LETTER_KINDS, type Dataset, type Language, type LetterKind, type Settings } from '#shared/model';
import { cleanHouse, draftLetter, evaluateInquiry, followUpLists, type DraftLetterInput } from '#shared/rules';
import { SAMPLE_SIGNATURE, sampleDataset } from '#shared/sample';

/** The sample's "today": fixed, so the page is the same on every run. */
const TODAY = '2027-01-15';

const REGISTERS: { title: string; language: Language; formality: Settings['formality'] }[] = [
  { title: 'Español, tú', language: 'es', formality: 'tu' },
  { title: 'Español, usted', language: 'es', formality: 'usted' },
  { title: 'English', language: 'en', formality: 'tu' },
];

const KIND_TITLES: Record<LetterKind, string> = {
  decline: 'Decline',
  'counter-offer': 'Counter-offer',
  farewell: 'Farewell',
  'check-in': 'Check-in',
  'follow-up': 'Follow-up after a delivery',
};

/** The sample's letter of a kind: the inquiry the evaluation would decline or negotiate, the client the review would let go, and so on. */
function letterInput(kind: LetterKind, data: Dataset, settings: Settings): Omit<DraftLetterInput, 'data' | 'settings' | 'today'> {
  const inquiries = data.projects.filter((p) => p.status === 'inquiry').sort((a, b) => (a.id < b.id ? -1 : 1));
  const evaluated = inquiries.map((p) => ({ p, e: evaluateInquiry(p.id, data, settings, TODAY) }));
  switch (kind) {
    case 'decline': {
      const found = evaluated.find((x) => x.e.verdict === 'decline') ?? evaluated[0]!;
      return { kind, clientId: found.p.clientId, projectId: found.p.id, reason: found.e.declineReason ?? 'capacity' };
    }
    case 'counter-offer': {
      const found = evaluated.find((x) => x.e.verdict === 'negotiate') ?? evaluated[0]!;
      return { kind, clientId: found.p.clientId, projectId: found.p.id, ...(found.e.suggestedPrice !== undefined ? { suggestedPrice: found.e.suggestedPrice } : {}) };
    }
    case 'farewell': {
      const letGo = cleanHouse(data, settings, TODAY).suggestions.find((s) => s.action === 'let-go');
      return { kind, clientId: letGo?.clientId ?? 'sample-client-discount' };
    }
    case 'check-in':
      return { kind, clientId: 'sample-client-silent', projectId: 'sample-project-silent-line' };
    case 'follow-up':
      return { kind, clientId: 'sample-client-lonja', projectId: 'sample-project-lonja-menu', ask: 'referral' };
  }
}

/** The whole page, as markdown. */
export function lettersDoc(): string {
  const out: string[] = [
    '# The letters ClientFit writes',
    '',
    'One letter of each kind, in Spanish (tú and usted) and in English, drafted by the app from the',
    `sample data (\`shared/sample.ts\`, as of ${TODAY}). This page is generated: \`npm run docs:letters\``,
    'writes it again, and a test fails when it no longer matches what the app writes.',
    '',
    'Every paragraph has at least three wordings; the one used is chosen from the client and the',
    'project, so two people do not receive the same template, and "Another wording" in the composer',
    'moves every paragraph on to the next. Letters greet the contact person by first name (or nobody',
    'in particular, never a company as if it were a person), close warmly only with clients you have',
    'worked with, write dates out in full and say once whether a price includes tax.',
    '',
  ];
  for (const r of REGISTERS) {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      language: r.language,
      formality: r.formality,
      ...SAMPLE_SIGNATURE[r.language],
      taxName: r.language === 'es' ? 'IVA' : 'VAT',
    };
    const data = sampleDataset(TODAY, r.language);
    out.push(`## ${r.title}`, '');
    for (const kind of LETTER_KINDS) {
      const input = letterInput(kind, data, settings);
      const letter = draftLetter({ ...input, data, settings, today: TODAY });
      const client = data.clients.find((c) => c.id === input.clientId)!;
      const to = client.contactName ? `${client.contactName}, ${client.name}` : `${client.name} (no contact person)`;
      out.push(`### ${KIND_TITLES[kind]}`, '', `To ${to}.`, '', '```text', letter.subject, '', letter.body, '```', '');
    }
    // A check-in to a past client gone quiet (work delivered, nothing open) is a hello, not a prospect's questions.
    const quiet = followUpLists(data, settings, TODAY).due[0]!;
    const client = data.clients.find((c) => c.id === quiet.clientId)!;
    const letter = draftLetter({ kind: 'check-in', clientId: quiet.clientId, projectId: quiet.projectId, data, settings, today: TODAY });
    const to = client.contactName ? `${client.contactName}, ${client.name}` : `${client.name} (no contact person)`;
    out.push('### Check-in with a past client gone quiet', '', `To ${to}.`, '', '```text', letter.subject, '', letter.body, '```', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Where the page lives in the repository. */
export const LETTERS_DOC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/letters.md');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(LETTERS_DOC, lettersDoc());
  console.log(`Wrote ${path.relative(process.cwd(), LETTERS_DOC)}`);
}
