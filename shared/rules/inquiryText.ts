/**
 * The shape of a pasted e-mail: its header lines, the body without quoted replies and legal
 * notices, a forwarded message inside it, the signature, and the sentences.
 */
import { CLOSING, COMPANY_WORD, JOB_TITLE, fold } from './inquiryWords';

export interface Line {
  text: string;
  /** Where the line starts in the whole text. */
  start: number;
}

export interface Address {
  name?: string;
  email?: string;
  /** The header line as written. */
  line: string;
}

export interface Message {
  from?: Address;
  subject?: { value: string; line: string };
  /** Body lines, without header lines, quoted replies or legal notices. */
  body: Line[];
}

const HEADER = /^(from|de|to|para|cc|cco|bcc|date|fecha|sent|enviado|enviado el|subject|asunto|reply-to|responder a)\s*:\s*(.*)$/i;
const FORWARD = /^\s*(-{2,}\s*(forwarded message|mensaje reenviado|message transféré)\s*-{2,}|begin forwarded message:?|inicio del mensaje reenviado:?|_{10,})\s*$/i;
const ORIGINAL = /^\s*-{2,}\s*(original message|mensaje original)\s*-{2,}\s*$/i;
const QUOTE_INTRO = /^(on\b.*\bwrote:|el\b.*\bescribi[oó]:|on\s.*\d.*|el\s.*\d{4}.*)$/i;
const NOTICE = /^(aviso legal|aviso de confidencialidad|confidencial|confidentiality|this e-?mail|this message|este mensaje|este correo|disclaimer|le informamos|de acuerdo con (el|la) (rgpd|lopd))/i;

/** Splits "Name <addr>", "addr", "\"Name\" <addr>" into its parts. */
export function parseAddress(value: string, line: string): Address {
  const angle = /^\s*"?([^"<]*?)"?\s*<\s*([^>\s]+@[^>\s]+)\s*>/.exec(value);
  if (angle) return { ...(angle[1]?.trim() ? { name: angle[1].trim() } : {}), email: (angle[2] ?? '').toLowerCase(), line };
  const bare = /([^\s<>"]+@[^\s<>"]+\.[a-z]{2,})/i.exec(value);
  if (bare) return { email: (bare[1] ?? '').toLowerCase(), line };
  return value.trim() ? { name: value.trim(), line } : { line };
}

/** The text as lines that know where they start. */
export function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const t of text.split('\n')) {
    out.push({ text: t, start });
    start += t.length + 1;
  }
  return out;
}

/** Reads a header block from `i`; returns the message's headers and the first line after. */
function readHeaders(lines: Line[], i: number, msg: Message): number {
  let seen = 0;
  while (i < lines.length) {
    const m = HEADER.exec(lines[i]!.text.trim());
    if (!m) break;
    const key = fold(m[1] ?? '');
    const value = m[2] ?? '';
    if (key === 'from' || key === 'de') msg.from = parseAddress(value, lines[i]!.text);
    if (key === 'subject' || key === 'asunto') msg.subject = { value: value.trim(), line: lines[i]!.text };
    seen++;
    i++;
  }
  // A blank line after the headers belongs to them.
  if (seen > 0) while (i < lines.length && !lines[i]!.text.trim()) i++;
  return i;
}

/**
 * The messages in a pasted e-mail, the outer one first; a forwarded one follows it.
 * Quoted replies and legal notices are left out: they are not what this person asks.
 */
export function splitMessages(text: string): Message[] {
  const lines = linesOf(text);
  const messages: Message[] = [];
  let msg: Message = { body: [] };
  let i = 0;
  while (i < lines.length && !lines[i]!.text.trim()) i++;
  i = readHeaders(lines, i, msg);
  let inNotice = false;
  for (; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (FORWARD.test(t)) {
      messages.push(msg);
      msg = { body: [] };
      let j = i + 1;
      while (j < lines.length && !lines[j]!.text.trim()) j++;
      i = readHeaders(lines, j, msg) - 1;
      inNotice = false;
      continue;
    }
    if (ORIGINAL.test(t) || t.startsWith('>')) {
      if (t.startsWith('>')) continue;
      break;
    }
    if (QUOTE_INTRO.test(t) && /(wrote|escribi[oó]):?\s*$/i.test(t + ' ' + (lines[i + 1]?.text.trim() ?? ''))) break;
    // An Outlook reply quotes the earlier message as a header block: what follows is not new.
    if (HEADER.test(t) && /^(from|de)\s*:/i.test(t) && HEADER.test(lines[i + 1]?.text.trim() ?? '')) {
      const subject = fold(msg.subject?.value ?? '');
      if (/^(fw|fwd|rv|tr|reenv)/.test(subject)) {
        messages.push(msg);
        msg = { body: [] };
        i = readHeaders(lines, i, msg) - 1;
        continue;
      }
      break;
    }
    if (!t) {
      inNotice = false;
      msg.body.push(lines[i]!);
      continue;
    }
    if (NOTICE.test(fold(t))) inNotice = true;
    if (!inNotice) msg.body.push(lines[i]!);
  }
  messages.push(msg);
  return messages;
}

/** Paragraphs of body lines (blank lines between them). */
export function paragraphs(body: Line[]): Line[][] {
  const out: Line[][] = [];
  let cur: Line[] = [];
  for (const l of body) {
    if (l.text.trim()) cur.push(l);
    else if (cur.length) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

const NAME_TOKEN = /^[\p{Lu}][\p{L}'’.-]*$/u;
const PARTICLE = /^(de|del|la|las|los|y|van|von|der|da|di|dos|le|mac|o')$/i;

/** True for "Ana", "Rosa María Fernández Gil", "Kevin O'Brien": how a person signs. */
export function isPersonName(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 60 || /[\d@|·•:;!?()]/.test(t) || COMPANY_WORD.test(fold(t)) || JOB_TITLE.test(fold(t))) return false;
  const tokens = t.split(/\s+/);
  if (tokens.length > 5) return false;
  if (tokens.length === 1 && (tokens[0] ?? '').replace(/\W/g, '').length < 2) return false;
  return tokens.every((w, i) => NAME_TOKEN.test(w) || (i > 0 && PARTICLE.test(w)));
}

export interface Signature {
  /** The signature's lines, as written. */
  lines: Line[];
  /** The index in the body where it starts (the closing line, when there is one). */
  from: number;
}

/** The signature at the end of a body: the lines after a closing, a "- Dan", or a last block of short lines. */
export function findSignature(body: Line[]): Signature | null {
  const nonEmpty = body.map((l, i) => ({ l, i })).filter((x) => x.l.text.trim());
  for (let k = nonEmpty.length - 1; k >= 0 && k >= nonEmpty.length - 12; k--) {
    const t = fold(nonEmpty[k]!.l.text.trim()).replace(/[,.!]+$/, '');
    if (t.length <= 40 && CLOSING.test(t) && !/\b(por|for)\b.{12,}/.test(t)) {
      const closing = nonEmpty[k]!.i;
      return { lines: body.slice(closing + 1).filter((l) => l.text.trim() && !/^-{2,}\s*$/.test(l.text.trim())), from: closing };
    }
  }
  const last = nonEmpty[nonEmpty.length - 1];
  if (last) {
    const dash = /^[-–—]\s*([\p{Lu}][\p{L}]+)\s*$/u.exec(last.l.text.trim());
    if (dash) return { lines: [last.l], from: last.i };
  }
  const paras = paragraphs(body);
  const tail = paras[paras.length - 1];
  if (paras.length > 1 && tail && tail.length <= 5 && isPersonName(tail[0]!.text) && tail.every((l) => l.text.trim().length <= 60 && !/[?!]$/.test(l.text.trim()))) {
    return { lines: tail, from: body.indexOf(tail[0]!) };
  }
  return null;
}

/** A sentence of the body and where it starts in the whole text. */
export interface Sentence {
  text: string;
  start: number;
}

/** The body's sentences: each paragraph cut at . ! ? followed by a capital, a digit or an opening mark. */
export function sentences(body: Line[]): Sentence[] {
  const out: Sentence[] = [];
  for (const para of paragraphs(body)) {
    // Lines of one paragraph are contiguous in the text: the paragraph is one slice of it.
    const start = para[0]!.start;
    const text = para.map((l) => l.text).join('\n');
    const cut = /[.!?…]+["”»)]?\s+(?=[¿¡"“«(\p{Lu}\d])|\n(?=[-•*]\s)/gu;
    let from = 0;
    for (const m of text.matchAll(cut)) {
      const end = m.index + m[0].length;
      const piece = text.slice(from, end);
      // "S.L.", "aprox.", "Sra.": a short word before the dot is an abbreviation, not an end.
      if (/(?:^|[\s(])(?:\p{Lu}|[Ss]ra?|[Dd]ra?|[Aa]pprox|[Aa]prox|etc|Co|Inc|Ltd|St|[Cc]\/|[Tt]el|[Ee]j|vs|[Nn]o)\.\s*$/u.test(piece.trimEnd().slice(-8))) continue;
      if (piece.trim()) out.push({ text: piece.trimEnd(), start: start + from });
      from = end;
    }
    if (text.slice(from).trim()) out.push({ text: text.slice(from).trimEnd(), start: start + from });
  }
  return out;
}
