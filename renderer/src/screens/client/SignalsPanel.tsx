import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { clientSignals, signalCounts, type DerivedSignal } from '#shared/rules';
import { GREEN_SIGNALS, PROMISE_SIGNALS, RED_SIGNALS, isIsoDate, type Signal, type SignalKind } from '../../lib/model';
import { Dialog } from '../../components/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { Field } from '../../components/Field';
import { DateField } from '../../components/DateField';
import { attempt, localToday, useApp } from '../../store';
import { useToday } from '../../lib/useToday';
import { newRequestId, useSubmission } from '../../lib/useSubmission';
import { useFormat } from '../../lib/useFormat';

export type SignalTone = 'red' | 'green' | 'promise';

const RED = new Set<string>(RED_SIGNALS);
const GREEN = new Set<string>(GREEN_SIGNALS);

/** Red is a bad sign, green a good one, and a promise is neither: only a signal. */
export function signalTone(kind: SignalKind): SignalTone {
  if (RED.has(kind)) return 'red';
  if (GREEN.has(kind)) return 'green';
  return 'promise';
}

const PILL: Record<SignalTone, string> = { red: 'pill bad', green: 'pill good', promise: 'pill projection' };

/** A signal's label as a coloured pill. */
export function SignalPill({ kind }: { kind: SignalKind }) {
  const { t } = useTranslation();
  const tone = signalTone(kind);
  return (
    <span className={PILL[tone]} data-tone={tone}>
      <span aria-hidden>{tone === 'red' ? '▼' : tone === 'green' ? '▲' : '◇'}</span>
      {t(`signals.kind.${kind}`)}
    </span>
  );
}

type Row =
  | { type: 'recorded'; key: string; date: string; signal: Signal }
  | { type: 'derived'; key: string; date: string; signal: DerivedSignal };

/** The signal log of a client: what it said or did, recorded by hand, and what its invoices and referrals say by themselves. */
export function SignalsPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const deleteSignal = useApp((s) => s.deleteSignal);
  const createSignal = useApp((s) => s.createSignal);
  const toast = useApp((s) => s.toast);
  const navigate = useApp((s) => s.navigate);
  const f = useFormat();
  const [dialog, setDialog] = useState<{ signal?: Signal } | null>(null);

  const today = useToday();
  const rows = useMemo<Row[]>(() => {
    const all: Row[] = clientSignals(clientId, data, today).map((s) =>
      s.derived
        ? { type: 'derived', key: `d-${s.signal.kind}-${s.signal.sourceId}`, date: s.signal.date, signal: s.signal }
        : { type: 'recorded', key: s.signal.id, date: s.signal.date, signal: s.signal },
    );
    return all.sort((a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key));
  }, [data, clientId, today]);

  // The same count as the client card, the clients list and the review (signalCounts).
  const counts: Record<SignalTone, number> = useMemo(() => signalCounts(clientId, data, today), [data, clientId, today]);

  const projectTitle = (id: string | undefined) => (id ? data.projects.find((p) => p.id === id)?.title : undefined);

  const remove = (signal: Signal) =>
    void attempt(async () => {
      await deleteSignal(signal.id);
      const requestId = newRequestId(); // one undo, one signal back
      toast(t('signals.deleted', { kind: t(`signals.kind.${signal.kind}`) }), {
        action: {
          label: t('common.undo'),
          run: () => {
            const { id: _id, ...rest } = signal;
            void attempt(() => createSignal({ ...rest, requestId }));
          },
        },
      });
    });

  const derivedSource = (s: DerivedSignal): string => {
    if (s.kind === 'referred-someone') {
      const referred = data.clients.find((c) => c.id === s.sourceId);
      return t('signals.derivedFrom.referral', { name: referred?.name ?? '', date: f.date(s.date) });
    }
    const project = data.projects.find((p) => p.id === s.projectId);
    const invoice = project?.invoices.find((i) => i.id === s.sourceId);
    const base = { amount: invoice ? f.money(invoice.amount) : '', project: project?.title ?? '', issued: f.date(invoice?.issuedAt) };
    if (s.kind === 'paid-late') return t('signals.derivedFrom.paidLate', { ...base, count: s.days ?? 0 });
    if (s.kind === 'unpaid') return t('signals.derivedFrom.unpaid', { ...base, count: s.days ?? 0 });
    return t('signals.derivedFrom.paidOnTime', base);
  };

  return (
    <section className="card signals" aria-labelledby="signals-title">
      <div className="card-head">
        <div>
          <h2 id="signals-title">{t('signals.title')}</h2>
          {rows.length > 0 && (
            <p className="meta" data-testid="signal-counts">
              {(['red', 'green', 'promise'] as const)
                .filter((tone) => counts[tone] > 0)
                .map((tone) => t(`signals.count.${tone}`, { count: counts[tone] }))
                .join(' · ')}
            </p>
          )}
        </div>
        {rows.length > 0 && (
          <button className="btn small" onClick={() => setDialog({})}>{t('signals.add')}</button>
        )}
      </div>
      {rows.length === 0 ? (
        <EmptyState
          title={t('signals.emptyTitle')}
          body={t('signals.emptyBody')}
          action={<button className="btn primary" onClick={() => setDialog({})}>{t('signals.add')}</button>}
        />
      ) : (
        <ul className="signal-log" aria-label={t('signals.title')}>
          {rows.map((row) => {
            const s = row.signal;
            const title = projectTitle(s.projectId);
            return (
              <li key={row.key} className={`signal-row tone-row-${signalTone(s.kind)}`} data-derived={row.type === 'derived' || undefined}>
                <span className="signal-date num">{f.date(row.date)}</span>
                <div className="signal-what">
                  <div className="row" style={{ gap: 8 }}>
                    <SignalPill kind={s.kind} />
                    {row.type === 'derived' && (
                      <span className="derived-tag" title={t('signals.derivedHelp')}>{t('signals.derived')}</span>
                    )}
                    {row.type === 'recorded' && title && <span className="small muted">{title}</span>}
                  </div>
                  {row.type === 'recorded' && row.signal.note && <p className="signal-note">{row.signal.note}</p>}
                  {row.type === 'derived' && (
                    <p className="small muted">
                      {row.signal.kind === 'referred-someone' ? (
                        <button className="link-inline" onClick={() => navigate({ name: 'client', id: row.signal.sourceId })}>
                          {derivedSource(row.signal)}
                        </button>
                      ) : (
                        derivedSource(row.signal)
                      )}
                    </p>
                  )}
                </div>
                <div className="signal-actions">
                  {row.type === 'recorded' && (
                    <>
                      <button
                        className="btn small ghost"
                        onClick={() => setDialog({ signal: row.signal })}
                        aria-label={t('signals.editOne', { kind: t(`signals.kind.${s.kind}`), date: f.date(row.date) })}
                      >
                        {t('common.edit')}
                      </button>
                      <button
                        className="btn small ghost danger"
                        onClick={() => remove(row.signal)}
                        aria-label={t('signals.deleteOne', { kind: t(`signals.kind.${s.kind}`), date: f.date(row.date) })}
                      >
                        {t('common.delete')}
                      </button>
                    </>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {rows.some((r) => r.type === 'derived') && <p className="small muted signals-foot">{t('signals.derivedNote')}</p>}
      {dialog && (
        <Dialog title={dialog.signal ? t('signals.edit') : t('signals.add')} onClose={() => setDialog(null)}>
          <SignalForm clientId={clientId} {...(dialog.signal ? { signal: dialog.signal } : {})} onDone={() => setDialog(null)} />
        </Dialog>
      )}
    </section>
  );
}

const GROUPS: { tone: SignalTone; kinds: readonly SignalKind[] }[] = [
  { tone: 'red', kinds: RED_SIGNALS },
  { tone: 'green', kinds: GREEN_SIGNALS },
  { tone: 'promise', kinds: PROMISE_SIGNALS },
];

/** Records a new signal or edits one: date (today by default), kind, project and note. */
export function SignalForm({ clientId, signal, onDone }: { clientId: string; signal?: Signal; onDone: () => void }) {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const createSignal = useApp((s) => s.createSignal);
  const updateSignal = useApp((s) => s.updateSignal);
  const toast = useApp((s) => s.toast);
  const projects = useMemo(() => data.projects.filter((p) => p.clientId === clientId).sort((a, b) => b.createdAt.localeCompare(a.createdAt)), [data, clientId]);
  const [date, setDate] = useState(signal?.date ?? localToday());
  const [kind, setKind] = useState<SignalKind>(signal?.kind ?? 'asked-discount');
  const [projectId, setProjectId] = useState(signal?.projectId ?? '');
  const [note, setNote] = useState(signal?.note ?? '');
  const [dateError, setDateError] = useState<string>();
  const submission = useSubmission();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!isIsoDate(date)) {
      setDateError(t('signals.form.dateInvalid'));
      return;
    }
    setDateError(undefined);
    const trimmed = note.trim();
    const saved = await submission.submit((requestId) => attempt(() =>
      signal
        ? updateSignal({ id: signal.id, date, kind, projectId: projectId || null, note: trimmed || null })
        : createSignal({ clientId, date, kind, ...(projectId ? { projectId } : {}), ...(trimmed ? { note: trimmed } : {}), requestId }),
    ));
    if (saved) {
      toast(signal ? t('signals.saved') : t('signals.added', { kind: t(`signals.kind.${kind}`) }));
      onDone();
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <div className="form-grid">
        <Field label={t('signals.form.kind')} help={t(`signals.help.${signalTone(kind)}`)}>
          {(p) => (
            <select {...p} className="select" value={kind} onChange={(e) => setKind(e.target.value as SignalKind)}>
              {GROUPS.map((g) => (
                <optgroup key={g.tone} label={t(`signals.group.${g.tone}`)}>
                  {g.kinds.map((k) => (
                    <option key={k} value={k}>{t(`signals.kind.${k}`)}</option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('signals.form.date')} error={dateError}>
          {(p) => <DateField {...p} value={date} onChange={setDate} required />}
        </Field>
        {projects.length > 0 && (
          <Field label={t('signals.form.project')}>
            {(p) => (
              <select {...p} className="select" value={projectId} onChange={(e) => setProjectId(e.target.value)}>
                <option value="">{t('signals.form.noProject')}</option>
                {projects.map((pr) => (
                  <option key={pr.id} value={pr.id}>{pr.title}</option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <div className="form-grid" style={{ marginTop: 12, gridTemplateColumns: '1fr' }}>
        <Field label={t('signals.form.note')} help={t('signals.form.noteHelp')}>
          {(p) => <input {...p} className="input" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="button" className="btn" data-cancel onClick={onDone}>{t('common.cancel')}</button>
        <button type="submit" className="btn primary" disabled={submission.pending}>{signal ? t('common.save') : t('signals.form.create')}</button>
      </div>
    </form>
  );
}
