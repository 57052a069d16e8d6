import { useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { readInquiry, type InquiryEvidence, type InquiryField, type InquiryReading } from '#shared/rules';
import { localToday, useApp } from '../../store';
import { useFormat } from '../../lib/useFormat';
import { emlToText } from './emlText';
import { draftFromReading } from './fromReading';
import '../../styles/pasteInquiry.css';

interface Mark {
  start: number;
  end: number;
  /** What the words filled, for the highlight's name. */
  label: string;
  signal: boolean;
}

/** Where each piece of evidence sits in the text; overlapping pieces join into one mark. */
function marksOf(text: string, pieces: { text: string; label: string; signal: boolean }[]): Mark[] {
  const found: Mark[] = [];
  for (const p of pieces) {
    const at = text.indexOf(p.text);
    if (at >= 0) found.push({ start: at, end: at + p.text.length, label: p.label, signal: p.signal });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mark[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      if (!last.label.includes(m.label)) last.label = `${last.label} · ${m.label}`;
      last.signal ||= m.signal;
    } else out.push({ ...m });
  }
  return out;
}

/**
 * "Paste the e-mail here": takes an inquiry as copied from a mail client, or a dropped .eml,
 * reads it, and hands the reading to the form, which stays editable and saves nothing by itself.
 * The text stays on screen with the words behind every filled field highlighted.
 */
export function PasteInquiry({ onRead }: { onRead: (reading: InquiryReading) => void }) {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const fmt = useFormat();
  const [text, setText] = useState('');
  const [reading, setReading] = useState<InquiryReading | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const boxRef = useRef<HTMLTextAreaElement>(null);

  const read = (raw: string) => {
    const normal = raw.replace(/\r\n?/g, '\n');
    setText(normal);
    setError(null);
    if (!normal.trim()) return;
    const r = readInquiry(normal, data, settings, localToday());
    setReading(r);
    onRead(r);
  };

  const readFile = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const looksLikeMail = /\.(eml|txt)$/i.test(file.name) || file.type === 'message/rfc822' || file.type.startsWith('text/');
      if (!looksLikeMail) throw new Error('not an e-mail');
      const bytes = new Uint8Array(await file.arrayBuffer());
      const content = /\.txt$/i.test(file.name) ? new TextDecoder().decode(bytes) : await emlToText(bytes);
      if (!content.trim()) throw new Error('empty');
      read(content);
    } catch {
      setError(t('pasteInquiry.fileError', { name: file.name }));
    } finally {
      setBusy(false);
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) void readFile(file);
    else {
      const dropped = e.dataTransfer.getData('text/plain');
      if (dropped.trim()) read(dropped);
    }
  };

  const startOver = () => {
    setReading(null);
    setText('');
    setError(null);
    requestAnimationFrame(() => boxRef.current?.focus());
  };

  const cited = (r: InquiryReading, field: InquiryField) => r.evidence.find((e) => e.field === field);

  /** The rows the form got, in its order: what each field now holds and the words it came from. */
  const found = useMemo(() => {
    if (!reading) return [];
    const r = reading;
    const clientName = (id: string) => data.clients.find((c) => c.id === id)?.name;
    const rows: { field: InquiryField; value: string | undefined; evidence: InquiryEvidence }[] = [];
    const add = (field: InquiryField, value: string | undefined, evidence: InquiryEvidence | undefined) => {
      if (evidence) rows.push({ field, value, evidence });
    };
    // The form's name is the client you have, else the company, else the person.
    const filledName = draftFromReading(r, data, settings.language).name;
    if (r.clientId) add('clientId', clientName(r.clientId), cited(r, 'clientId'));
    else if (filledName) add('name', filledName, filledName === r.company ? cited(r, 'company') : cited(r, 'name'));
    if (!r.clientId) {
      add('contactName', r.contactName, r.contactName ? cited(r, 'contactName') : undefined);
      add('email', r.email, r.email ? cited(r, 'email') : undefined);
    }
    add('source', r.source ? t(`source.${r.source}`) : undefined, r.source ? cited(r, 'source') : undefined);
    add('referredBy', r.referredBy ? (clientName(r.referredBy) ?? r.referredBy) : undefined, r.referredBy ? cited(r, 'referredBy') : undefined);
    add('title', r.title, r.title ? cited(r, 'title') : undefined);
    add('kind', r.kind ? t(`kinds.${r.kind}`, { defaultValue: r.kind }) : undefined, r.kind ? cited(r, 'kind') : undefined);
    // Money in another currency is shown with its note, though nothing is filled.
    add('pricing', r.pricing ? (r.pricing.mode === 'fixed' ? fmt.amount(r.pricing.amount) : fmt.rate(r.pricing.rate)) : undefined, cited(r, 'pricing'));
    add('deadline', r.deadline ? fmt.date(r.deadline) : undefined, r.deadline ? cited(r, 'deadline') : undefined);
    return rows;
  }, [reading, data, settings.language, fmt, t]);
  const filled = found.filter((f) => f.value !== undefined).length;

  const marks = useMemo(
    () =>
      reading
        ? marksOf(text, [
            ...found.map((f) => ({ text: f.evidence.text, label: t(`pasteInquiry.fields.${f.field}`), signal: false })),
            ...reading.signals.map((s) => ({ text: s.evidence, label: t(`inquiries.signals.${s.kind}`), signal: true })),
          ])
        : [],
    [reading, text, found, t],
  );

  const highlighted: ReactNode[] = [];
  let at = 0;
  marks.forEach((m, i) => {
    if (m.start > at) highlighted.push(text.slice(at, m.start));
    highlighted.push(
      <mark key={i} className={m.signal ? 'signal' : undefined} title={m.label}>
        {text.slice(m.start, m.end)}
        <span className="visually-hidden"> ({m.label})</span>
      </mark>,
    );
    at = m.end;
  });
  highlighted.push(text.slice(at));

  return (
    <section
      className={`card paste-inquiry${over ? ' drop-over' : ''}`}
      aria-labelledby="paste-inquiry-title"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <div className="card-head">
        <h2 id="paste-inquiry-title">{t('pasteInquiry.title')}</h2>
        {reading && (
          <button type="button" className="btn small ghost" onClick={startOver}>
            {t('pasteInquiry.another')}
          </button>
        )}
      </div>
      {!reading ? (
        <>
          <label htmlFor="paste-inquiry-box" className="label">{t('pasteInquiry.label')}</label>
          <textarea
            id="paste-inquiry-box"
            ref={boxRef}
            className="input paste-box"
            rows={5}
            value={text}
            placeholder={t('pasteInquiry.placeholder')}
            aria-describedby="paste-inquiry-help"
            onChange={(e) => setText(e.target.value)}
            onPaste={(e) => {
              // Pasting into the empty box reads it at once; pasting into some text just adds to it.
              const pasted = e.clipboardData.getData('text/plain');
              if (!text.trim() && pasted.trim()) {
                e.preventDefault();
                read(pasted);
              }
            }}
          />
          <p className="help" id="paste-inquiry-help">{t('pasteInquiry.help')}</p>
          <div className="paste-actions">
            <button type="button" className="btn primary" disabled={!text.trim() || busy} onClick={() => read(text)}>
              {t('pasteInquiry.fill')}
            </button>
            <button type="button" className="btn" disabled={busy} onClick={() => fileRef.current?.click()}>
              {t('pasteInquiry.openFile')}
            </button>
            <input
              ref={fileRef}
              type="file"
              accept=".eml,message/rfc822,.txt,text/plain"
              hidden
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void readFile(file);
              }}
            />
            {busy && <span className="small muted" role="status">{t('pasteInquiry.reading')}</span>}
          </div>
          {error && (
            <p className="error" role="alert">{error}</p>
          )}
        </>
      ) : (
        <div className="paste-result">
          <p className="small" role="status" data-testid="paste-summary">
            {filled > 0 ? t('pasteInquiry.found', { count: filled }) : t('pasteInquiry.nothing')} {t('pasteInquiry.checkIt')}
          </p>
          {(found.length > 0 || reading.signals.length > 0) && (
            <dl className="paste-found">
              {found.map((f) => (
                <div key={f.field} className="paste-found-row" data-field={f.field}>
                  <dt>{t(`pasteInquiry.fields.${f.field}`)}</dt>
                  <dd>
                    {f.value !== undefined && <strong>{f.value}</strong>}
                    <span className="muted"> {t('pasteInquiry.from')} </span>
                    <q>{f.evidence.text}</q>
                    {f.evidence.note && <span className="paste-note"> {t(`pasteInquiry.notes.${f.evidence.note}`)}</span>}
                  </dd>
                </div>
              ))}
              {reading.signals.map((s) => (
                <div key={s.kind} className="paste-found-row signal" data-field={`signal-${s.kind}`}>
                  <dt>{t(`inquiries.signals.${s.kind}`)}</dt>
                  <dd>
                    <q>{s.evidence}</q>
                  </dd>
                </div>
              ))}
            </dl>
          )}
          <div className="paste-text" tabIndex={0} role="region" aria-label={t('pasteInquiry.textLabel')}>
            {highlighted}
          </div>
        </div>
      )}
    </section>
  );
}
