import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, LetterKind } from '#shared/model';
import { DECLINE_REASONS } from '#shared/texts/letters';
import { checkInAudience, draftLetter, FOLLOW_UP_ASKS, isOwnKind, letterProject, letterSpecialist, type DeclineReason, type FollowUpAsk } from '#shared/rules';
import { counterOfferPrice } from '#shared/rules/quotes';
import { moneyInput, parseMoneyInput } from '../lib/money';
import { QuoteLine } from './inquiry/QuoteLine';
import { Dialog } from '../components/Dialog';
import { EmptyState } from '../components/EmptyState';
import { Field } from '../components/Field';
import { newRequestId } from '../lib/useSubmission';
import { attempt, useApp, type Route } from '../store';
import { useToday } from '../lib/useToday';
import { backRoute, mailtoUrl, usesReason } from './letters/letterKinds';
import { GreetingPanel, UnsignedNotice } from './letters/LetterPanels';

const LANGUAGES: Language[] = ['es', 'en'];
const isMac = typeof navigator !== 'undefined' && navigator.platform.toLowerCase().includes('mac');

/** What rewrites the draft: each is a choice in the composer. */
interface Choice {
  language?: Language;
  reason?: DeclineReason;
  variant?: number;
  ask?: FollowUpAsk;
  offerColleague?: boolean;
  /** A counter-offer's price, in cents. */
  price?: number;
}

interface Sent {
  letterId: string;
  subject: string;
  body: string;
  language: Language;
}

/** The letter already written: edit if you like, copy, done. */
export function LetterComposer({ kind, clientId, projectId, reason: initialReason }: { kind: LetterKind; clientId: string; projectId?: string; reason?: DeclineReason }) {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const navigate = useApp((s) => s.navigate);
  const toast = useApp((s) => s.toast);
  const today = useToday();
  const client = data.clients.find((c) => c.id === clientId);
  // The project the letter is about: the one named, else the client's most fitting one.
  const project = useMemo(() => {
    try {
      return client ? letterProject(kind, clientId, data, projectId) : undefined;
    } catch {
      return undefined;
    }
  }, [client, kind, clientId, data, projectId]);

  const [language, setLanguage] = useState<Language>(settings.language);
  const [reason, setReason] = useState<DeclineReason>(initialReason ?? 'capacity');
  const [edits, setEdits] = useState<{ subject?: string; body?: string }>({});
  const [variant, setVariant] = useState(0);
  const [ask, setAsk] = useState<FollowUpAsk>('referral');
  const [offerColleague, setOfferColleague] = useState(false);
  const [pending, setPending] = useState<Choice | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);
  const [busy, setBusy] = useState(false);
  const letterRequest = useRef<{ text: string; id: string } | null>(null);

  // A counter-offer's price: the one already quoted, else the one that pays the target rate.
  // The letter states it and sending records it as the project's quote, so the two never differ.
  const [price, setPrice] = useState<number | undefined>(() => {
    if (kind !== 'counter-offer' || !project) return undefined;
    if (project.status === 'quoted' && project.quote) return project.quote.amount;
    return counterOfferPrice(project.id, data, settings, today);
  });
  const [priceText, setPriceText] = useState(() => moneyInput(price, settings.language));
  const [priceError, setPriceError] = useState('');
  const suggestedPrice = kind === 'counter-offer' ? price : undefined;

  const draft = useMemo(() => {
    if (!client) return null;
    try {
      return draftLetter({
        kind,
        clientId,
        ...(projectId ? { projectId } : {}),
        ...(usesReason(kind) ? { reason } : {}),
        language,
        data,
        settings,
        today,
        ...(suggestedPrice !== undefined ? { suggestedPrice } : {}),
        variant,
        ...(kind === 'follow-up' ? { ask } : {}),
        ...(kind === 'counter-offer' ? { offerColleague } : {}),
      });
    } catch {
      return null;
    }
  }, [client, kind, clientId, projectId, reason, language, data, settings, today, suggestedPrice, variant, ask, offerColleague]);

  const subject = edits.subject ?? draft?.subject ?? '';
  const body = edits.body ?? draft?.body ?? '';
  const edited = !!draft && (subject !== draft.subject || body !== draft.body);
  const referred = (draft?.referredColleagueIds ?? []).map((id) => data.colleagues.find((c) => c.id === id)).filter((c) => c !== undefined);
  const letterKind = project?.kind;
  // A check-in to a past client gone quiet starts from the review's dormant relationships, not the pipeline.
  const back: Route =
    kind === 'check-in' && client && checkInAudience(client.id, data, project) === 'past-client' ? { name: 'review' } : backRoute(kind, projectId);

  const choose = (change: Choice) => {
    if (edited) {
      setPending(change);
      return;
    }
    apply(change);
  };
  function apply(change: Choice) {
    if (change.language) setLanguage(change.language);
    if (change.reason) setReason(change.reason);
    if (change.variant !== undefined) setVariant(change.variant);
    if (change.ask) setAsk(change.ask);
    if (change.offerColleague !== undefined) setOfferColleague(change.offerColleague);
    if (change.price !== undefined) setPrice(change.price);
    setEdits({});
  }

  /** Takes the typed price when it reads as money; the letter is written again with it. */
  const commitPrice = () => {
    const read = parseMoneyInput(priceText);
    if (!read.ok || read.cents === 0) {
      setPriceError(t(`money.errors.${read.ok ? 'zero' : read.error}`));
      return;
    }
    setPriceError('');
    setPriceText(moneyInput(read.cents, settings.language));
    if (read.cents !== price) choose({ price: read.cents });
  };

  // An edited letter keeps its edits; only its opening line follows a contact saved here.
  const swapGreeting = (from: string, to: string) =>
    setEdits((e) => (e.body !== undefined && e.body.startsWith(`${from}\n`) ? { ...e, body: to + e.body.slice(from.length) } : e));

  const reset = () => {
    const before = edits;
    setEdits({});
    toast(t('letters.composer.resetDone'), { action: { label: t('common.undo'), run: () => setEdits(before) } });
  };

  /** Records the letter once per text, and moves the inquiry and the client on. */
  const record = async (): Promise<Sent | undefined> => {
    if (sent && sent.subject === subject && sent.body === body && sent.language === language) return sent;
    const s = useApp.getState();
    // One text, one request: a second Copy pressed before the first is recorded records nothing more.
    const text = `${language}\u0000${subject}\u0000${body}`;
    if (letterRequest.current?.text !== text) letterRequest.current = { text, id: newRequestId() };
    const requestId = letterRequest.current.id;
    const letter = await attempt(() =>
      s.createLetter({ kind, clientId, ...(project ? { projectId: project.id } : {}), language, subject, body, requestId }),
    );
    if (!letter) return undefined;
    const current = s.data.projects.find((p) => p.id === project?.id);
    if (current && kind === 'decline' && current.status !== 'declined') {
      await attempt(() => s.updateProject({ id: current.id, status: 'declined' }));
    } else if (current && kind === 'counter-offer' && (current.status === 'inquiry' || current.status === 'quoted')) {
      // One update: the price the letter proposes, the day it went, and the status that waits for the answer.
      await attempt(() =>
        s.updateProject({ id: current.id, status: 'quoted', ...(price !== undefined ? { quote: { amount: price, sentAt: today } } : {}) }),
      );
    }
    const who = s.data.clients.find((c) => c.id === clientId);
    if (who) {
      // A letter is a contact; a declined prospect leaves the pipeline. Farewells leave the status to the Review.
      const declineProspect = kind === 'decline' && who.status === 'prospect';
      await attempt(() => s.updateClient({ id: who.id, lastContactAt: today, ...(declineProspect ? { status: 'declined' as const } : {}) }));
    }
    const done = { letterId: letter.id, subject, body, language };
    setSent(done);
    return done;
  };

  const copy = async () => {
    if (busy || !draft || priceError) return;
    setBusy(true);
    try {
      const copied = await attempt(async () => {
        await useApp.getState().copyText(`${subject}\n\n${body}`);
        return true;
      });
      if (!copied) return;
      const done = await record();
      if (!done) return;
      toast(t('letters.composer.copied'), { action: { label: t('letters.composer.seeInLetters'), run: () => navigate({ name: 'letters', letterId: done.letterId }) } });
    } finally {
      setBusy(false);
    }
  };

  const mail = async () => {
    if (busy || !draft || !client?.email || priceError) return;
    setBusy(true);
    try {
      const full = mailtoUrl(client.email, subject, body);
      const url = full ?? mailtoUrl(client.email, subject, '');
      if (!url) return;
      // Too long for a mail link: the body goes on the clipboard to paste.
      if (!full && !(await attempt(async () => (await useApp.getState().copyText(`${subject}\n\n${body}`), true)))) return;
      if (!(await attempt(async () => (await useApp.getState().openExternal(url), true)))) return;
      const done = await record();
      if (!done) return;
      toast(full ? t('letters.composer.mailOpened') : t('letters.composer.mailTooLong'), {
        action: { label: t('letters.composer.seeInLetters'), run: () => navigate({ name: 'letters', letterId: done.letterId }) },
      });
    } finally {
      setBusy(false);
    }
  };

  // Ctrl/Cmd+Enter copies from anywhere on the screen, unless a question is open.
  const onShortcut = useEffectEvent(() => {
    if (!pending) void copy();
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
        e.preventDefault();
        onShortcut();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // The page starts at its title, for keyboard and screen-reader users alike.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  if (!client || !draft) {
    return (
      <div className="page">
        <div className="card">
          <EmptyState
            title={t('letters.composer.missingTitle')}
            body={t('letters.composer.missingBody')}
            action={<button className="btn" onClick={() => navigate({ name: 'letters' })}>{t('letters.composer.toLetters')}</button>}
          />
        </div>
      </div>
    );
  }

  const mod = isMac ? '⌘' : 'Ctrl+';
  return (
    <div className="page">
      <div className="page-head">
        <div>
          <button type="button" className="btn small ghost back" onClick={() => navigate(back)}>
            ← {t(`letters.composer.back.${back.name}`)}
          </button>
          <h1 ref={headingRef} tabIndex={-1} className="page-title">{t(`letters.composer.title.${kind}`)}</h1>
          <p className="sub">
            {project ? t('letters.composer.toAbout', { name: client.name, project: project.title }) : t('letters.composer.to', { name: client.name })}
          </p>
        </div>
      </div>

      <div className="letter-workspace">
        <div className="card letter-editor">
          <div className="letter-switches">
            <div className="field">
              <span className="label" id="letter-language">{t('letters.composer.language')}</span>
              <div className="segmented" role="group" aria-labelledby="letter-language">
                {LANGUAGES.map((l) => (
                  <button key={l} type="button" aria-pressed={language === l} onClick={() => language !== l && choose({ language: l })}>
                    {t(`letters.language.${l}`)}
                  </button>
                ))}
              </div>
            </div>
            {kind === 'counter-offer' && project && (
              <Field label={t('letters.composer.price')} error={priceError || undefined} help={priceError ? undefined : t('letters.composer.priceHelp')}>
                {(p) => (
                  <input
                    {...p}
                    className="input num price-input"
                    style={{ maxWidth: 220 }}
                    inputMode="decimal"
                    autoComplete="off"
                    value={priceText}
                    onChange={(e) => setPriceText(e.target.value)}
                    onBlur={commitPrice}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
                        e.preventDefault();
                        commitPrice();
                      }
                    }}
                  />
                )}
              </Field>
            )}
            {usesReason(kind) && (
              <div className="field">
                <span className="label" id="letter-reason">{t('letters.composer.reason')}</span>
                <div className="segmented" role="group" aria-labelledby="letter-reason">
                  {DECLINE_REASONS.map((r) => (
                    <button key={r} type="button" aria-pressed={reason === r} onClick={() => reason !== r && choose({ reason: r })}>
                      {t(`letters.reason.${r}`)}
                    </button>
                  ))}
                </div>
              </div>
            )}
            {kind === 'follow-up' && (
              <div className="field">
                <span className="label" id="letter-ask">{t('letters.composer.ask')}</span>
                <div className="segmented" role="group" aria-labelledby="letter-ask">
                  {FOLLOW_UP_ASKS.map((a) => (
                    <button key={a} type="button" aria-pressed={ask === a} onClick={() => ask !== a && choose({ ask: a })}>
                      {t(`letters.ask.${a}`)}
                    </button>
                  ))}
                </div>
              </div>
            )}
            {kind === 'counter-offer' && (
              <label className="checkbox switch-end">
                <input type="checkbox" checked={offerColleague} onChange={(e) => choose({ offerColleague: e.target.checked })} />
                {t('letters.composer.offerColleague')}
              </label>
            )}
            <button type="button" className="btn switch-end" onClick={() => choose({ variant: variant + 1 })}>
              {t('letters.composer.anotherWording')}
            </button>
          </div>
          <UnsignedNotice settings={settings} />

          <Field label={t('letters.composer.subject')}>
            {(p) => <input {...p} className="input" value={subject} onChange={(e) => setEdits({ ...edits, subject: e.target.value })} />}
          </Field>
          <Field label={t('letters.composer.body')} help={edited ? t('letters.composer.editedHelp') : t('letters.composer.draftHelp')}>
            {(p) => (
              <textarea {...p} className="textarea letter-body" rows={18} value={body} onChange={(e) => setEdits({ ...edits, body: e.target.value })} />
            )}
          </Field>

          {sent && (
            <div className="notice success" role="status">
              <p>{t('letters.composer.sentNote')}</p>
              <span className="spacer" />
              <button type="button" className="btn small" onClick={() => navigate({ name: 'letters', letterId: sent.letterId })}>
                {t('letters.composer.seeInLetters')}
              </button>
            </div>
          )}
          <div className="form-actions letter-actions">
            {edited && (
              <button type="button" className="btn ghost" onClick={reset}>
                {t('letters.composer.reset')}
              </button>
            )}
            <span className="spacer" />
            {client.email && (
              <button type="button" className="btn" disabled={busy} onClick={() => void mail()}>
                {t('letters.composer.mail')}
              </button>
            )}
            <button type="button" className="btn primary" disabled={busy} onClick={() => void copy()} aria-keyshortcuts={isMac ? 'Meta+Enter' : 'Control+Enter'}>
              {t('letters.composer.copy')} <span className="kbd" aria-hidden>{mod}↵</span>
            </button>
          </div>
        </div>

        <aside className="letter-side stack">
          <section className="card tight" aria-labelledby="letter-to">
            <h2 id="letter-to" className="side-title">{t('letters.composer.recipient')}</h2>
            <p><strong>{client.name}</strong></p>
            <p className="small muted">{client.email ?? t('letters.composer.noEmail')}</p>
            {project && (
              <p className="small muted">
                {project.title} · {t(`projectStatus.${project.status}`)}
              </p>
            )}
            {project?.quote && <QuoteLine quote={project.quote} className="small muted" />}
            <GreetingPanel key={client.id} client={client} language={language} formality={settings.formality} onGreetingChange={swapGreeting} />
          </section>
          <section className="card tight" aria-labelledby="letter-referred">
            <h2 id="letter-referred" className="side-title">{t('letters.composer.referredTitle')}</h2>
            {referred.length > 0 ? (
              <ul className="plain-list" data-testid="referred">
                {referred.map((c) => (
                  <li key={c.id}>
                    <strong>{c.name}</strong>
                    <div className="small muted">{[c.specialties.join(', '), c.email, c.website].filter(Boolean).join(' · ')}</div>
                  </li>
                ))}
              </ul>
            ) : usesReason(kind) && letterKind ? (
              <div className="stack">
                <p className="small" data-testid="referred">
                  {isOwnKind(letterKind, settings.specialties)
                    ? t('letters.composer.noneMatchedOwn', { kind: t(`kinds.${letterKind}`, { defaultValue: letterKind }) })
                    : t('letters.composer.noneMatched', { kind: t(`kinds.${letterKind}`, { defaultValue: letterKind }), specialist: letterSpecialist(letterKind, language) })}
                </p>
                <div>
                  <button type="button" className="btn small" onClick={() => navigate({ name: 'colleagues' })}>
                    {t('letters.composer.addColleague')}
                  </button>
                </div>
              </div>
            ) : (
              <p className="small muted" data-testid="referred">{t('letters.composer.noReferral')}</p>
            )}
          </section>
          <section className="card tight" aria-labelledby="letter-after">
            <h2 id="letter-after" className="side-title">{t('letters.composer.afterTitle')}</h2>
            <p className="small muted">
              {kind === 'decline'
                ? client.status === 'prospect'
                  ? t('letters.composer.after.declineProspect')
                  : t('letters.composer.after.decline')
                : kind === 'farewell'
                  ? t('letters.composer.after.farewell')
                  : kind === 'counter-offer'
                    ? t('letters.composer.after.counter-offer')
                    : t('letters.composer.after.other')}
            </p>
          </section>
        </aside>
      </div>

      {pending && (
        <Dialog title={t('letters.composer.replaceTitle')} onClose={() => setPending(null)}>
          <p>{t('letters.composer.replaceBody')}</p>
          <div className="form-actions">
            <button type="button" className="btn" onClick={() => setPending(null)}>
              {t('letters.composer.keepEdits')}
            </button>
            <button
              type="button"
              className="btn primary"
              onClick={() => {
                apply(pending);
                setPending(null);
              }}
            >
              {t('letters.composer.replace')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
