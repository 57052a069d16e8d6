import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluateInquiry, type InquiryEvaluation } from '#shared/rules';
import { acceptedPricing, hasPriceChoice, isAwaitingAnswer, type AcceptedPrice } from '#shared/rules/quotes';
import { isSingleEmail } from '#shared/email';
import type { Project } from '../lib/model';
import { Field } from '../components/Field';
import { DateField } from '../components/DateField';
import { attempt, useApp } from '../store';
import { useToday } from '../lib/useToday';
import { newRequestId } from '../lib/useSubmission';
import { ClientPicker } from './inquiry/ClientPicker';
import {
  ASKING_SIGNALS,
  NEW_SOURCES,
  draftDataset,
  draftFromProject,
  emptyDraft,
  parseDraft,
  projectFields,
  referrerValue,
  sameDraft,
  type AskingSignal,
  type DraftField,
  type InquiryDraft,
} from './inquiry/draft';
import { InquiryList } from './inquiry/InquiryList';
import { PriceChoice } from './inquiry/PriceChoice';
import { isPlausibleDay, projectQuestions } from '#shared/sanity';
import { SanityPrompt, useSanity } from '../components/SanityQuestion';
import { QuoteLine } from './inquiry/QuoteLine';
import { knownKinds } from './inquiry/kinds';
import { draftFromReading } from './inquiry/fromReading';
import { PasteInquiry } from './inquiry/PasteInquiry';
import { ReferrerOptions } from './inquiry/ReferrerOptions';
import { VerdictPanel } from './inquiry/VerdictPanel';

const OPEN = new Set(['inquiry', 'quoted']);
const RED: ReadonlySet<string> = new Set(['asked-discount', 'late-information', 'threatened-competitor']);
const GREEN: ReadonlySet<string> = new Set(['accepted-price', 'praised']);

/** An unsaved draft outlives a visit to another place; a fresh inquiry or a save clears it. */
let stash: InquiryDraft | null = null;

/** Should I say yes? Open inquiries, the new-inquiry form, and the verdict as you type. */
export function Inquiries({ projectId, fresh }: { projectId?: string; fresh?: boolean }) {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const navigate = useApp((s) => s.navigate);
  const toast = useApp((s) => s.toast);
  const today = useToday();
  const saved = projectId ? data.projects.find((p) => p.id === projectId) : undefined;
  const savedClient = saved ? data.clients.find((c) => c.id === saved.clientId) : undefined;
  const defaultKind = settings.specialties[0]?.toLowerCase() ?? 'branding';

  const [draft, setDraft] = useState<InquiryDraft>(() => {
    if (saved) return draftFromProject(saved, data.signals, settings.language);
    if (fresh) stash = null;
    return stash ?? emptyDraft(defaultKind);
  });
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [busy, setBusy] = useState(false);
  /** A quoted project being accepted: the question "at which price?" is open. */
  const [choosingPrice, setChoosingPrice] = useState<{ projectId: string; clientId: string } | null>(null);
  const saving = useRef(false);
  /** The request id of the save in progress (see useSubmission). */
  const submission = useRef<string | null>(null);
  const whoRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const baseline = useMemo(() => (saved ? draftFromProject(saved, data.signals, settings.language) : null), [saved, data.signals, settings.language]);
  const dirty = baseline ? !sameDraft(draft, baseline) : true;
  // A change made elsewhere (accepted at the quoted price, an undo) shows in an untouched form,
  // so the verdict reads the saved price and "Save changes" never writes the old one back.
  const lastBaseline = useRef(baseline);
  useEffect(() => {
    const before = lastBaseline.current;
    lastBaseline.current = baseline;
    if (baseline && before && before !== baseline) setDraft((d) => (sameDraft(d, before) ? baseline : d));
  }, [baseline]);

  const update = (patch: Partial<InquiryDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (!saved) stash = next;
  };

  const startFresh = useCallback(() => {
    stash = null;
    setDraft(emptyDraft(defaultKind));
    setErrors({});
    requestAnimationFrame(() => whoRef.current?.focus());
  }, [defaultKind]);

  // A fresh inquiry focuses the first field; asking again for one while here starts over.
  useEffect(() => {
    if (fresh) whoRef.current?.focus();
  }, [fresh]);
  useEffect(
    () =>
      useApp.subscribe((s, prev) => {
        if (s.route !== prev.route && s.route.name === 'inquiries' && s.route.fresh && !projectId) startFresh();
      }),
    [startFresh, projectId],
  );

  /** The verdict of a draft, computed on the store's data plus the draft, nothing saved. */
  const evaluate = useCallback(
    (d: InquiryDraft): InquiryEvaluation | null => {
      const parsed = parseDraft(d);
      if (parsed.missing.length > 0) return null;
      const { data: withDraft, projectId: id } = draftDataset(data, d, parsed, today, saved);
      try {
        return evaluateInquiry(id, withDraft, settings, today);
      } catch {
        return null;
      }
    },
    [data, settings, today, saved],
  );
  // The form answers each keystroke at once; the verdict follows as soon as the browser is free.
  const settled = useDeferredValue(draft);
  const evaluation = useMemo(() => evaluate(settled), [evaluate, settled]);
  const missing = useMemo(() => parseDraft(settled).missing, [settled]);

  const kinds = useMemo(() => knownKinds(settings, data), [settings, data]);
  const pickedClient = draft.clientId ? data.clients.find((c) => c.id === draft.clientId) : undefined;
  const isNewPerson = !saved && !pickedClient;

  /** Saves the draft (or the changes to a saved inquiry); returns where it lives, or undefined. */
  const save = async (): Promise<{ projectId: string; clientId: string } | undefined> => {
    if (saved && !dirty) return { projectId: saved.id, clientId: saved.clientId };
    const parsed = parseDraft(draft);
    const e: Partial<Record<DraftField, string>> = {};
    if (isNewPerson && !draft.name.trim()) e.name = t('inquiries.form.nameRequired');
    if (isNewPerson && draft.email.trim() && !isSingleEmail(draft.email.trim())) e.email = t('common.emailInvalid');
    if (!draft.title.trim()) e.title = t('inquiries.form.titleRequired');
    if (!draft.kind.trim()) e.kind = t('inquiries.form.kindRequired');
    if (!parsed.pricing) e.amount = draft.amount.trim() ? t('inquiries.form.amountInvalid') : t('inquiries.form.amountRequired');
    if (parsed.invalid.includes('estimate')) e.estimate = t('inquiries.form.estimateInvalid');
    if (parsed.invalid.includes('deadline')) e.deadline = t('inquiries.form.deadlineInvalid');
    else if (parsed.deadline && !isPlausibleDay(parsed.deadline)) e.deadline = t('sanity.outOfRange');
    setErrors(e);
    if (Object.keys(e).length > 0) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return undefined;
    }
    const s = useApp.getState();
    const fields = projectFields(draft, parsed);
    // A second press while the first save is in flight does nothing; a retry after a failure reuses its ids.
    if (saving.current) return undefined;
    saving.current = true;
    const rid = (submission.current ??= newRequestId());
    setBusy(true);
    try {
      if (saved) {
        const updated = await attempt(() =>
          s.updateProject({ id: saved.id, ...fields, estimatedHours: fields.estimatedHours ?? null, deadline: fields.deadline ?? null }),
        );
        if (!updated) return undefined;
        const recorded = s.data.signals.filter((x) => x.projectId === saved.id && (ASKING_SIGNALS as readonly string[]).includes(x.kind));
        for (const x of recorded) if (!draft.signals.includes(x.kind as AskingSignal)) await attempt(() => s.deleteSignal(x.id));
        for (const kind of draft.signals) {
          if (!recorded.some((x) => x.kind === kind)) await attempt(() => s.createSignal({ clientId: saved.clientId, projectId: saved.id, date: today, kind }));
        }
        setDraft(draftFromProject(updated, useApp.getState().data.signals, settings.language));
        return { projectId: saved.id, clientId: saved.clientId };
      }
      let clientId = pickedClient?.id;
      if (!clientId) {
        const referredBy = referrerValue(draft);
        const client = await attempt(() =>
          s.createClient({
            requestId: `${rid}:client`,
            name: draft.name.trim(),
            source: draft.source,
            status: 'prospect',
            ...(draft.email.trim() ? { email: draft.email.trim() } : {}),
            ...(draft.contactName.trim() ? { contactName: draft.contactName.trim() } : {}),
            ...(referredBy ? { referredBy } : {}),
          }),
        );
        if (!client) return undefined;
        clientId = client.id;
      }
      const owner = clientId;
      const project = await attempt(() => s.createProject({ clientId: owner, status: 'inquiry', ...fields, requestId: `${rid}:project` }));
      if (!project) return undefined;
      for (const kind of draft.signals) {
        await attempt(() => s.createSignal({ clientId: owner, projectId: project.id, date: today, kind, requestId: `${rid}:${kind}` }));
      }
      stash = null;
      submission.current = null;
      return { projectId: project.id, clientId: owner };
    } finally {
      saving.current = false;
      setBusy(false);
    }
  };

  // An offer a hundred times the target rate or a deadline already past is asked about before
  // anything is saved, whichever button saves it; the question shows beside the button pressed.
  const sanity = useSanity(JSON.stringify([draft.mode, draft.amount, draft.estimate, draft.deadline]));
  const [askedFrom, setAskedFrom] = useState<'form' | 'verdict'>('form');
  const askFirst = (from: 'form' | 'verdict', run: () => Promise<unknown>) => {
    const parsed = parseDraft(draft);
    const unchanged = saved && !dirty;
    const questions =
      parsed.pricing && !unchanged
        ? projectQuestions(
            { pricing: parsed.pricing, estimatedHours: parsed.estimatedHours, deadline: parsed.deadline, createdAt: saved?.createdAt ?? today },
            settings,
            today,
          )
        : [];
    setAskedFrom(from);
    sanity.check(questions, () => void run());
  };

  const onSubmit = async () => {
    const where = await save();
    if (!where) return;
    if (saved) {
      toast(t('inquiries.changesSaved'));
    } else {
      toast(t('inquiries.saved', { title: draft.title.trim() }));
      navigate({ name: 'inquiries', projectId: where.projectId });
    }
  };

  const verdictOf = (id: string): InquiryEvaluation | undefined => {
    try {
      return evaluateInquiry(id, useApp.getState().data, settings, today);
    } catch {
      return undefined;
    }
  };

  const accept = async () => {
    const where = await save();
    if (!where) return;
    const project = useApp.getState().data.projects.find((p) => p.id === where.projectId);
    if (!project) return;
    // A counter-offer went out: which price did they say yes to? The quote is the likely answer.
    if (hasPriceChoice(project)) {
      setChoosingPrice(where);
      return;
    }
    await acceptAt(where, 'offer');
  };

  /** Accepts at the chosen price, saved as the project's pricing in the same update as the status. */
  const acceptAt = async (where: { projectId: string; clientId: string }, choice: AcceptedPrice) => {
    const s = useApp.getState();
    const project = s.data.projects.find((p) => p.id === where.projectId);
    const client = s.data.clients.find((c) => c.id === where.clientId);
    if (!project) return;
    const before = { status: project.status, pricing: project.pricing };
    const pricing = acceptedPricing(project, choice);
    const wasProspect = client?.status === 'prospect';
    if (!(await attempt(() => s.updateProject({ id: project.id, status: 'accepted', pricing })))) return;
    if (wasProspect) await attempt(() => s.updateClient({ id: where.clientId, status: 'active' }));
    toast(t('inquiries.accepted', { title: project.title }), {
      action: {
        label: t('common.undo'),
        run: () =>
          void attempt(async () => {
            await s.updateProject({ id: project.id, ...before });
            if (wasProspect) await s.updateClient({ id: where.clientId, status: 'prospect' });
          }),
      },
    });
    if (!saved) navigate({ name: 'inquiries', projectId: project.id });
  };
  const choosing = choosingPrice ? data.projects.find((p) => p.id === choosingPrice.projectId) : undefined;

  const counterOffer = async () => {
    const where = await save();
    if (where) navigate({ name: 'letter', kind: 'counter-offer', clientId: where.clientId, projectId: where.projectId });
  };

  const decline = async () => {
    const where = await save();
    if (!where) return;
    const reason = verdictOf(where.projectId)?.declineReason ?? 'capacity';
    navigate({ name: 'letter', kind: 'decline', clientId: where.clientId, projectId: where.projectId, reason });
  };

  const open = !saved || OPEN.has(saved.status);
  const emphasis = evaluation ? evaluation.verdict : null;
  const actions = evaluation && open && (
    <>
      <button type="button" className={`btn ${emphasis === 'accept' ? 'primary' : ''}`} disabled={busy} onClick={() => askFirst('verdict', accept)}>
        {t('inquiries.actions.accept')}
      </button>
      <button type="button" className={`btn ${emphasis === 'negotiate' ? 'primary' : ''}`} disabled={busy} onClick={() => askFirst('verdict', counterOffer)}>
        {t('inquiries.actions.counter')}
      </button>
      <button type="button" className={`btn ${emphasis === 'decline' ? 'primary' : ''}`} disabled={busy} onClick={() => askFirst('verdict', decline)}>
        {t('inquiries.actions.decline')}
      </button>
    </>
  );
  const status =
    saved && !open ? (
      <p className="notice small" role="status">
        {t('inquiries.statusLine', { status: t(`projectStatus.${saved.status}`) })}
      </p>
    ) : saved && isAwaitingAnswer(saved) ? (
      <p className="notice small" role="status">
        <span>
          <QuoteLine quote={saved.quote} />. {t('quotes.waitingAnswer')}.
        </span>
      </p>
    ) : dirty && evaluation ? (
      <p className="small muted">{t('inquiries.actions.draftNote')}</p>
    ) : null;

  const sourceHelp = draft.source === 'referral';
  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{t('inquiries.title')}</h1>
          <p className="sub">{t('inquiries.subtitle')}</p>
        </div>
        <button type="button" className="btn" onClick={() => (saved ? navigate({ name: 'inquiries', fresh: true }) : startFresh())}>
          {t('inquiries.new')}
        </button>
      </div>

      {projectId && !saved && (
        <div className="notice" role="status">
          <p>{t('inquiries.missing')}</p>
        </div>
      )}

      <InquiryList selectedId={saved?.id} onSelect={(p: Project) => navigate({ name: 'inquiries', projectId: p.id })} />

      {!saved && (
        <PasteInquiry
          onRead={(reading) => {
            // An e-mail starts the inquiry afresh; what was typed before comes back with Undo.
            const before = draft;
            setErrors({});
            update(draftFromReading(reading, data, settings.language));
            if (!sameDraft(before, emptyDraft(defaultKind))) toast(t('pasteInquiry.replaced'), { action: { label: t('common.undo'), run: () => update(before) } });
          }}
        />
      )}

      <div className="inquiry-workspace">
        <form
          ref={formRef}
          className="card inquiry-form"
          aria-labelledby="inquiry-form-title"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            askFirst('form', onSubmit);
          }}
        >
          <div className="card-head">
            <h2 id="inquiry-form-title">{saved ? saved.title : t('inquiries.form.newTitle')}</h2>
            {saved && <span className="pill">{t(`projectStatus.${saved.status}`)}</span>}
          </div>

          <fieldset className="form-section">
            <legend>{t('inquiries.form.who')}</legend>
            {saved ? (
              <div className="picked">
                <strong>{savedClient?.name ?? '—'}</strong>
                {savedClient && <span className="pill">{t(`clientStatus.${savedClient.status}`)}</span>}
                <span className="spacer" />
                {savedClient && (
                  <button type="button" className="btn small ghost" onClick={() => navigate({ name: 'client', id: savedClient.id })}>
                    {t('inquiries.form.openClient')}
                  </button>
                )}
              </div>
            ) : pickedClient ? (
              <div className="picked">
                <strong>{pickedClient.name}</strong>
                <span className="pill">{t(`clientStatus.${pickedClient.status}`)}</span>
                <span className="spacer" />
                <button
                  type="button"
                  className="btn small ghost"
                  onClick={() => {
                    update({ clientId: null, name: '' });
                    requestAnimationFrame(() => whoRef.current?.focus());
                  }}
                >
                  {t('inquiries.form.someoneElse')}
                </button>
              </div>
            ) : (
              <>
                <ClientPicker
                  ref={whoRef}
                  label={t('inquiries.form.whoName')}
                  help={t('inquiries.form.whoHelp')}
                  error={errors.name}
                  clients={data.clients}
                  value={draft.name}
                  onText={(name) => update({ name })}
                  onPick={(c) => {
                    update({ clientId: c.id, name: c.name });
                    // The field goes away once someone is picked: carry on with the project.
                    requestAnimationFrame(() => titleRef.current?.focus());
                  }}
                />
                <div className="form-grid">
                  <Field label={t('inquiries.form.contactName')} help={t('inquiries.form.contactNameHelp')}>
                    {(p) => <input {...p} className="input" value={draft.contactName} onChange={(e) => update({ contactName: e.target.value })} autoComplete="off" />}
                  </Field>
                  <Field label={t('inquiries.form.email')} error={errors.email}>
                    {(p) => <input {...p} className="input" type="email" value={draft.email} onChange={(e) => update({ email: e.target.value })} />}
                  </Field>
                  <Field label={t('inquiries.form.source')}>
                    {(p) => (
                      <select {...p} className="select" value={draft.source} onChange={(e) => update({ source: e.target.value as InquiryDraft['source'] })}>
                        {NEW_SOURCES.map((s) => (
                          <option key={s} value={s}>{t(`source.${s}`)}</option>
                        ))}
                      </select>
                    )}
                  </Field>
                  {sourceHelp && (
                    <Field label={t('inquiries.form.referredBy')}>
                      {(p) => (
                        <select {...p} className="select" value={draft.referrer} onChange={(e) => update({ referrer: e.target.value })}>
                          <option value="">{t('inquiries.form.referrerNone')}</option>
                          <ReferrerOptions clients={data.clients} colleagues={data.colleagues} />
                          <option value="other">{t('inquiries.form.referrerOther')}</option>
                        </select>
                      )}
                    </Field>
                  )}
                  {sourceHelp && draft.referrer === 'other' && (
                    <Field label={t('inquiries.form.referrerName')}>
                      {(p) => <input {...p} className="input" value={draft.referrerText} onChange={(e) => update({ referrerText: e.target.value })} />}
                    </Field>
                  )}
                </div>
              </>
            )}
          </fieldset>

          <fieldset className="form-section">
            <legend>{t('inquiries.form.project')}</legend>
            <Field label={t('inquiries.form.title')} error={errors.title}>
              {(p) => <input {...p} ref={titleRef} className="input" autoComplete="off" value={draft.title} onChange={(e) => update({ title: e.target.value })} />}
            </Field>
            <Field label={t('inquiries.form.kind')} error={errors.kind} help={t('inquiries.form.kindHelp')}>
              {(p) => (
                <>
                  <input {...p} className="input kind-input" list="inquiry-kinds" autoComplete="off" value={draft.kind} onChange={(e) => update({ kind: e.target.value })} />
                  <datalist id="inquiry-kinds">
                    {kinds.map((k) => (
                      <option key={k} value={k}>{t(`kinds.${k}`, { defaultValue: k })}</option>
                    ))}
                  </datalist>
                </>
              )}
            </Field>
            <div className="offer-row">
              <div className="field">
                <span className="label" id="offer-label">{t('inquiries.form.offer')}</span>
                <div className="segmented" role="group" aria-labelledby="offer-label">
                  <button type="button" aria-pressed={draft.mode === 'fixed'} onClick={() => update({ mode: 'fixed' })}>{t('inquiries.form.fixed')}</button>
                  <button type="button" aria-pressed={draft.mode === 'hourly'} onClick={() => update({ mode: 'hourly' })}>{t('inquiries.form.hourly')}</button>
                </div>
              </div>
              <Field label={draft.mode === 'fixed' ? t('inquiries.form.amount') : t('inquiries.form.rate')} error={errors.amount}>
                {(p) => <input {...p} className="input num" inputMode="decimal" autoComplete="off" value={draft.amount} onChange={(e) => update({ amount: e.target.value })} />}
              </Field>
            </div>
            <div className="form-grid">
              <Field label={t('inquiries.form.estimate')} error={errors.estimate}>
                {(p) => <input {...p} className="input num" inputMode="decimal" autoComplete="off" value={draft.estimate} onChange={(e) => update({ estimate: e.target.value })} />}
              </Field>
              <Field label={t('inquiries.form.deadline')} error={errors.deadline}>
                {(p) => <DateField {...p} value={draft.deadline} onChange={(deadline) => update({ deadline })} />}
              </Field>
            </div>
          </fieldset>

          <fieldset className="form-section">
            <legend>{t('inquiries.form.signals')}</legend>
            <div className="signal-checks">
              {ASKING_SIGNALS.map((kind) => (
                <label key={kind} className="checkbox signal-check">
                  <input
                    type="checkbox"
                    checked={draft.signals.includes(kind)}
                    onChange={(e) => update({ signals: e.target.checked ? [...draft.signals, kind] : draft.signals.filter((k) => k !== kind) })}
                  />
                  <span className={`sev-mark ${RED.has(kind) ? 'bad' : GREEN.has(kind) ? 'good' : 'projection'}`} aria-hidden />
                  {t(`inquiries.signals.${kind}`)}
                </label>
              ))}
            </div>
          </fieldset>

          {askedFrom === 'form' && <SanityPrompt sanity={sanity} />}
          <div className="form-actions">
            {!saved && (
              <button type="button" className="btn ghost" onClick={startFresh}>
                {t('inquiries.form.clear')}
              </button>
            )}
            <button type="submit" className="btn primary" disabled={busy || (!!saved && !dirty)}>
              {saved ? t('inquiries.form.saveChanges') : t('inquiries.form.save')}
            </button>
          </div>
        </form>

        <div className="verdict-column">
          <VerdictPanel
            evaluation={evaluation}
            missing={missing}
            estimate={parseDraft(settled).estimatedHours}
            actions={actions || undefined}
            status={
              askedFrom === 'verdict' && sanity.pending ? (
                <>
                  {status}
                  <SanityPrompt sanity={sanity} />
                </>
              ) : (
                status
              )
            }
            settled={!!saved && !open}
          />
        </div>
      </div>
      {choosingPrice && choosing && isAwaitingAnswer(choosing) && (
        <PriceChoice
          project={choosing}
          onClose={() => setChoosingPrice(null)}
          onAccept={(choice) => {
            const where = choosingPrice;
            setChoosingPrice(null);
            void acceptAt(where, choice);
          }}
        />
      )}
    </div>
  );
}
