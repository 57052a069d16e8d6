import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROJECT_STATUSES, isIsoDate, type Project, type ProjectStatus } from '../lib/model';
import { Field } from '../components/Field';
import { DateField } from '../components/DateField';
import type { PayloadOf } from '#shared/ipc/contract';
import { attempt, localToday, useApp } from '../store';
import { moneyInput, parseDecimal, parseMoneyInput } from '../lib/money';
import { useSubmission } from '../lib/useSubmission';
import { isPlausibleDay, projectQuestions } from '#shared/sanity';
import { SanityPrompt, useSanity } from '../components/SanityQuestion';
import { useUnsavedChanges } from '../store/unsaved';

export const PROJECT_KINDS = ['branding', 'packaging', 'illustration', 'web', 'editorial', 'social-media', 'motion', 'photography', 'ux', 'signage'];

/** Create or edit a project: pricing, kind, estimate, status, deadline, notes. */
export function ProjectForm({ clientId, project, onDone: finish }: { clientId: string; project?: Project; onDone: (p?: Project) => void }) {
  const { t } = useTranslation();
  const language = useApp((s) => s.settings.language);
  const targetHourlyRate = useApp((s) => s.settings.targetHourlyRate);
  const createProject = useApp((s) => s.createProject);
  const updateProject = useApp((s) => s.updateProject);
  const [title, setTitle] = useState(project?.title ?? '');
  const [kind, setKind] = useState(project?.kind ?? 'branding');
  const [mode, setMode] = useState<'fixed' | 'hourly'>(project?.pricing.mode ?? 'fixed');
  const [amount, setAmount] = useState(
    moneyInput(project ? (project.pricing.mode === 'fixed' ? project.pricing.amount : project.pricing.rate) : undefined, language),
  );
  const [estimate, setEstimate] = useState(project?.estimatedHours?.toString() ?? '');
  const [status, setStatus] = useState<ProjectStatus>(project?.status ?? 'accepted');
  const [deadline, setDeadline] = useState(project?.deadline ?? '');
  const [notes, setNotes] = useState(project?.notes ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const sanity = useSanity(JSON.stringify([mode, amount, estimate, deadline]));
  const submission = useSubmission();
  // What the form opened with, to tell typed changes (asked about before closing) from none.
  const [initial] = useState(() => JSON.stringify([title, kind, mode, amount, estimate, status, deadline, notes]));
  const unsaved = useUnsavedChanges(JSON.stringify([title, kind, mode, amount, estimate, status, deadline, notes]) !== initial);
  // Saved: done at once. Cancelled: typed changes are asked about first.
  const onDone = (saved?: Project) => {
    if (!saved) return unsaved.confirm(() => finish());
    unsaved.release();
    finish(saved);
  };

  const submit = () => {
    const e: Record<string, string> = {};
    const read = parseMoneyInput(amount);
    const money = read.ok ? read.cents : null;
    const est = estimate.trim() ? parseDecimal(estimate) : undefined;
    if (!title.trim()) e.title = t('projects.form.titleRequired');
    if (!kind.trim()) e.kind = t('projects.form.kindRequired');
    if (!read.ok) e.amount = read.error === 'empty' || read.error === 'not-a-number' ? t('projects.form.amountInvalid') : t(`money.errors.${read.error}`);
    if (est === null || (est !== undefined && (est < 0 || est > 10000))) e.estimate = t('projects.form.estimateInvalid');
    if (deadline && !isIsoDate(deadline)) e.deadline = t('projects.form.deadlineInvalid');
    else if (deadline && !isPlausibleDay(deadline)) e.deadline = t('sanity.outOfRange');
    setErrors(e);
    if (Object.keys(e).length > 0) return;
    const pricing = mode === 'fixed' ? { mode, amount: money! } : { mode, rate: money! };
    const fields = {
      title: title.trim(),
      kind: kind.trim().toLowerCase(),
      pricing,
      status,
      ...(typeof est === 'number' ? { estimatedHours: est } : {}),
      ...(deadline ? { deadline } : {}),
      ...(notes.trim() ? { notes } : {}),
    };
    const questions = projectQuestions({ ...fields, ...(project ? { createdAt: project.createdAt } : {}) }, { targetHourlyRate }, localToday());
    sanity.check(questions, () => void save(fields));
  };

  const save = async (fields: Omit<PayloadOf<'createProject'>, 'clientId'>) => {
    const saved = await submission.submit((requestId) => attempt(() =>
      project
        ? updateProject({
            id: project.id,
            ...fields,
            estimatedHours: fields.estimatedHours ?? null,
            deadline: fields.deadline ?? null,
            notes: fields.notes ?? null,
          })
        : createProject({ clientId, ...fields, requestId }),
    ));
    if (saved) onDone(saved);
  };

  return (
    <form
      onSubmit={(ev) => {
        ev.preventDefault();
        submit();
      }}
    >
      <div className="form-grid">
        <Field label={t('projects.form.title')} error={errors.title}>
          {(p) => <input {...p} className="input" value={title} onChange={(e) => setTitle(e.target.value)} autoComplete="off" />}
        </Field>
        <Field label={t('projects.form.kind')} error={errors.kind}>
          {(p) => (
            <>
              <input {...p} className="input" list="project-kinds" value={kind} onChange={(e) => setKind(e.target.value)} />
              <datalist id="project-kinds">
                {PROJECT_KINDS.map((k) => (
                  <option key={k} value={k}>{t(`kinds.${k}`, { defaultValue: k })}</option>
                ))}
              </datalist>
            </>
          )}
        </Field>
        <div className="field">
          <span className="label" id="pricing-label">{t('projects.form.pricing')}</span>
          <div className="segmented" role="group" aria-labelledby="pricing-label">
            <button type="button" aria-pressed={mode === 'fixed'} onClick={() => setMode('fixed')}>{t('projects.form.fixed')}</button>
            <button type="button" aria-pressed={mode === 'hourly'} onClick={() => setMode('hourly')}>{t('projects.form.hourly')}</button>
          </div>
        </div>
        <Field label={mode === 'fixed' ? t('projects.form.amount') : t('projects.form.rate')} error={errors.amount}>
          {(p) => <input {...p} className="input num" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
        <Field label={t('projects.form.estimate')} error={errors.estimate}>
          {(p) => <input {...p} className="input num" inputMode="decimal" value={estimate} onChange={(e) => setEstimate(e.target.value)} />}
        </Field>
        <Field label={t('projects.form.status')}>
          {(p) => (
            <select {...p} className="select" value={status} onChange={(e) => setStatus(e.target.value as ProjectStatus)}>
              {PROJECT_STATUSES.map((s) => (
                <option key={s} value={s}>{t(`projectStatus.${s}`)}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('projects.form.deadline')} error={errors.deadline}>
          {(p) => <DateField {...p} value={deadline} onChange={setDeadline} />}
        </Field>
      </div>
      <div style={{ marginTop: 12 }}>
        <Field label={t('projects.form.notes')}>
          {(p) => <textarea {...p} className="textarea" style={{ minHeight: 70 }} value={notes} onChange={(e) => setNotes(e.target.value)} />}
        </Field>
      </div>
      <SanityPrompt sanity={sanity} />
      <div className="form-actions">
        <button type="button" className="btn" onClick={() => onDone()}>{t('common.cancel')}</button>
        <button type="submit" className="btn primary" disabled={!!sanity.pending || submission.pending}>{project ? t('common.save') : t('projects.form.create')}</button>
      </div>
    </form>
  );
}
