/**
 * The inquiry form filled from an e-mail's reading: the fields it found, and nothing else.
 * A field it did not find stays empty (the kind too: a default kind would be a guess), and
 * where they came from is "other" unless the e-mail says it.
 */
import type { InquiryReading } from '#shared/rules';
import type { Dataset } from '../../lib/model';
import { moneyInput } from '../../lib/money';
import { ASKING_SIGNALS, NEW_SOURCES, emptyDraft, type AskingSignal, type InquiryDraft } from './draft';

/** A domain ("florecer.es") names no one: the client is then called by the person's name. */
const looksLikeDomain = (s: string) => /^[^\s]+\.[a-z]{2,}$/i.test(s);

/** A fresh inquiry form holding what the e-mail says. */
export function draftFromReading(reading: InquiryReading, data: Dataset, language: 'es' | 'en'): InquiryDraft {
  const patch: InquiryDraft = { ...emptyDraft(''), source: 'other' };
  const client = reading.clientId ? data.clients.find((c) => c.id === reading.clientId && !c.internal) : undefined;
  if (client) {
    patch.clientId = client.id;
    patch.name = client.name;
  } else {
    const company = reading.company && !looksLikeDomain(reading.company) ? reading.company : undefined;
    const name = company ?? reading.name;
    if (name) patch.name = name;
    if (reading.contactName) patch.contactName = reading.contactName;
    if (reading.email) patch.email = reading.email;
  }
  if (reading.source && (NEW_SOURCES as readonly string[]).includes(reading.source)) patch.source = reading.source as InquiryDraft['source'];
  if (reading.referredBy) {
    const referrer = data.clients.find((c) => c.id === reading.referredBy);
    if (referrer) patch.referrer = `client:${referrer.id}`;
    else {
      patch.referrer = 'other';
      patch.referrerText = reading.referredBy;
    }
  }
  if (reading.title) patch.title = reading.title;
  if (reading.kind) patch.kind = reading.kind;
  if (reading.pricing) {
    patch.mode = reading.pricing.mode;
    patch.amount = moneyInput(reading.pricing.mode === 'fixed' ? reading.pricing.amount : reading.pricing.rate, language);
  }
  if (reading.deadline) patch.deadline = reading.deadline;
  const asking: readonly string[] = ASKING_SIGNALS;
  const found = reading.signals.map((s): string => s.kind).filter((k): k is AskingSignal => asking.includes(k));
  patch.signals = [...new Set(found)];
  return patch;
}
