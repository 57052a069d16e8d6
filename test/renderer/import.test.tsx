import fs from 'node:fs';
import path from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportFlow } from '../../renderer/src/screens/import/ImportFlow';
import { Toasts } from '../../renderer/src/components/Toasts';
import { useApp } from '../../renderer/src/store';
import { fakeApi } from './store/support';
import { i18n } from '../../renderer/src/i18n';
import { DEFAULT_SETTINGS, type Dataset } from '#shared/model';
import type { PayloadOf } from '#shared/ipc/contract';
import { client, dataset, project } from '../support/builders';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

const data: Dataset = dataset({
  clients: [client('c1', { name: 'Panadería La Espiga', source: 'referral', createdAt: '2024-01-10' })],
  projects: [
    project('p1', 'c1', { title: 'Identidad visual', pricing: { mode: 'fixed', amount: 120000 }, status: 'in-progress', createdAt: '2024-01-10' }),
  ],
});

let calls: { channel: string; payload: unknown }[];

function stubApi() {
  calls = fakeApi({
    importTime: (p) => ({ clients: p.clients.length, projects: p.projects.length, entries: p.entries.length, skipped: 0, added: { clients: [], projects: [], timeEntries: [] } }),
    getDataset: () => data,
    getSettings: () => useApp.getState().settings,
    getTimer: () => null,
  });
}

const closed = vi.fn();

async function choose(fixture: string, region = 'What this file would import') {
  const user = userEvent.setup();
  const { container } = render(
    <>
      <ImportFlow onClose={closed} />
      <Toasts />
    </>,
  );
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  expect(input).toHaveAttribute('accept', '.csv,text/csv');
  const file = new File([fs.readFileSync(path.join(FIXTURES, fixture))], fixture, { type: 'text/csv' });
  await user.upload(input, file);
  await screen.findByRole('region', { name: region });
  return user;
}

const summary = () => screen.getByTestId('import-summary');
const confirmButton = () => screen.getByRole('button', { name: /^Import \d+ entr/ });

beforeEach(async () => {
  await i18n.changeLanguage('en');
  useApp.setState({ status: 'ready', data, settings: { ...DEFAULT_SETTINGS, language: 'en' }, toasts: [] });
  closed.mockClear();
  stubApi();
});

describe('the import preview', () => {
  it('shows the format, the count, the total and what is matched or new, and imports nothing before Confirm', async () => {
    const user = await choose('toggl-bom-amount.csv');
    expect(summary()).toHaveTextContent('toggl-bom-amount.csv');
    expect(summary()).toHaveTextContent('Read as Toggl Track');
    expect(screen.getByTestId('import-count')).toHaveTextContent('8');
    // 150 + 45 + 200 + 91 + 20 + 60 + 195 + 250 minutes.
    expect(screen.getByTestId('import-total')).toHaveTextContent('16 h 51 min');
    expect(summary()).toHaveTextContent('Every line reads well');

    const table = screen.getByRole('table', { name: 'Clients and projects in the file' });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(row('Panadería La Espiga')).toHaveTextContent('Already here');
    expect(row('Identidad visual')).toHaveTextContent(/Already here\s*2\s*3 h 15 min/);
    expect(row('Café Montaña')).toHaveTextContent(/New client\s*2\s*7 h 30 min/);
    expect(row('Packaging línea verano')).toHaveTextContent('New project');
    // The entry without a client is the studio's own time: it goes to the internal client, no question asked.
    expect(row('Studio')).toHaveTextContent(/Internal time\s*1\s*1 h/);
    expect(confirmButton()).toBeEnabled();
    expect(screen.getByLabelText('Client for the entry without one')).toHaveAttribute('placeholder', 'Studio');
    expect(calls.filter((c) => c.channel !== 'listImports')).toEqual([]); // reading past imports writes nothing

    await user.selectOptions(screen.getByLabelText('Kind of the new projects'), 'packaging');
    await user.click(confirmButton());
    const sent = calls.find((c) => c.channel === 'importTime')!.payload as PayloadOf<'importTime'>;
    // '' names the internal client: the backend finds it or makes it once; it is not a client to create by name.
    expect(sent.clients.map((c) => c.name)).toEqual(['Café Montaña', 'Bloom Skincare Ltd', 'Estudio Núñez & Asociados']);
    expect(sent.projects).toContainEqual({ clientName: '', title: 'Portfolio', kind: 'packaging' });
    expect(sent.entries.filter((e) => e.clientName === '')).toEqual([expect.objectContaining({ projectTitle: 'Portfolio', minutes: 60 })]);
    expect(sent.projects.map((p) => p.title)).not.toContain('Identidad visual');
    expect(sent.entries).toHaveLength(8);
    expect(sent.entries[0]).toEqual({
      date: '2024-03-04', minutes: 150, billable: true, note: 'Bocetos de logotipo', clientName: 'Panadería La Espiga', projectTitle: 'Identidad visual',
    });
    expect(sent.entries.reduce((s, e) => s + e.minutes, 0)).toBe(1011);
    // The import answers with what it created, so the store reads nothing again; a toast says what came in.
    expect(calls.filter((c) => c.channel === 'getDataset')).toHaveLength(0);
    expect(await screen.findByText('8 entries imported: 16 h 51 min.')).toBeInTheDocument();
    expect(closed).toHaveBeenCalled();
  });

  it('sends the entries without a client to a client the person names instead, when they do', async () => {
    const user = await choose('toggl-bom-amount.csv');
    await user.type(screen.getByLabelText('Client for the entry without one'), 'Lucía Ferrer Studio');
    const table = screen.getByRole('table', { name: 'Clients and projects in the file' });
    expect(within(table).getByRole('row', { name: /^Lucía Ferrer Studio/ })).toHaveTextContent(/New client\s*1\s*1 h/);
    await user.click(confirmButton());
    const sent = calls.find((c) => c.channel === 'importTime')!.payload as PayloadOf<'importTime'>;
    expect(sent.clients.map((c) => c.name)).toContain('Lucía Ferrer Studio');
    expect(sent.projects).toContainEqual({ clientName: 'Lucía Ferrer Studio', title: 'Portfolio', kind: 'branding' });
    expect(sent.entries.some((e) => e.clientName === '')).toBe(false);
  });

  it('says why Import waits when every entry in the file is under a minute', async () => {
    await choose('toggl-only-short.csv');
    expect(screen.getByTestId('import-count')).toHaveTextContent('0');
    expect(screen.getByTestId('import-short-entries')).toHaveTextContent('2 entries under a minute are not imported');
    expect(screen.getByTestId('import-only-short')).toHaveTextContent('Nothing to import: every entry in this file is under a minute.');
    expect(confirmButton()).toBeDisabled();
  });

  it('lists each problem with its line number, and leaves those lines out', async () => {
    await choose('hostile-errors.csv');
    expect(screen.getByTestId('import-count')).toHaveTextContent('2');
    expect(screen.getByTestId('import-total')).toHaveTextContent('1 h 30 min');
    expect(summary()).toHaveTextContent('7 lines with problems will be left out');
    // Line 7 ran 20 seconds: one summary line instead of a problem.
    expect(screen.getByTestId('import-short-entries')).toHaveTextContent('1 entry under a minute is not imported');
    const problems = screen.getByRole('region', { name: '7 problems in the file' });
    const items = within(problems).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Line 5The date “2024-02-30” cannot be read or does not exist.',
      'Line 6This line has no duration.',
      'Line 8The billable value “Maybe” is not Yes or No.',
      'Line 11This entry lasts “25:00:00”; one entry can be at most 24 hours. Split it into one entry per day.',
      'Line 12The date “hello” cannot be read or does not exist.',
      'Line 13The client name is longer than 200 characters.',
      expect.stringMatching(/^Line 14A quoted cell starts here and is never closed/),
    ]);
  });

  it('asks how ambiguous dates are written, with an example from the file, and reads them again', async () => {
    const user = await choose('clockify-ambiguous-dates.csv');
    expect(summary()).toHaveTextContent('Read as Clockify');
    const question = screen.getByRole('group', { name: 'How are the dates written in this file?' });
    expect(question).toHaveTextContent('The file writes dates such as 05/03/2024');
    expect(confirmButton()).toBeDisabled();
    expect(screen.getByText('Say how the dates are written to continue.')).toBeInTheDocument();

    const monthDay = within(question).getByRole('button', { name: 'Month/day: 3 May 2024' });
    expect(within(question).getByRole('button', { name: 'Day/month: 5 Mar 2024' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(monthDay);
    expect(monthDay).toHaveAttribute('aria-pressed', 'true');
    expect(confirmButton()).toBeEnabled();
    await user.click(confirmButton());
    const sent = calls.find((c) => c.channel === 'importTime')!.payload as PayloadOf<'importTime'>;
    // 05/03, 06/03, 03/03 read month first.
    expect(sent.entries.map((e) => e.date)).toEqual(['2024-05-03', '2024-06-03', '2024-03-03']);
  });

  it('says plainly when a file is not a time export, and offers another', async () => {
    const user = userEvent.setup();
    const { container } = render(<ImportFlow onClose={closed} />);
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File([fs.readFileSync(path.join(FIXTURES, 'hostile-binary.bin'))], 'report.csv'));
    expect(await screen.findByText('This file cannot be imported')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('This is not a CSV text file. If it is an Excel workbook, save it as CSV first.');
    await user.click(screen.getByRole('button', { name: 'Choose another file' }));
    expect(container.querySelector('input[type="file"]')).toBeInTheDocument();
    expect(calls.filter((c) => c.channel !== 'listImports')).toEqual([]); // reading past imports writes nothing
  });

  it('writes nothing on Cancel', async () => {
    const user = await choose('clockify-standard.csv');
    expect(screen.getByTestId('import-total')).toHaveTextContent('13 h 15 min');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(closed).toHaveBeenCalled();
    expect(calls.filter((c) => c.channel !== 'listImports')).toEqual([]); // reading past imports writes nothing
  });

  it('speaks Spanish', async () => {
    await i18n.changeLanguage('es');
    useApp.setState({ settings: { ...DEFAULT_SETTINGS, language: 'es' } });
    await choose('hostile-errors.csv', 'Lo que importaría este archivo');
    expect(screen.getByText('7 líneas con problemas se quedarán fuera')).toBeInTheDocument();
    expect(screen.getByText('1 entrada de menos de un minuto no se importa')).toBeInTheDocument();
    expect(screen.getByText('La fecha «2024-02-30» no se puede leer o no existe.')).toBeInTheDocument();
  });
});
