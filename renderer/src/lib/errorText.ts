/**
 * The one place a refusal becomes a sentence: the backend sends a reason and its parameters
 * (shared/ipc/reasons.ts), and this words it from the resource files in the person's language.
 */
import { REASONS, type Reason } from '#shared/ipc/reasons';
import { formatDate, formatNumber, localeOf } from '#shared/format';
import type { Language } from '#shared/model';
import { i18n } from '../i18n';

/** What a refusal carries that a sentence needs (an IpcError, an ApiError). */
interface Worded {
  reason: Reason;
  params?: Record<string, string | number>;
}

const isReason = (x: unknown): x is Reason => typeof x === 'string' && Object.hasOwn(REASONS, x);
const isWorded = (x: unknown): x is Worded => typeof x === 'object' && x !== null && isReason((x as { reason?: unknown }).reason);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;
/** A backup's folder name (`2026-11-23T09-00-00-000Z-pre-import`): the instant it was taken. */
const BACKUP_ID = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/;

/** A parameter as the sentence shows it: record kinds and field names worded, dates in the language's style. */
function paramText(key: string, value: string | number, language: Language): string | number {
  const t = i18n.t.bind(i18n);
  if (typeof value === 'number') return key === 'count' ? value : formatNumber(value, language, 0);
  // A backup is named to a person by when it was taken, as the backups list shows it.
  const backup = key === 'id' ? BACKUP_ID.exec(value) : null;
  if (backup) value = `${backup[1]}T${backup[2]}:${backup[3]}:${backup[4]}.${backup[5]}Z`;
  if (key === 'kind') return t(`errors.kinds.${value}`, { defaultValue: value });
  if (key === 'list') return t(`errors.lists.${value}`, { defaultValue: value });
  if (key === 'action') return t(`errors.actions.${value}`, { defaultValue: value });
  if (key === 'field') {
    // `invoices.0.paidAt` names the payment date: the last part that is not a position.
    const name = value.split('.').filter((part) => !/^\d+$/.test(part)).pop() || 'input';
    return t(`errors.fields.${name}`, { defaultValue: value });
  }
  if (DAY.test(value)) return formatDate(value, language);
  if (MONTH.test(value)) {
    return new Intl.DateTimeFormat(localeOf(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value}-01T00:00:00Z`));
  }
  if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) {
    return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
  }
  return value;
}

/** The sentence for a refusal (or any failure) in the app's language, saying what to do next. */
export function errorText(error: unknown): string {
  const worded = isWorded(error) ? error : isWorded((error as { error?: unknown } | null)?.error) ? (error as { error: Worded }).error : undefined;
  if (!worded) return i18n.t('errors.unexpected');
  const language: Language = i18n.language === 'en' ? 'en' : 'es';
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(worded.params ?? {})) params[key] = paramText(key, value, language);
  const text = i18n.t(`errors.${worded.reason}`, params);
  // A sentence may begin with a worded kind ("the client is no longer there").
  return text.charAt(0).toUpperCase() + text.slice(1);
}
