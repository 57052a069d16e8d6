import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from '../../renderer/src/screens/import/DataSection';
import { Toasts } from '../../renderer/src/components/Toasts';
import { useApp } from '../../renderer/src/store';
import { i18n } from '../../renderer/src/i18n';
import { DEFAULT_SETTINGS, type Dataset } from '#shared/model';

const data: Dataset = {
  clients: [{ id: 'c1', name: 'Panadería La Espiga', source: 'referral', status: 'active', star: false, createdAt: '2024-01-10' }],
  projects: [
    { id: 'p1', clientId: 'c1', title: 'Identidad visual', kind: 'branding', pricing: { mode: 'hourly', rate: 6000 }, status: 'in-progress', createdAt: '2024-01-10', invoices: [] },
  ],
  timeEntries: [
    { id: 'e1', projectId: 'p1', date: '2026-11-18', minutes: 90, billable: true, note: 'Bocetos' },
    { id: 'e2', projectId: 'p1', date: '2026-11-19', minutes: 45, billable: false },
  ],
  signals: [],
  colleagues: [],
  letters: [],
};

let calls: { channel: string; payload: { name?: string; content?: string; path?: string } }[];
let saveAnswer: () => unknown;

beforeEach(async () => {
  await i18n.changeLanguage('en');
  useApp.setState({ status: 'ready', data, settings: { ...DEFAULT_SETTINGS, language: 'en' }, toasts: [] });
  calls = [];
  saveAnswer = () => ({ ok: true, value: null });
  (window as unknown as { api: unknown }).api = new Proxy(
    {},
    {
      get: (_t, channel: string) =>
        vi.fn(async (payload: never) => {
          calls.push({ channel, payload });
          return channel === 'saveExport' ? saveAnswer() : { ok: true, value: null };
        }),
    },
  );
});

function show() {
  render(
    <>
      <DataSection />
      <Toasts />
    </>,
  );
  return userEvent.setup();
}

describe('Settings › Your data, exports', () => {
  it('saves the Excel export in English through the save dialog, names the file and shows it in its folder', async () => {
    saveAnswer = () => ({ ok: true, value: { path: '/home/ana/Downloads/my hours.csv', name: 'my hours.csv' } });
    const user = show();
    await user.click(screen.getByRole('button', { name: 'Export for Excel' }));
    const toast = await screen.findByText('2 entries (2 h 15 min) exported to my hours.csv.');
    const save = calls.find((c) => c.channel === 'saveExport')!;
    expect(save.payload.name).toMatch(/^clientfit-hours-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(save.payload.content?.split('\r\n').slice(0, 2)).toEqual(['\uFEFFDate,Client,Project,Minutes,Hours,Billable,Note', '2026-11-18,Panadería La Espiga,Identidad visual,90,1.50,yes,Bocetos']);
    await user.click(within(toast.closest('.toast') as HTMLElement).getByRole('button', { name: 'Show in folder' }));
    expect(calls.at(-1)).toEqual({ channel: 'showInFolder', payload: { path: '/home/ana/Downloads/my hours.csv' } });
  });

  it('says nothing when the dialog is cancelled', async () => {
    const user = show();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(calls.map((c) => c.channel)).toEqual(['saveExport']);
    expect(calls[0]!.payload.name).toMatch(/^clientfit-time-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(calls[0]!.payload.content?.startsWith('\uFEFFdate,client,project,minutes,billable,note\r\n')).toBe(true);
    await screen.findByRole('button', { name: 'Export CSV' });
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says in English what to do when the disk is full', async () => {
    saveAnswer = () => ({ ok: false, error: { code: 'write-failed', reason: 'export-disk-full', params: {}, message: 'ENOSPC' } });
    const user = show();
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The export was not saved: the disk is full. Free some space or choose another disk, and export again.');
    expect(calls[0]!.payload.name).toMatch(/^clientfit-backup-\d{4}-\d{2}-\d{2}\.json$/);
  });
});
