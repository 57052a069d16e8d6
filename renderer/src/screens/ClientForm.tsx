import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSingleEmail } from '#shared/email';
import { CLIENT_SOURCES, CLIENT_STATUSES, type Client } from '#shared/model';
import { nameKey } from '#shared/csv/plan';
import { Field } from '../components/Field';
import { attempt, useApp } from '../store';
import { useSubmission } from '../lib/useSubmission';
import { useUnsavedChanges } from '../store/unsaved';

/** Create or edit a client. */
export function ClientForm({ client, onDone: finish }: { client?: Client; onDone: (client?: Client) => void }) {
  const { t } = useTranslation();
  const createClient = useApp((s) => s.createClient);
  const updateClient = useApp((s) => s.updateClient);
  const clients = useApp((s) => s.data.clients);
  const [name, setName] = useState(client?.name ?? '');
  const [company, setCompany] = useState(client?.company ?? '');
  const [contactName, setContactName] = useState(client?.contactName ?? '');
  const [email, setEmail] = useState(client?.email ?? '');
  const [source, setSource] = useState<Client['source']>(client?.source ?? 'referral');
  const [referredBy, setReferredBy] = useState(client?.referredBy ?? '');
  const [status, setStatus] = useState<Client['status']>(client?.status ?? 'active');
  const [notes, setNotes] = useState(client?.notes ?? '');
  const [error, setError] = useState<string>();
  const [emailError, setEmailError] = useState<string>();
  const submission = useSubmission();
  const navigate = useApp((s) => s.navigate);
  // Another client with this name (case and accents aside): asked about before a second one is made.
  const [duplicate, setDuplicate] = useState<Client | null>(null);
  const duplicateAllowed = useRef<string | null>(null);
  const dirty =
    name !== (client?.name ?? '') ||
    company !== (client?.company ?? '') ||
    email !== (client?.email ?? '') ||
    source !== (client?.source ?? 'referral') ||
    referredBy !== (client?.referredBy ?? '') ||
    status !== (client?.status ?? 'active') ||
    contactName !== (client?.contactName ?? '') ||
    notes !== (client?.notes ?? '');
  const unsaved = useUnsavedChanges(dirty);
  // Saved: done at once. Cancelled: typed changes are asked about first.
  const onDone = (saved?: Client) => {
    if (!saved) return unsaved.confirm(() => finish());
    unsaved.release();
    finish(saved);
  };

  const submit = async () => {
    const nameProblem = name.trim() ? undefined : t('clients.form.nameRequired');
    // One address only: it becomes a mailto link, where a comma would add a recipient.
    const emailProblem = email.trim() && !isSingleEmail(email.trim()) ? t('common.emailInvalid') : undefined;
    setError(nameProblem);
    setEmailError(emailProblem);
    if (nameProblem || emailProblem) return;
    const key = nameKey(name);
    const same = clients.find((c) => c.id !== client?.id && nameKey(c.name) === key);
    if (same && (!client || nameKey(client.name) !== key) && duplicateAllowed.current !== key) {
      setDuplicate(same);
      return;
    }
    setDuplicate(null);
    const fields = {
      name: name.trim(),
      source,
      status,
      ...(company.trim() ? { company: company.trim() } : {}),
      ...(contactName.trim() ? { contactName: contactName.trim() } : {}),
      ...(email.trim() ? { email: email.trim() } : {}),
      ...(source === 'referral' && referredBy.trim() ? { referredBy: referredBy.trim() } : {}),
      ...(notes.trim() ? { notes } : {}),
    };
    const saved = await submission.submit((requestId) => attempt(() =>
      client
        ? updateClient({
            id: client.id,
            ...fields,
            company: fields.company ?? null,
            contactName: fields.contactName ?? null,
            email: fields.email ?? null,
            referredBy: fields.referredBy ?? null,
            notes: fields.notes ?? null,
          })
        : createClient({ ...fields, requestId }),
    ));
    if (saved) onDone(saved);
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="form-grid">
        <Field label={t('clients.form.name')} error={error}>
          {(p) => <input {...p} className="input" value={name} onChange={(e) => { setName(e.target.value); setDuplicate(null); }} autoComplete="off" />}
        </Field>
        <Field label={t('clients.form.company')}>
          {(p) => <input {...p} className="input" value={company} onChange={(e) => setCompany(e.target.value)} />}
        </Field>
        <Field label={t('clients.form.contactName')} help={t('clients.form.contactNameHelp')}>
          {(p) => <input {...p} className="input" value={contactName} onChange={(e) => setContactName(e.target.value)} autoComplete="off" />}
        </Field>
        <Field label={t('clients.form.email')} error={emailError}>
          {(p) => <input {...p} className="input" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label={t('clients.form.status')}>
          {(p) => (
            <select {...p} className="select" value={status} onChange={(e) => setStatus(e.target.value as Client['status'])}>
              {CLIENT_STATUSES.map((s) => (
                <option key={s} value={s}>{t(`clientStatus.${s}`)}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('clients.form.source')}>
          {(p) => (
            <select {...p} className="select" value={source} onChange={(e) => setSource(e.target.value as Client['source'])}>
              {CLIENT_SOURCES.map((s) => (
                <option key={s} value={s}>{t(`source.${s}`)}</option>
              ))}
            </select>
          )}
        </Field>
        {source === 'referral' && (
          <Field label={t('clients.form.referredBy')} help={t('clients.form.referredByHelp')}>
            {(p) => (
              <>
                <input {...p} className="input" list="referrers" value={referredBy} onChange={(e) => setReferredBy(e.target.value)} />
                <datalist id="referrers">
                  {clients.filter((c) => c.id !== client?.id).map((c) => (
                    <option key={c.id} value={c.id}>{c.name}</option>
                  ))}
                </datalist>
              </>
            )}
          </Field>
        )}
      </div>
      <div style={{ marginTop: 12 }}>
        <Field label={t('clients.form.notes')}>
          {(p) => <textarea {...p} className="textarea" style={{ minHeight: 70 }} value={notes} onChange={(e) => setNotes(e.target.value)} />}
        </Field>
      </div>
      {duplicate && (
        <div className="notice warning duplicate-question" role="alert" style={{ marginTop: 12 }}>
          <div className="stack">
            <span>{t('clients.form.duplicate', { name: duplicate.name })}</span>
            <div className="row">
              <button
                type="button"
                className="btn small"
                onClick={() => {
                  unsaved.release();
                  onDone();
                  navigate({ name: 'client', id: duplicate.id });
                }}
              >
                {t('clients.form.openExisting')}
              </button>
              <button
                type="button"
                className="btn small"
                onClick={() => {
                  duplicateAllowed.current = nameKey(name);
                  void submit();
                }}
              >
                {t('clients.form.createAnyway')}
              </button>
            </div>
          </div>
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="btn" onClick={() => onDone()}>{t('common.cancel')}</button>
        <button type="submit" className="btn primary" disabled={submission.pending}>{client ? t('common.save') : t('clients.form.create')}</button>
      </div>
    </form>
  );
}
