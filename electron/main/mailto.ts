/**
 * `mailto:` links leave the app for the system's mail program, which obeys whatever they
 * carry: extra recipients after a comma, `cc`, `bcc`, `attach=` of a local file, headers
 * smuggled in with an encoded line break. So main never passes one on as it came: it
 * rebuilds it from one strictly checked address and the subject and body, or refuses it.
 */
// Relative, not #shared: electron.vite.config.ts reads this file (through security.ts) before any alias exists.
import { isSingleEmail } from '../../shared/email';

/** The parts of a mailto link ClientFit sends: one address, a subject, a body. */
export interface MailtoParts {
  to: string;
  subject?: string;
  body?: string;
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * Reads a `mailto:` link into its parts, or null when it is anything but one address with
 * an optional subject (one line) and body: a second address, another field (`cc`, `bcc`,
 * `attach`...), a field twice, a fragment, or text that does not decode.
 */
export function parseMailto(url: string): MailtoParts | null {
  if (!/^mailto:/i.test(url) || url.includes('#')) return null;
  const rest = url.slice('mailto:'.length);
  const q = rest.indexOf('?');
  const to = decode(q < 0 ? rest : rest.slice(0, q));
  if (to === null || !isSingleEmail(to)) return null;
  const parts: MailtoParts = { to };
  if (q < 0) return parts;
  for (const pair of rest.slice(q + 1).split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (key !== 'subject' && key !== 'body') return null;
    if (parts[key] !== undefined) return null;
    const value = decode(eq < 0 ? '' : pair.slice(eq + 1));
    if (value === null) return null;
    // A line break in the subject would start a new header; the body may have paragraphs.
    if (key === 'subject' && /[\r\n]/.test(value)) return null;
    parts[key] = value;
  }
  return parts;
}

/** A mailto link written afresh from its parts: every part percent-encoded, nothing else. */
export function buildMailto({ to, subject, body }: MailtoParts): string {
  const query = [
    ...(subject !== undefined ? [`subject=${encodeURIComponent(subject)}`] : []),
    ...(body !== undefined ? [`body=${encodeURIComponent(body)}`] : []),
  ];
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}${query.length ? `?${query.join('&')}` : ''}`;
}

/** The mailto link to hand to the system, rebuilt from its checked parts; null when refused. */
export function safeMailto(url: string): string | null {
  const parts = parseMailto(url);
  return parts ? buildMailto(parts) : null;
}
