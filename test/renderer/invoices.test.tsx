import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InvoicesPanel } from '../../renderer/src/screens/client/InvoicesPanel';
import { Toasts } from '../../renderer/src/components/Toasts';
import { useApp } from '../../renderer/src/store';
import { i18n } from '../../renderer/src/i18n';
import { DEFAULT_SETTINGS, type Dataset, type Invoice, type Project } from '#shared/model';
import { client, dataset, invoice, project } from '../support/builders';

const data: Dataset = dataset({
  clients: [client('c1', { name: 'Bodega Norte', createdAt: '2026-01-10' })],
  projects: [
    project('p1', 'c1', {
      title: 'Etiquetas',
      kind: 'packaging',
      pricing: { mode: 'fixed', amount: 300000 },
      createdAt: '2026-02-01',
      invoices: [
        // Due 3 March, paid 13 March: ten days late.
        invoice('i1', { issuedAt: '2026-02-01', amount: 120000, paidAt: '2026-03-13', paidAmount: 120000 }),
        // Due 31 October, unpaid on 23 November: 23 days late.
        invoice('i2', { issuedAt: '2026-10-01', amount: 150000 }),
      ],
    }),
    // Hourly at 50 €/h with 10 billable hours (and 2 that are not): 500 € to invoice.
    project('p2', 'c1', { title: 'Web', kind: 'web', pricing: { mode: 'hourly', rate: 5000 }, status: 'in-progress', createdAt: '2026-09-01' }),
    // Another client's invoice never shows here.
    project('p3', 'c2', {
      title: 'Other',
      kind: 'web',
      pricing: { mode: 'fixed', amount: 1000 },
      createdAt: '2026-09-01',
      invoices: [invoice('i9', { issuedAt: '2026-01-01', amount: 1000 })],
    }),
  ],
  timeEntries: [
    { id: 't1', projectId: 'p2', date: '2026-11-02', minutes: 600, billable: true },
    { id: 't2', projectId: 'p2', date: '2026-11-03', minutes: 120, billable: false },
  ],
});

type Update = { id: string; invoices: (Omit<Invoice, 'id'> & { id?: string })[] };
let updates: Update[];
let refuse: string | null;

/** A window.api answering updateProject as the backend does: ids for new invoices, paid-before-issued refused. */
function stubApi() {
  updates = [];
  refuse = null;
  let seq = 0;
  (window as unknown as { api: unknown }).api = {
    updateProject: vi.fn(async (payload: Update) => {
      updates.push(payload);
      if (refuse) return { ok: false, error: { code: 'invalid-input', message: refuse } };
      const current = useApp.getState().data.projects.find((p) => p.id === payload.id)!;
      const next: Project = { ...current, invoices: payload.invoices.map((i) => ({ ...i, id: i.id ?? `new-${++seq}` })) };
      return { ok: true, value: next };
    }),
  };
}

function show() {
  render(
    <>
      <InvoicesPanel clientId="c1" />
      <Toasts />
    </>,
  );
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T10:00:00'));
  await i18n.changeLanguage('en');
  useApp.setState({ status: 'ready', data, settings: { ...DEFAULT_SETTINGS, language: 'en' }, toasts: [] });
  stubApi();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the invoices panel', () => {
  it("lists the client's invoices, the overdue one in the bad colour with how many days late", () => {
    show();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const overdue = screen.getByRole('row', { name: /Invoice of €1,500 for Etiquetas, issued 1 Oct 2026/ });
    expect(overdue).toHaveClass('overdue');
    const late = within(overdue).getByText('23 days late');
    expect(late).toHaveClass('pill', 'bad');
    // Due on 31 October (30-day terms), in the bad colour.
    expect(within(overdue).getByText('31 Oct 2026')).toHaveClass('tone-bad');
    expect(overdue).toHaveTextContent('30-day terms');

    const paid = screen.getByRole('row', { name: /issued 1 Feb 2026/ });
    expect(within(paid).getByText('Paid 10 days late')).toHaveClass('pill', 'caution');
    expect(paid).toHaveTextContent('13 Mar 2026');
    expect(paid).not.toHaveClass('overdue');
    expect(screen.getByText(/2 invoices · €1,500 unpaid/)).toBeInTheDocument();
    expect(screen.getByText(/1 overdue/)).toHaveClass('tone-bad');
    expect(screen.queryByText('Other')).toBeNull();
  });

  it('marks an invoice paid today, for its amount, in one click, and Undo puts it back', async () => {
    const user = userEvent.setup();
    show();
    await user.click(screen.getByRole('button', { name: 'Mark paid today: €1,500 for Etiquetas' }));
    expect(updates).toHaveLength(1);
    expect(updates[0]!.id).toBe('p1');
    expect(updates[0]!.invoices.find((i) => i.id === 'i2')).toEqual({
      id: 'i2', issuedAt: '2026-10-01', amount: 150000, termsDays: 30, paidAt: '2026-11-23', paidAmount: 150000,
    });
    const row = screen.getByRole('row', { name: /issued 1 Oct 2026/ });
    expect(row).toHaveTextContent('23 Nov 2026');
    expect(within(row).getByText('Paid 23 days late')).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: /Mark paid/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(updates[1]!.invoices.find((i) => i.id === 'i2')).toEqual({ id: 'i2', issuedAt: '2026-10-01', amount: 150000, termsDays: 30 });
    expect(await screen.findByText('23 days late')).toBeInTheDocument();
  });

  it('adds an invoice with today, the amount still to invoice and 30-day terms filled in', async () => {
    const user = userEvent.setup();
    show();
    await user.click(screen.getByRole('button', { name: 'Add invoice' }));
    const dialog = screen.getByRole('dialog', { name: 'Add invoice' });
    // Work in progress first: the hourly project, 10 billable hours at €50.
    expect(within(dialog).getByLabelText('Project')).toHaveValue('p2');
    expect(within(dialog).getByLabelText('Issued on')).toHaveValue('23/11/2026');
    expect(within(dialog).getByLabelText('Amount')).toHaveValue('500');
    expect(within(dialog).getByLabelText('Payment terms (days)')).toHaveValue('30');
    // Switching project proposes what is left to invoice on it: 3.000 € less 2.700 € invoiced.
    await user.selectOptions(within(dialog).getByLabelText('Project'), 'p1');
    expect(within(dialog).getByLabelText('Amount')).toHaveValue('300');
    await user.selectOptions(within(dialog).getByLabelText('Project'), 'p2');
    await user.click(within(dialog).getByRole('button', { name: 'Add invoice' }));

    // The new invoice carries the id its form made once, so a second save is still one invoice.
    expect(updates).toEqual([{ id: 'p2', invoices: [{ id: expect.any(String), issuedAt: '2026-11-23', amount: 50000, termsDays: 30 }] }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('row', { name: /Invoice of €500 for Web, issued 23 Nov 2026/ })).toHaveTextContent('Due in 30 days');
  });

  it('says what is wrong in the person’s language, and shows the refusal of a payment before the invoice', async () => {
    const user = userEvent.setup();
    await i18n.changeLanguage('es');
    useApp.setState({ settings: { ...DEFAULT_SETTINGS, language: 'es' } });
    show();
    await user.click(screen.getByRole('button', { name: /Editar la factura de 1500\s€ de Etiquetas/ }));
    const dialog = screen.getByRole('dialog', { name: 'Editar factura' });
    const amount = within(dialog).getByLabelText('Importe');
    await user.clear(amount);
    await user.type(amount, 'mucho');
    await user.click(within(dialog).getByRole('button', { name: 'Guardar' }));
    expect(within(dialog).getByText('Escribe un importe como 1200 o 1.200,50.')).toBeInTheDocument();
    expect(updates).toHaveLength(0);

    await user.clear(amount);
    await user.type(amount, '1.500');
    const paidAt = within(dialog).getByLabelText('Cobrada el');
    await user.type(paidAt, '2026-09-15');
    refuse = 'An invoice cannot be paid before it was issued.';
    await user.click(within(dialog).getByRole('button', { name: 'Guardar' }));
    // The form knows it before the backend does: nothing is sent.
    expect(updates).toHaveLength(0);
    expect(await within(dialog).findByText('La fecha de cobro es anterior a la de emisión. Revisa las dos fechas.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Cobrada el')).toHaveAttribute('aria-invalid', 'true');
  });

  it('deletes an invoice with Undo', async () => {
    const user = userEvent.setup();
    show();
    await user.click(screen.getByRole('button', { name: 'Delete the invoice of €1,200 for Etiquetas' }));
    expect(updates[0]!.invoices.map((i) => i.id)).toEqual(['i2']);
    expect(screen.queryByRole('row', { name: /issued 1 Feb 2026/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(updates[1]!.invoices.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(await screen.findByRole('row', { name: /issued 1 Feb 2026/ })).toBeInTheDocument();
  });

  it('says what the place is for when there are no invoices', () => {
    useApp.setState({ data: { ...data, projects: data.projects.map((p) => ({ ...p, invoices: [] })) } });
    show();
    expect(screen.getByText('No invoices yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add invoice' })).toBeInTheDocument();
  });
});
