import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Inquiries } from '../../renderer/src/screens/Inquiries';
import { localToday, useApp } from '../../renderer/src/store';
import { i18n } from '../../renderer/src/i18n';
import { addDays } from '#shared/dates';
import { DEFAULT_SETTINGS, type Dataset } from '#shared/model';
import { sent, stubApi, type ApiCall } from './support/apiStub';
import { client, dataset, project } from '../support/builders';

const today = localToday();
const deadline = addDays(today, 60);

/** Bodega Norte took 20 h on an 8 h branding job: a 2.5x overrun. */
const data: Dataset = dataset({
  clients: [client('bodega', { name: 'Bodega Norte', createdAt: '2025-01-01' })],
  projects: [
    project('labels', 'bodega', {
      title: 'Etiquetas',
      kind: 'packaging',
      pricing: { mode: 'fixed', amount: 80000 },
      estimatedHours: 8,
      createdAt: '2025-02-01',
    }),
  ],
  timeEntries: [{ id: 't1', projectId: 'labels', date: '2025-02-10', minutes: 20 * 60, billable: true }],
});

let calls: ApiCall[];
beforeEach(async () => {
  await i18n.changeLanguage('en');
  calls = stubApi();
  useApp.setState({
    status: 'ready',
    data,
    settings: { ...DEFAULT_SETTINGS, language: 'en', targetHourlyRate: 6000, minimumHourlyRate: 4000, weeklyCapacityHours: 30, specialties: ['branding', 'packaging'] },
    route: { name: 'inquiries', fresh: true },
    toasts: [],
  });
});

async function fillProject(user: ReturnType<typeof userEvent.setup>, fields: { title: string; amount: string; estimate: string }) {
  await user.type(screen.getByLabelText('Title'), fields.title);
  await user.type(screen.getByLabelText('Budget'), fields.amount);
  await user.type(screen.getByLabelText('Your estimate (hours)'), fields.estimate);
  await user.type(screen.getByLabelText('Deadline'), deadline);
}

describe('the inquiry verdict, as you type', () => {
  it('asks calmly for what it needs, then shows negotiate with the suggested price for a draft under the minimum', async () => {
    const user = userEvent.setup();
    render(<Inquiries fresh />);
    // The first field has the focus on a fresh inquiry.
    expect(screen.getByRole('combobox', { name: 'Name' })).toHaveFocus();
    expect(screen.getByText(/The verdict appears here as you type/)).toBeInTheDocument();
    expect(screen.getByText('a title for the project')).toBeInTheDocument();

    // An existing client, picked from the searchable list with the keyboard.
    await user.keyboard('bode');
    const option = within(await screen.findByRole('listbox', { name: 'Name' })).getByRole('option', { name: /Bodega Norte/ });
    expect(option).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('combobox', { name: 'Name' })).not.toBeInTheDocument();
    // Picked: the person carries on with the project's title.
    await expect.poll(() => document.activeElement).toBe(screen.getByLabelText('Title'));

    await fillProject(user, { title: 'Wine list', amount: '600', estimate: '8' });
    // 8 h with this client becomes 20 h; 600 € / 20 h = 30 €/h, under the 40 €/h minimum.
    const verdict = await screen.findByTestId('verdict');
    await expect.poll(() => verdict.textContent).toBe('Negotiate');
    expect(verdict).toHaveClass('tone-caution');
    expect(screen.getByTestId('suggested-price')).toHaveTextContent('€1,200');
    expect(screen.getByTestId('projected-hours')).toHaveTextContent('20 h');
    expect(screen.getByTestId('projected-rate')).toHaveTextContent('€30/h');
    expect(screen.getByTestId('projected-rate')).toHaveClass('tone-bad');
    const why = screen.getByRole('list', { name: 'Why' });
    expect(within(why).getByText('Their last projects took 2.5x the estimate: 8 h becomes 20 h.')).toBeInTheDocument();
    expect(within(why).getByText('€600 / 20 h = €30/h, under your minimum of €40/h.')).toBeInTheDocument();
    const change = screen.getByRole('list', { name: 'What to change' });
    expect(within(change).getByText(/ask for €1,200/)).toBeInTheDocument();

    // Ticking what they said moves the verdict, still without saving anything.
    await user.click(screen.getByLabelText('“Another studio offers less”'));
    await expect.poll(() => screen.getByTestId('verdict').textContent).toBe('Decline');
    expect(calls).toEqual([]);
  });

  it('shows accept with the reasons in favour for a well-paid job that fits', async () => {
    const user = userEvent.setup();
    render(<Inquiries fresh />);
    await user.keyboard('Casa Lume');
    await fillProject(user, { title: 'Brand identity', amount: '2000', estimate: '20' });
    // The deadline is the last thing typed: once it counts, the whole verdict is in.
    expect(await screen.findByText(/^It fits: 20 h of the .* you have free until/)).toBeInTheDocument();
    expect(screen.getByTestId('verdict')).toHaveTextContent('Accept');
    expect(screen.getByTestId('verdict')).toHaveClass('tone-good');
    expect(screen.queryByTestId('suggested-price')).not.toBeInTheDocument();
    const why = screen.getByRole('list', { name: 'Why' });
    expect(within(why).getByText('€2,000 / 20 h = €100/h, at or above your target of €60/h.')).toBeInTheDocument();
    expect(within(why).getByText('This branding project is one of your specialties.')).toBeInTheDocument();
    // Each reason carries its severity for screen readers too.
    expect(within(why).getAllByText('In favour:').length).toBeGreaterThanOrEqual(3);
    expect(screen.getByRole('button', { name: 'Accept' })).toHaveClass('primary');
    expect(calls).toEqual([]);
  });

  it('saves a new person as a prospect, the inquiry and the signals ticked', async () => {
    const user = userEvent.setup();
    render(<Inquiries fresh />);
    await user.keyboard('Casa Lume');
    await user.type(screen.getByLabelText('Email'), 'hola@casalume.es');
    await user.selectOptions(screen.getByLabelText('Referred by'), 'Bodega Norte');
    await fillProject(user, { title: 'Brand identity', amount: '2.000', estimate: '20' });
    await user.click(screen.getByLabelText('Asked for a discount'));
    await user.click(screen.getByRole('button', { name: 'Save inquiry' }));
    await expect.poll(() => useApp.getState().route).toEqual({ name: 'inquiries', projectId: 'project-2' });
    expect(sent(calls, 'createClient')).toEqual([
      { name: 'Casa Lume', source: 'referral', status: 'prospect', email: 'hola@casalume.es', referredBy: 'bodega', requestId: expect.any(String) },
    ]);
    expect(sent(calls, 'createProject')).toEqual([
      { clientId: 'client-1', status: 'inquiry', title: 'Brand identity', kind: 'branding', pricing: { mode: 'fixed', amount: 200000 }, estimatedHours: 20, deadline, requestId: expect.any(String) },
    ]);
    expect(sent(calls, 'createSignal')).toEqual([{ clientId: 'client-1', projectId: 'project-2', date: today, kind: 'asked-discount', requestId: expect.any(String) }]);
  });

  it('says what is missing instead of saving half an inquiry', async () => {
    const user = userEvent.setup();
    render(<Inquiries fresh />);
    await user.type(screen.getByLabelText('Title'), 'Logo');
    await user.click(screen.getByRole('button', { name: 'Save inquiry' }));
    expect(await screen.findByText('Write who is asking, or pick one of your clients.')).toBeInTheDocument();
    expect(screen.getByText('Write their budget or their rate.')).toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('declines a draft in one click: saves it, then opens the letter with the reason', async () => {
    const user = userEvent.setup();
    render(<Inquiries fresh />);
    await user.keyboard('Casa Lume');
    await user.clear(screen.getByLabelText('Kind of project'));
    await user.type(screen.getByLabelText('Kind of project'), 'web');
    await fillProject(user, { title: 'Online shop', amount: '3000', estimate: '40' });
    await expect.poll(() => screen.queryByTestId('verdict')?.textContent).toBe('Decline');
    await user.click(screen.getByRole('button', { name: 'Decline' }));
    await expect.poll(() => useApp.getState().route).toEqual({ name: 'letter', kind: 'decline', clientId: 'client-1', projectId: 'project-2', reason: 'specialty' });
    expect(sent(calls, 'createProject')[0]).toMatchObject({ kind: 'web', status: 'inquiry' });
  });

  it('lists open inquiries with their verdict, and accepting one can be undone', async () => {
    useApp.setState({
      data: {
        ...data,
        clients: [...data.clients, client('lume', { name: 'Casa Lume', status: 'prospect', createdAt: today })],
        projects: [
          ...data.projects,
          project('q1', 'lume', { title: 'Brand identity', pricing: { mode: 'fixed', amount: 200000 }, estimatedHours: 20, deadline, status: 'inquiry', createdAt: today }),
        ],
      },
    });
    const user = userEvent.setup();
    render(<Inquiries projectId="q1" />);
    const row = screen.getByRole('row', { name: /Brand identity/ });
    expect(within(row).getByText('Casa Lume')).toBeInTheDocument();
    expect(within(row).getByText('Accept')).toHaveClass('pill', 'good');
    expect(row).toHaveAttribute('aria-current', 'true');
    expect(screen.getByTestId('verdict')).toHaveTextContent('Accept');

    await user.click(screen.getByRole('button', { name: 'Accept' }));
    await expect.poll(() => useApp.getState().data.projects.find((p) => p.id === 'q1')?.status).toBe('accepted');
    expect(useApp.getState().data.clients.find((c) => c.id === 'lume')?.status).toBe('active');
    const toast = useApp.getState().toasts.at(-1)!;
    expect(toast.message).toBe('“Brand identity” accepted: it now counts as confirmed work.');
    toast.action!.run();
    await expect.poll(() => useApp.getState().data.projects.find((p) => p.id === 'q1')?.status).toBe('inquiry');
    await expect.poll(() => useApp.getState().data.clients.find((c) => c.id === 'lume')?.status).toBe('prospect');
  });
});
