/**
 * The screens' side of "nothing doubled, nothing booked without you": one request per
 * submission, the forgotten timer's question, and backups told apart by time and reason.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientForm } from '../../renderer/src/screens/ClientForm';
import { TimerEndDialog } from '../../renderer/src/components/TimerEndDialog';
import { BackupsSection } from '../../renderer/src/screens/settings/BackupsSection';
import { usualEndMinute } from '../../renderer/src/lib/timerEnd';
import { useApp } from '../../renderer/src/store';
import { i18n } from '../../renderer/src/i18n';
import { DEFAULT_SETTINGS, type Dataset } from '#shared/model';
import type { BackupInfo } from '#shared/ipc/contract';
import { client, dataset, project } from '../support/builders';

let calls: { channel: string; payload: unknown }[];
let answers: Record<string, (p: never) => unknown>;
/** Holds every answer until `release()`: a request in flight, as a slow disk makes it. */
let gate: Promise<void>;
let release: () => void;

function stubApi() {
  calls = [];
  gate = Promise.resolve();
  (window as unknown as { api: unknown }).api = new Proxy(
    {},
    {
      get: (_t, channel: string) =>
        vi.fn(async (payload: never) => {
          calls.push({ channel, payload });
          await gate;
          const answer = answers[channel];
          return answer ? { ok: true, value: answer(payload) } : { ok: false, error: { code: 'unknown-channel', message: channel } };
        }),
    },
  );
}

const data: Dataset = dataset({
  clients: [client('c1', { name: 'Panadería Sol', createdAt: '2026-11-01' })],
  projects: [
    project('p1', 'c1', { title: 'Identidad visual', pricing: { mode: 'fixed', amount: 120000 }, status: 'in-progress', createdAt: '2026-11-01' }),
  ],
});

beforeEach(async () => {
  await i18n.changeLanguage('en');
  localStorage.clear();
  answers = {};
  stubApi();
  useApp.setState({ status: 'ready', data, settings: { ...DEFAULT_SETTINGS, language: 'en' }, timer: null, askEnd: null, toasts: [] });
});

describe('one request per submission', () => {
  it('a second click while the first is saving sends nothing, and the button says it is busy', async () => {
    answers.createClient = (p: { name: string }) => ({ ...p, id: 'new', star: false, createdAt: '2026-11-23' });
    gate = new Promise((r) => (release = r));
    const done = vi.fn();
    render(<ClientForm onDone={done} />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Bodegas Arlanza' } });
    const button = screen.getByRole('button', { name: 'Add client' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(calls.filter((c) => c.channel === 'createClient')).toHaveLength(1);
    expect(button).toBeDisabled();
    await act(async () => release());
    expect(done).toHaveBeenCalledTimes(1);
    const sent = calls[0]!.payload as { requestId: string };
    expect(sent.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a retry after a refusal is the same submission (same requestId); the next one is new', async () => {
    let refuse = true;
    (window as unknown as { api: Record<string, unknown> }).api = new Proxy(
      {},
      {
        get: (_t, channel: string) =>
          vi.fn(async (payload: { name: string }) => {
            calls.push({ channel, payload });
            if (refuse) return { ok: false, error: { code: 'write-failed', reason: 'write-disk-full', params: {}, message: 'disk full' } };
            return { ok: true, value: { ...payload, id: `c${calls.length}`, star: false, createdAt: '2026-11-23' } };
          }),
      },
    );
    const user = userEvent.setup();
    const { unmount } = render(<ClientForm onDone={() => undefined} />);
    await user.type(screen.getByLabelText('Name'), 'Lumen');
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    refuse = false;
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    const ids = calls.map((c) => (c.payload as { requestId: string }).requestId);
    expect(ids[0]).toBe(ids[1]);
    unmount();
    render(<ClientForm onDone={() => undefined} />);
    await user.type(screen.getByLabelText('Name'), 'Lumen 2');
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    expect((calls[2]!.payload as { requestId: string }).requestId).not.toBe(ids[0]);
  });
});

describe('the forgotten timer', () => {
  const startedAt = new Date('2026-12-04T15:00:00').toISOString();

  it('offers the usual end, the last use of the app and now, and logs the chosen end', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-07T06:00:00'), toFake: ['Date'] });
    try {
      // Fridays usually end at 19:15 (a timer run from 16:00), and the app was last used Friday at 20:40.
      const history = [{ id: `timer-${new Date('2026-11-27T16:00:00').toISOString()}`, projectId: 'p1', date: '2026-11-27', minutes: 195, billable: true }];
      localStorage.setItem('clientfit:away-from', String(new Date('2026-12-04T20:40:00').getTime()));
      answers.stopTimer = () => ({ entry: null, entries: [{ id: 'e', projectId: 'p1', date: '2026-12-04', minutes: 340, billable: true }] });
      useApp.setState({
        data: { ...data, timeEntries: history },
        timer: { projectId: 'p1', startedAt, billable: true },
        askEnd: { startedAt, runningMinutes: 63 * 60 },
      });
      render(<TimerEndDialog />);
      const dialog = screen.getByRole('dialog', { name: 'When did you finish?' });
      expect(within(dialog).getByText(/started Fri 4 Dec, 15:00 and has been running for 63 h/)).toBeInTheDocument();
      expect(within(dialog).getByLabelText('At the end of that day, at your usual time (Fri 4 Dec, 19:15)')).toBeChecked();
      expect(screen.getByTestId('timer-end-summary')).toHaveTextContent('4 h 15 min will be logged on 4 Dec 2026.');
      fireEvent.click(within(dialog).getByLabelText('The last time you used ClientFit (Fri 4 Dec, 20:40)'));
      expect(screen.getByTestId('timer-end-summary')).toHaveTextContent('5 h 40 min will be logged on 4 Dec 2026.');
      expect(within(dialog).getByLabelText('Now (Mon 7 Dec, 6:00)')).toBeInTheDocument();
      // An end before the start is refused before anything is sent.
      fireEvent.change(within(dialog).getByLabelText('Date and time you finished'), { target: { value: '2026-12-04T14:00' } });
      expect(screen.getByTestId('timer-end-summary')).toHaveTextContent('The end has to be after the timer started.');
      expect(within(dialog).getByRole('button', { name: 'Log it' })).toBeDisabled();
      fireEvent.click(within(dialog).getByLabelText('The last time you used ClientFit (Fri 4 Dec, 20:40)'));
      await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Log it' })));
      expect(calls.find((c) => c.channel === 'stopTimer')!.payload).toEqual({ endAt: new Date('2026-12-04T20:40:00').toISOString() });
      expect(useApp.getState().askEnd).toBeNull();
      expect(useApp.getState().data.timeEntries.map((e) => e.minutes)).toEqual([195, 340]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('switching project on a forgotten timer asks first, then logs the chosen end and starts the new one', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-07T06:00:00'), toFake: ['Date'] });
    try {
      await switching();
    } finally {
      vi.useRealTimers();
    }
  });

  async function switching() {
    const next = project('p2', 'c1', { title: 'Carta de temporada', kind: 'editorial', pricing: { mode: 'fixed', amount: 50000 }, status: 'in-progress', createdAt: '2026-11-02' });
    useApp.setState({ data: { ...data, projects: [...data.projects, next] }, timer: { projectId: 'p1', startedAt, billable: true } });
    answers.startTimer = () => ({ timer: null, stopped: null, logged: [], needsEnd: { startedAt, runningMinutes: 63 * 60 } });
    await act(() => useApp.getState().startTimer('p2'));
    expect(useApp.getState().askEnd).toEqual({ startedAt, runningMinutes: 63 * 60, nextProjectId: 'p2' });
    expect(useApp.getState().timer?.projectId).toBe('p1'); // still the running one

    render(<TimerEndDialog />);
    const dialog = screen.getByRole('dialog', { name: 'When did you finish?' });
    expect(within(dialog).getByText('Then the timer starts on Carta de temporada.')).toBeInTheDocument();
    answers.stopTimer = () => ({ entry: null, entries: [{ id: 'e', projectId: 'p1', date: '2026-12-04', minutes: 180, billable: true }] });
    const started = { projectId: 'p2', startedAt: new Date().toISOString(), billable: true };
    answers.startTimer = () => ({ timer: started, stopped: null, logged: [] });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Log it' })));
    expect(calls.map((c) => c.channel)).toEqual(['startTimer', 'stopTimer', 'startTimer']);
    expect(useApp.getState().timer).toEqual(started);
    expect(useApp.getState().askEnd).toBeNull();
  }

  it('the usual end is 18:00 when the history says nothing, and only full-day runs say something', () => {
    expect(usualEndMinute([], 5)).toBe(18 * 60);
    const overnight = { id: `timer-${new Date('2026-11-27T22:00:00').toISOString()}`, projectId: 'p1', date: '2026-11-27', minutes: 240, billable: true };
    expect(usualEndMinute([overnight], 5)).toBe(18 * 60);
  });
});

describe('backups with reasons', () => {
  it('shows the reason with the file, and seconds when two share a minute', async () => {
    const at = (iso: string, label?: string, detail?: string): BackupInfo => ({
      id: iso,
      date: '2026-12-03',
      createdAt: new Date(iso).toISOString(),
      ...(label ? { label } : {}),
      ...(detail ? { detail } : {}),
      files: 8,
      bytes: 4096,
    });
    answers.listBackups = () => [
      at('2026-12-03T09:30:40', 'pre-import', 'toggl.csv'),
      at('2026-12-03T09:30:05', 'pre-import', 'toggl.csv'),
      at('2026-12-03T08:00:00', 'pre-restore'),
      at('2026-12-03T07:59:00'),
    ];
    render(<BackupsSection />);
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent))).toEqual([
      ['3 Dec 2026 09:30:40', 'Before importing toggl.csv'],
      ['3 Dec 2026 09:30:05', 'Before importing toggl.csv'],
      ['3 Dec 2026 08:00', 'Before a restore'],
      ['3 Dec 2026 07:59', 'Daily'],
    ]);
  });
});
