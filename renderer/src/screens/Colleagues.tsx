import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Colleague, Language } from '../lib/model';
import { isSingleEmail } from '#shared/email';
import { Dialog } from '../components/Dialog';
import { EmptyState } from '../components/EmptyState';
import { Field } from '../components/Field';
import { attempt, useApp } from '../store';
import { newRequestId, useSubmission } from '../lib/useSubmission';
import { knownKinds } from './inquiry/kinds';

const LANGUAGES: Language[] = ['es', 'en'];

/** "branding, Web ,  ux" -> ['branding', 'web', 'ux']: trimmed, lower case, once each. */
export function parseSpecialties(text: string): string[] {
  return [...new Set(text.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean))];
}

/** A website as a link the system browser opens: https is assumed when none is written. */
function websiteUrl(website: string): string | null {
  const w = website.trim();
  if (!w) return null;
  const url = /^https?:\/\//i.test(w) ? w.replace(/^http:/i, 'https:') : `https://${w}`;
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

/** Who can I refer: the colleagues decline and farewell letters name. */
export function Colleagues() {
  const { t } = useTranslation();
  const colleagues = useApp((s) => s.data.colleagues);
  const toast = useApp((s) => s.toast);
  const [editing, setEditing] = useState<Colleague | 'new' | null>(null);
  const sorted = useMemo(() => [...colleagues].sort((a, b) => a.name.localeCompare(b.name)), [colleagues]);

  const remove = async (c: Colleague) => {
    const s = useApp.getState();
    const ok = await attempt(async () => {
      await s.deleteColleague(c.id);
      return true;
    });
    if (!ok) return;
    // One undo, one colleague back, however often the button is pressed.
    const requestId = newRequestId();
    toast(t('colleagues.deleted', { name: c.name }), {
      action: {
        label: t('common.undo'),
        run: () => {
          const { id: _id, ...fields } = c;
          void attempt(() => useApp.getState().createColleague({ ...fields, requestId }));
        },
      },
    });
  };

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{t('colleagues.title')}</h1>
          <p className="sub">{t('colleagues.subtitle')}</p>
        </div>
        <button type="button" className="btn primary" onClick={() => setEditing('new')}>{t('colleagues.add')}</button>
      </div>

      {sorted.length === 0 ? (
        <div className="card">
          <EmptyState
            title={t('colleagues.emptyTitle')}
            body={t('colleagues.emptyBody')}
            action={<button type="button" className="btn primary" onClick={() => setEditing('new')}>{t('colleagues.add')}</button>}
          />
        </div>
      ) : (
        <div className="card tight">
          <table className="table colleagues-table">
            <caption className="visually-hidden">{t('colleagues.title')}</caption>
            <thead>
              <tr>
                <th>{t('colleagues.col.name')}</th>
                <th>{t('colleagues.col.specialties')}</th>
                <th>{t('colleagues.col.languages')}</th>
                <th>{t('colleagues.col.contact')}</th>
                <th><span className="visually-hidden">{t('common.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((c) => (
                <ColleagueRow key={c.id} colleague={c} onEdit={() => setEditing(c)} onDelete={() => void remove(c)} />
              ))}
            </tbody>
          </table>
        </div>
      )}

      {editing && (
        <Dialog title={editing === 'new' ? t('colleagues.add') : t('colleagues.edit', { name: editing.name })} onClose={() => setEditing(null)}>
          <ColleagueForm colleague={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
        </Dialog>
      )}
    </div>
  );
}

function ColleagueRow({ colleague: c, onEdit, onDelete }: { colleague: Colleague; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  const site = c.website ? websiteUrl(c.website) : null;
  return (
    <tr>
      <td>
        <strong>{c.name}</strong>
        {c.notes && <div className="small muted clamp">{c.notes}</div>}
      </td>
      <td>
        <div className="chips">
          {c.specialties.length === 0 ? <span className="muted small">—</span> : c.specialties.map((s) => <span key={s} className="pill">{t(`kinds.${s}`, { defaultValue: s })}</span>)}
        </div>
      </td>
      <td className="small">{c.languages.length ? c.languages.map((l) => t(`letters.language.${l}`)).join(', ') : <span className="tone-caution">{t('colleagues.noLanguage')}</span>}</td>
      <td className="small">
        {c.email && <div>{c.email}</div>}
        {c.website &&
          (site ? (
            <button type="button" className="link-button" onClick={() => void attempt(() => useApp.getState().openExternal(site))}>
              {c.website}
            </button>
          ) : (
            <div>{c.website}</div>
          ))}
        {!c.email && !c.website && <span className="muted">—</span>}
      </td>
      <td className="colleague-actions">
        <button type="button" className="btn small ghost" onClick={onEdit} aria-label={t('colleagues.edit', { name: c.name })}>{t('common.edit')}</button>
        <button type="button" className="btn small ghost danger" onClick={onDelete} aria-label={t('colleagues.delete', { name: c.name })}>{t('common.delete')}</button>
      </td>
    </tr>
  );
}

/** Create or edit a colleague: what they do, the languages they work in, how to reach them. */
function ColleagueForm({ colleague, onDone }: { colleague?: Colleague | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  const settings = useApp((s) => s.settings);
  const data = useApp((s) => s.data);
  const [name, setName] = useState(colleague?.name ?? '');
  const [specialties, setSpecialties] = useState(colleague?.specialties.join(', ') ?? '');
  const [languages, setLanguages] = useState<Language[]>(colleague?.languages ?? [settings.language]);
  const [email, setEmail] = useState(colleague?.email ?? '');
  const [website, setWebsite] = useState(colleague?.website ?? '');
  const [notes, setNotes] = useState(colleague?.notes ?? '');
  const [errors, setErrors] = useState<{ name?: string; languages?: string; email?: string }>({});
  const submission = useSubmission();
  const kinds = useMemo(() => knownKinds(settings, data), [settings, data]);
  const chosen = parseSpecialties(specialties);

  const toggleKind = (k: string) => {
    const next = chosen.includes(k) ? chosen.filter((x) => x !== k) : [...chosen, k];
    setSpecialties(next.join(', '));
  };

  const submit = async () => {
    const e: typeof errors = {};
    if (!name.trim()) e.name = t('colleagues.form.nameRequired');
    if (languages.length === 0) e.languages = t('colleagues.form.languageRequired');
    if (email.trim() && !isSingleEmail(email.trim())) e.email = t('common.emailInvalid');
    setErrors(e);
    if (Object.keys(e).length > 0) return;
    const s = useApp.getState();
    const fields = {
      name: name.trim(),
      specialties: chosen,
      languages: LANGUAGES.filter((l) => languages.includes(l)),
      ...(email.trim() ? { email: email.trim() } : {}),
      ...(website.trim() ? { website: website.trim() } : {}),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    };
    const saved = await submission.submit((requestId) => attempt(() =>
      colleague
        ? s.updateColleague({ id: colleague.id, ...fields, email: fields.email ?? null, website: fields.website ?? null, notes: fields.notes ?? null })
        : s.createColleague({ ...fields, requestId }),
    ));
    if (!saved) return;
    s.toast(colleague ? t('colleagues.saved', { name: saved.name }) : t('colleagues.added', { name: saved.name }));
    onDone();
  };

  return (
    <form
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        void submit();
      }}
    >
      <div className="stack">
        <Field label={t('colleagues.form.name')} error={errors.name}>
          {(p) => <input {...p} className="input" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('colleagues.form.specialties')} help={t('colleagues.form.specialtiesHelp')}>
          {(p) => <input {...p} className="input" autoComplete="off" value={specialties} onChange={(e) => setSpecialties(e.target.value)} />}
        </Field>
        <div className="chips" role="group" aria-label={t('colleagues.form.knownKinds')}>
          {kinds.map((k) => (
            <button key={k} type="button" className="chip-toggle" aria-pressed={chosen.includes(k)} onClick={() => toggleKind(k)}>
              {t(`kinds.${k}`, { defaultValue: k })}
            </button>
          ))}
        </div>
        <fieldset className="field plain-fieldset" aria-describedby={errors.languages ? 'colleague-lang-error' : undefined}>
          <legend className="label">{t('colleagues.form.languages')}</legend>
          <div className="row">
            {LANGUAGES.map((l) => (
              <label key={l} className="checkbox">
                <input
                  type="checkbox"
                  checked={languages.includes(l)}
                  onChange={(e) => setLanguages(e.target.checked ? [...languages, l] : languages.filter((x) => x !== l))}
                />
                {t(`letters.language.${l}`)}
              </label>
            ))}
          </div>
          {errors.languages ? (
            <span className="error" id="colleague-lang-error" role="alert">{errors.languages}</span>
          ) : (
            <span className="help">{t('colleagues.form.languagesHelp')}</span>
          )}
        </fieldset>
        <div className="form-grid">
          <Field label={t('colleagues.form.email')} error={errors.email}>
            {(p) => <input {...p} className="input" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
          <Field label={t('colleagues.form.website')}>
            {(p) => <input {...p} className="input" value={website} onChange={(e) => setWebsite(e.target.value)} placeholder={t('colleagues.form.websitePlaceholder')} />}
          </Field>
        </div>
        <Field label={t('colleagues.form.notes')}>
          {(p) => <textarea {...p} className="textarea" style={{ minHeight: 70 }} value={notes} onChange={(e) => setNotes(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="button" className="btn" data-cancel onClick={onDone}>{t('common.cancel')}</button>
        <button type="submit" className="btn primary" disabled={submission.pending}>{colleague ? t('common.save') : t('colleagues.add')}</button>
      </div>
    </form>
  );
}
