import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORK_STATUSES, invoiceDueDate, isOverdue, paymentDelayDays, projectStats } from '#shared/rules';
import { daysBetween } from '#shared/dates';
import { isIsoDate, type Dataset, type Invoice, type Project } from '../../lib/model';
import { errorText } from '../../lib/errorText';
import { refusal } from '#shared/ipc/reasons';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { DateField } from '../../components/DateField';
import { ApiError, attempt, useApp } from '../../store';
import { useToday } from '../../lib/useToday';
import { hourlyAmount, moneyInput, parseMoneyInput } from '../../lib/money';
import { paymentQuestions } from '#shared/sanity';
import { SanityPrompt, useSanity } from '../../components/SanityQuestion';
import { newRequestId } from '../../lib/useSubmission';
import { useFormat } from '../../lib/useFormat';

type Editing = { mode: 'add' } | { mode: 'edit'; project: Project; invoice: Invoice };

/** What is still to invoice on a project: its price (fixed, or rate x billable hours) less what was invoiced; else the whole price. */
export function defaultInvoiceAmount(project: Project, data: Dataset): number {
  const price =
    project.pricing.mode === 'fixed'
      ? project.pricing.amount
      : hourlyAmount(project.pricing.rate, projectStats(project, data).billableMinutes);
  const invoiced = project.invoices.reduce((s, i) => s + i.amount, 0);
  return price - invoiced > 0 ? price - invoiced : price;
}

/** Invoices of a client's projects: record them, mark them paid, see who pays late. */
export function InvoicesPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const updateProject = useApp((s) => s.updateProject);
  const toast = useApp((s) => s.toast);
  const f = useFormat();
  const today = useToday();
  const [editing, setEditing] = useState<Editing | null>(null);

  const projects = useMemo(() => data.projects.filter((p) => p.clientId === clientId), [data.projects, clientId]);
  const rows = useMemo(
    () =>
      projects
        .flatMap((project) => project.invoices.map((invoice) => ({ project, invoice })))
        .sort((a, b) => b.invoice.issuedAt.localeCompare(a.invoice.issuedAt) || a.project.title.localeCompare(b.project.title)),
    [projects],
  );
  const unpaid = rows.filter((r) => !r.invoice.paidAt).reduce((s, r) => s + r.invoice.amount, 0);
  const overdue = rows.filter((r) => isOverdue(r.invoice, today)).length;

  /** The project as the store holds it now (an Undo may run after other changes). */
  const current = (id: string) => useApp.getState().data.projects.find((p) => p.id === id);

  const replaceInvoices = (projectId: string, change: (list: Invoice[]) => Invoice[]) => {
    const p = current(projectId);
    if (!p) return Promise.reject(new ApiError(refusal('record-not-found', { kind: 'project', id: projectId }, `There is no project with id ${projectId}.`)));
    return updateProject({ id: p.id, invoices: change(p.invoices) });
  };

  const markPaid = async (project: Project, invoice: Invoice) => {
    const saved = await attempt(() =>
      replaceInvoices(project.id, (list) => list.map((i) => (i.id === invoice.id ? { ...i, paidAt: today, paidAmount: i.amount } : i))),
    );
    if (saved) {
      toast(t('invoices.markedPaid', { amount: f.amount(invoice.amount), project: project.title }), {
        action: { label: t('common.undo'), run: () => void attempt(() => replaceInvoices(project.id, (list) => list.map((i) => (i.id === invoice.id ? invoice : i)))) },
      });
    }
  };

  const remove = async (project: Project, invoice: Invoice) => {
    const saved = await attempt(() => replaceInvoices(project.id, (list) => list.filter((i) => i.id !== invoice.id)));
    if (saved) {
      toast(t('invoices.deleted', { amount: f.amount(invoice.amount), project: project.title }), {
        action: {
          label: t('common.undo'),
          run: () =>
            void attempt(() =>
              replaceInvoices(project.id, (list) => [...list, invoice].sort((a, b) => a.issuedAt.localeCompare(b.issuedAt))),
            ),
        },
      });
    }
  };

  const delay = (invoice: Invoice) => {
    const days = paymentDelayDays(invoice, today);
    if (invoice.paidAt) {
      return days && days > 0 ? (
        <span className="pill caution">{t('invoices.paidLate', { count: days })}</span>
      ) : (
        <span className="pill good">{t('invoices.onTime')}</span>
      );
    }
    if (days !== null) return <span className="pill bad">{t('invoices.daysLate', { count: days })}</span>;
    const left = daysBetween(today, invoiceDueDate(invoice));
    return <span className="pill projection">{left === 0 ? t('invoices.dueToday') : t('invoices.dueIn', { count: left })}</span>;
  };

  return (
    <section className="card" aria-labelledby="invoices-title">
      <div className="card-head">
        <h2 id="invoices-title">{t('invoices.title')}</h2>
        <div className="row">
          {rows.length > 0 && (
            <span className="meta">
              {t('invoices.summary', { count: rows.length, unpaid: f.amount(unpaid) })}
              {overdue > 0 && <span className="tone-bad"> · {t('invoices.overdueCount', { count: overdue })}</span>}
            </span>
          )}
          {projects.length > 0 && rows.length > 0 && (
            <button className="btn small" onClick={() => setEditing({ mode: 'add' })}>
              {t('invoices.add')}
            </button>
          )}
        </div>
      </div>

      {rows.length === 0 ? (
        <div className="chart-empty" role="status">
          <strong>{t('invoices.emptyTitle')}</strong>
          <p>{projects.length > 0 ? t('invoices.emptyBody') : t('invoices.emptyNoProjects')}</p>
          {projects.length > 0 && (
            <button className="btn primary" onClick={() => setEditing({ mode: 'add' })}>
              {t('invoices.add')}
            </button>
          )}
        </div>
      ) : (
        <div className="table-scroll">
          <table className="table invoices">
            <thead>
              <tr>
                <th>{t('invoices.col.project')}</th>
                <th>{t('invoices.col.issued')}</th>
                <th className="num">{t('invoices.col.amount')}</th>
                <th className="num">{t('invoices.col.due')}</th>
                <th>{t('invoices.col.paid')}</th>
                <th>{t('invoices.col.delay')}</th>
                <th>
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ project, invoice }) => {
                const late = isOverdue(invoice, today);
                const label = t('invoices.rowLabel', { amount: f.amount(invoice.amount), project: project.title, date: f.date(invoice.issuedAt) });
                return (
                  <tr key={invoice.id} className={late ? 'overdue' : undefined} aria-label={label}>
                    <td>{project.title}</td>
                    <td className="num">{f.date(invoice.issuedAt)}</td>
                    <td className="num">{f.amount(invoice.amount)}</td>
                    <td className="num">
                      <span className={late ? 'tone-bad' : undefined}>{f.date(invoiceDueDate(invoice))}</span>
                      <div className="small muted">{t('invoices.terms', { count: invoice.termsDays })}</div>
                    </td>
                    <td className="num">
                      {invoice.paidAt ? (
                        <>
                          {f.date(invoice.paidAt)}
                          {invoice.paidAmount !== undefined && invoice.paidAmount !== invoice.amount && (
                            <div className="small muted">{f.amount(invoice.paidAmount)}</div>
                          )}
                        </>
                      ) : (
                        <button
                          className="btn small"
                          onClick={() => void markPaid(project, invoice)}
                          aria-label={t('invoices.markPaidLabel', { amount: f.amount(invoice.amount), project: project.title })}
                        >
                          {t('invoices.markPaid')}
                        </button>
                      )}
                    </td>
                    <td>{delay(invoice)}</td>
                    <td className="num">
                      <div className="row-actions">
                        <button
                          className="btn small ghost"
                          onClick={() => setEditing({ mode: 'edit', project, invoice })}
                          aria-label={t('invoices.editLabel', { amount: f.amount(invoice.amount), project: project.title })}
                        >
                          {t('common.edit')}
                        </button>
                        <button
                          className="btn small ghost danger"
                          onClick={() => void remove(project, invoice)}
                          aria-label={t('invoices.deleteLabel', { amount: f.amount(invoice.amount), project: project.title })}
                        >
                          {t('common.delete')}
                        </button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {editing && (
        <Dialog title={editing.mode === 'add' ? t('invoices.add') : t('invoices.edit')} onClose={() => setEditing(null)}>
          <InvoiceForm
            projects={projects}
            data={data}
            {...(editing.mode === 'edit' ? { project: editing.project, invoice: editing.invoice } : {})}
            onSave={async (projectId, invoice) => {
              await replaceInvoices(projectId, (list) =>
                // A new invoice carries the id its form made once: saved twice, it is still one invoice.
                invoice.id && list.some((i) => i.id === invoice.id)
                  ? list.map((i) => (i.id === invoice.id ? ({ ...invoice, id: i.id } as Invoice) : i))
                  : [...list, invoice as Invoice],
              );
              toast(editing.mode === 'add' ? t('invoices.added') : t('invoices.saved'));
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        </Dialog>
      )}
    </section>
  );
}

type InvoiceDraft = Omit<Invoice, 'id'> & { id?: string };

/** Add or edit an invoice: issued date, amount, terms, and when it was paid. */
function InvoiceForm({
  projects,
  data,
  project,
  invoice,
  onSave,
  onCancel,
}: {
  projects: Project[];
  data: Dataset;
  project?: Project;
  invoice?: Invoice;
  onSave: (projectId: string, invoice: InvoiceDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useApp((s) => s.settings.language);
  const today = useToday();
  // Work first (what one invoices), newest first.
  const choices = useMemo(
    () =>
      [...projects].sort(
        (a, b) =>
          Number(WORK_STATUSES.includes(b.status)) - Number(WORK_STATUSES.includes(a.status)) || b.createdAt.localeCompare(a.createdAt),
      ),
    [projects],
  );
  const first = project ?? choices[0];
  const [projectId, setProjectId] = useState(first?.id ?? '');
  const [issuedAt, setIssuedAt] = useState(invoice?.issuedAt ?? today);
  const [amount, setAmount] = useState(moneyInput(invoice?.amount ?? (first ? defaultInvoiceAmount(first, data) : undefined), language));
  const [amountTouched, setAmountTouched] = useState(Boolean(invoice));
  const [terms, setTerms] = useState(String(invoice?.termsDays ?? 30));
  const [paidAt, setPaidAt] = useState(invoice?.paidAt ?? '');
  const [paidAmount, setPaidAmount] = useState(moneyInput(invoice?.paidAmount, language));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  // A question about what was typed holds until answered; changing any field asks again on save.
  const sanity = useSanity(JSON.stringify([projectId, issuedAt, amount, terms, paidAt, paidAmount]));
  const busy = useRef(false);
  const newId = useRef(newRequestId());

  const submit = () => {
    const e: Record<string, string> = {};
    const read = parseMoneyInput(amount);
    const money = read.ok ? read.cents : null;
    const days = Number(terms.trim());
    const paidRead = paidAmount.trim() ? parseMoneyInput(paidAmount) : undefined;
    const paidMoney = paidRead === undefined ? undefined : paidRead.ok ? paidRead.cents : null;
    if (!projectId) e.project = t('invoices.errors.project');
    if (!isIsoDate(issuedAt)) e.issuedAt = t('invoices.errors.date');
    if (!read.ok) e.amount = read.error === 'empty' || read.error === 'not-a-number' ? t('invoices.errors.amount') : t(`money.errors.${read.error}`);
    if (!terms.trim() || !Number.isInteger(days) || days < 0 || days > 365) e.terms = t('invoices.errors.terms');
    if (paidAt && !isIsoDate(paidAt)) e.paidAt = t('invoices.errors.date');
    if (paidRead && !paidRead.ok) e.paidAmount = paidRead.error === 'not-a-number' ? t('invoices.errors.amount') : t(`money.errors.${paidRead.error}`);
    if (paidMoney !== undefined && paidMoney !== null && !paidAt) e.paidAt = t('invoices.errors.paidAmountNoDate');
    if (paidAt && isIsoDate(paidAt) && isIsoDate(issuedAt) && paidAt < issuedAt) e.paidAt = t('invoices.errors.paidBeforeIssued');
    setErrors(e);
    if (Object.keys(e).length > 0) return;
    if (busy.current) return; // a second press while saving
    const draft: InvoiceDraft = {
      id: invoice?.id ?? newId.current,
      issuedAt,
      amount: money!,
      termsDays: days,
      ...(paidAt ? { paidAt, paidAmount: paidMoney ?? money! } : {}),
    };
    sanity.check(paymentQuestions(draft), () => void save(draft));
  };

  const save = async (draft: InvoiceDraft) => {
    busy.current = true;
    setSaving(true);
    try {
      await onSave(projectId, draft);
    } catch (error) {
      // The backend has the last word (an invoice paid before it was issued...): shown by the field it is about.
      if (error instanceof ApiError && error.reason === 'paid-before-issued') setErrors({ paidAt: t('invoices.errors.paidBeforeIssued') });
      else setErrors({ form: errorText(error) });
    } finally {
      busy.current = false;
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="form-grid">
        <Field label={t('invoices.form.project')} error={errors.project}>
          {(p) => (
            <select
              {...p}
              className="select"
              value={projectId}
              disabled={Boolean(invoice)}
              onChange={(e) => {
                setProjectId(e.target.value);
                const next = projects.find((x) => x.id === e.target.value);
                if (next && !amountTouched) setAmount(moneyInput(defaultInvoiceAmount(next, data), language));
              }}
            >
              {choices.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('invoices.form.issuedAt')} error={errors.issuedAt}>
          {(p) => <DateField {...p} value={issuedAt} onChange={setIssuedAt} />}
        </Field>
        <Field label={t('invoices.form.amount')} error={errors.amount}>
          {(p) => (
            <input
              {...p}
              className="input num"
              inputMode="decimal"
              value={amount}
              onChange={(e) => {
                setAmount(e.target.value);
                setAmountTouched(true);
              }}
            />
          )}
        </Field>
        <Field label={t('invoices.form.terms')} error={errors.terms} help={t('invoices.form.termsHelp')}>
          {(p) => <input {...p} className="input num" inputMode="numeric" value={terms} onChange={(e) => setTerms(e.target.value)} />}
        </Field>
        <Field label={t('invoices.form.paidAt')} error={errors.paidAt} help={t('invoices.form.paidAtHelp')}>
          {(p) => <DateField {...p} value={paidAt} onChange={setPaidAt} />}
        </Field>
        <Field label={t('invoices.form.paidAmount')} error={errors.paidAmount} help={t('invoices.form.paidAmountHelp')}>
          {(p) => <input {...p} className="input num" inputMode="decimal" value={paidAmount} onChange={(e) => setPaidAmount(e.target.value)} />}
        </Field>
      </div>
      {errors.form && (
        <p className="notice error small" role="alert" style={{ marginTop: 12 }}>
          {errors.form}
        </p>
      )}
      <SanityPrompt sanity={sanity} />
      <div className="form-actions">
        <button type="button" className="btn" data-cancel onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn primary" disabled={saving || !!sanity.pending}>
          {invoice ? t('common.save') : t('invoices.add')}
        </button>
      </div>
    </form>
  );
}
