import fs from 'node:fs';
import path from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ImportFlow } from '../../renderer/src/screens/import/ImportFlow';
import { useApp } from '../../renderer/src/store';
import { fakeApi } from './store/support';
import { dataset } from '../support/builders';
import { i18n } from '../../renderer/src/i18n';
import { DEFAULT_SETTINGS, type ColumnMapping } from '#shared/model';
import { headerLineKey } from '#shared/csv/mapping';
import type { PayloadOf } from '#shared/ipc/contract';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

const data = dataset();

let calls: { channel: string; payload: unknown }[];

function stubApi() {
  calls = fakeApi({
    importTime: (p) => ({ clients: p.clients.length, projects: p.projects.length, entries: p.entries.length, skipped: 0, added: { clients: [], projects: [], timeEntries: [] } }),
    updateSettings: (p) => ({ ...useApp.getState().settings, ...p }),
    listImports: () => [],
    getDataset: () => data,
    getSettings: () => useApp.getState().settings,
    getTimer: () => null,
  });
}

async function choose(file: File) {
  const user = userEvent.setup();
  const { container } = render(<ImportFlow onClose={() => undefined} />);
  await user.upload(container.querySelector<HTMLInputElement>('input[type="file"]')!, file);
  return user;
}
const fixture = (name: string) => new File([fs.readFileSync(path.join(FIXTURES, name))], name, { type: 'text/csv' });
const step = () => screen.findByRole('region', { name: 'Which column is what?' });
const previewRows = () => within(screen.getByTestId('mapping-preview')).getAllByRole('row').slice(1);
const continueButton = () => screen.getByRole('button', { name: 'Continue' });

beforeEach(async () => {
  await i18n.changeLanguage('en');
  useApp.setState({ status: 'ready', data, settings: { ...DEFAULT_SETTINGS, language: 'en', importMappings: {} }, toasts: [] });
  stubApi();
});

describe('the column-mapping step', () => {
  it('guesses a Kimai file, previews its first rows written out, goes on to the import preview and remembers the columns', async () => {
    const user = await choose(fixture('kimai-en.csv'));
    await step();
    // Every choice is a labelled select.
    for (const label of ['Date', 'Duration', 'Start', 'End', 'Client', 'Project', 'Note', 'Billable', 'Dates are written', 'Decimals use a']) {
      expect(screen.getByLabelText(label).tagName).toBe('SELECT');
    }
    expect(screen.getByLabelText<HTMLSelectElement>('Client').selectedOptions[0]?.textContent).toBe('Customer · Panadería La Espiga');
    expect(screen.getByLabelText('Date')).toHaveFocus();
    const rows = previewRows();
    expect(rows).toHaveLength(6);
    expect(rows[0]).toHaveTextContent(/4 Mar 2024.*2 h 30 min.*Panadería La Espiga.*Identidad visual.*Bocetos de logotipo, tres rutas.*Yes/);
    expect(rows[3]).toHaveTextContent(/30 min.*Café Montaña.*No$/);
    expect(screen.queryByTestId('mapping-missing')).toBeNull();

    await user.click(continueButton());
    const preview = await screen.findByRole('region', { name: 'What this file would import' });
    expect(within(preview).getByTestId('import-summary')).toHaveTextContent('Read as a CSV with your columns');
    expect(within(preview).getByTestId('import-count')).toHaveTextContent('6');
    expect(within(preview).getByTestId('import-total')).toHaveTextContent('12 h');

    const saved = calls.find((c) => c.channel === 'updateSettings')?.payload as { importMappings: Record<string, ColumnMapping> };
    const header = fs.readFileSync(path.join(FIXTURES, 'kimai-en.csv'), 'utf8').split('\n')[0]!;
    expect(Object.keys(saved.importMappings)).toEqual([headerLineKey(header.split(',').map((c) => c.replace(/"/g, '')))]);
    expect(Object.values(saved.importMappings)[0]).toMatchObject({ date: 0, duration: 3, client: 13, project: 14 });

    // Back to the columns, as they were confirmed.
    await user.click(within(preview).getByRole('button', { name: 'Change columns' }));
    await step();
    expect(screen.getByLabelText<HTMLSelectElement>('Project').value).toBe('14');

    // On again, and Confirm sends the rows read by the mapping.
    await user.click(continueButton());
    const again = await screen.findByRole('region', { name: 'What this file would import' });
    await user.click(await within(again).findByRole('button', { name: /^Import 6 entries/ }));
    const sent = calls.find((c) => c.channel === 'importTime')?.payload as PayloadOf<'importTime'>;
    expect(sent.entries).toHaveLength(6);
    expect(sent.entries.reduce((n, e) => n + e.minutes, 0)).toBe(720);
    expect(sent.entries[0]).toMatchObject({ date: '2024-03-04', minutes: 150, clientName: 'Panadería La Espiga', projectTitle: 'Identidad visual' });
  });

  it('says in one line how many entries under a minute a mapped file leaves out', async () => {
    const text = 'Día;Tiempo;Proyecto\n13/04/2024;1,5;Logo\n14/04/2024;0;Logo\n15/04/2024;0,01;Logo\n';
    const user = await choose(new File([text], 'hoja.csv', { type: 'text/csv' }));
    await step();
    await user.click(continueButton());
    const preview = await screen.findByRole('region', { name: 'What this file would import' });
    expect(within(preview).getByTestId('import-short-entries')).toHaveTextContent('2 entries under a minute are not imported');
    expect(within(preview).getByTestId('import-count')).toHaveTextContent('1');
  });

  it('updates the preview as each select changes, and says in a sentence what is missing while Continue waits', async () => {
    const user = await choose(fixture('kimai-de-decimal.csv'));
    await step();
    expect(previewRows()[0]).toHaveTextContent(/1 h 30 min/);
    await user.selectOptions(screen.getByLabelText('Decimals use a'), 'Comma (1,5)');
    expect(previewRows()[0]).toHaveTextContent('The duration “1.5” cannot be read. Write it as 1:30 or 1.5.');
    // Every row writes its hours with a decimal point: all four are refused.
    expect(previewRows().every((r) => /cannot be read/.test(r.textContent ?? ''))).toBe(true);
    await user.selectOptions(screen.getByLabelText('Decimals use a'), 'Point (1.5)');
    // Without duration, From and To decide.
    await user.selectOptions(screen.getByLabelText('Duration'), '— None —');
    expect(previewRows()[2]).toHaveTextContent(/3 h 15 min/);
    await user.selectOptions(screen.getByLabelText('End'), '— None —');
    expect(screen.getByTestId('mapping-missing')).toHaveTextContent('Choose the duration column, or the start and end columns, to go on.');
    expect(continueButton()).toBeDisabled();
    expect(screen.queryByTestId('mapping-preview')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Duration'), 'Dauer · 1.5');
    await user.selectOptions(screen.getByLabelText('Client'), '— None —');
    await user.selectOptions(screen.getByLabelText('Project'), '— None —');
    expect(screen.getByTestId('mapping-missing')).toHaveTextContent('Choose the project or the client column to go on.');
    expect(continueButton()).toBeDisabled();
  });

  it('asks how the dates are written when the file cannot tell, and Enter on a select goes on', async () => {
    const text = 'Día;Tiempo;Proyecto\n03/04/2024;1,5;Logo\n05/06/2024;2;Logo\n';
    const user = await choose(new File([text], 'hoja.csv', { type: 'text/csv' }));
    await step();
    expect(screen.getByTestId('mapping-missing')).toHaveTextContent('Say how the dates are written to go on');
    expect(continueButton()).toBeDisabled();
    const order = screen.getByLabelText('Dates are written');
    await user.selectOptions(order, 'Day/month/year');
    expect(previewRows()[0]).toHaveTextContent(/3 Apr 2024.*1 h 30 min/);
    await user.selectOptions(order, 'Month/day/year');
    expect(previewRows()[0]).toHaveTextContent(/4 Mar 2024/);
    order.focus();
    await user.keyboard('{Enter}');
    const preview = await screen.findByRole('region', { name: 'What this file would import' });
    expect(within(preview).getByTestId('import-total')).toHaveTextContent('3 h 30 min');
  });

  it('reads the date order and decimal mark again from a newly chosen column', async () => {
    // Not "Minutos": Fecha, Minutos and Proyecto together are ClientFit's own Spanish spreadsheet.
    const text = 'Fecha;Entregado;Horas;Tiempo;Duración (min);Proyecto\n03/04/2024;13/04/2024;1.5;1,5;45;Logo\n';
    const user = await choose(new File([text], 'hoja.csv', { type: 'text/csv' }));
    await step();
    expect(screen.getByLabelText<HTMLSelectElement>('Dates are written').value).toBe('');
    await user.selectOptions(screen.getByLabelText('Date'), 'Entregado · 13/04/2024');
    expect(screen.getByLabelText<HTMLSelectElement>('Dates are written').value).toBe('dmy');
    expect(screen.queryByTestId('mapping-missing')).toBeNull();
    expect(screen.getByLabelText<HTMLSelectElement>('Decimals use a').value).toBe('.');
    await user.selectOptions(screen.getByLabelText('Duration'), 'Tiempo · 1,5');
    expect(screen.getByLabelText<HTMLSelectElement>('Decimals use a').value).toBe(',');
    expect(previewRows()[0]).toHaveTextContent(/13 Apr 2024.*1 h 30 min/);
    // A column named in minutes is read in minutes.
    await user.selectOptions(screen.getByLabelText('Duration'), 'Duración (min) · 45');
    expect(screen.getByLabelText<HTMLSelectElement>('The duration is in').value).toBe('minutes');
    expect(previewRows()[0]).toHaveTextContent(/13 Apr 2024.*45 min/);
  });

  it('shows a remembered mapping pre-filled, focuses Continue, and Enter goes straight on', async () => {
    const header = fs.readFileSync(path.join(FIXTURES, 'solidtime.csv'), 'utf8').split('\n')[0]!;
    const columns = header.match(/("[^"]*"|[^,]+)/g)!.map((c) => c.replace(/"/g, ''));
    // Remembered with Task as the note instead of Description: the step must show that, not a new guess.
    const mapping: ColumnMapping = { date: 5, duration: 8, durationUnit: 'hours', start: 5, end: 6, client: 3, project: 2, note: 1, billable: 9, billableYes: ['Yes'], dateOrder: 'ymd', decimalMark: '.' };
    useApp.setState({ settings: { ...useApp.getState().settings, importMappings: { [headerLineKey(columns)]: mapping } } });
    const user = await choose(fixture('solidtime.csv'));
    await step();
    expect(screen.getByTestId('mapping-remembered')).toHaveTextContent('Columns remembered from last time');
    // Folded: the preview and Continue, with the choices one click away.
    expect(screen.queryByLabelText('Duration')).toBeNull();
    expect(previewRows()[1]).toHaveTextContent(/Catálogo primavera\s*Maquetación/);
    expect(previewRows()[0]).not.toHaveTextContent('Moodboard');
    expect(continueButton()).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Change columns' }));
    expect(screen.getByLabelText<HTMLSelectElement>('Note').value).toBe('1');
    expect(screen.getByLabelText<HTMLSelectElement>('Duration').value).toBe('8');
    continueButton().focus();
    await user.keyboard('{Enter}');
    const preview = await screen.findByRole('region', { name: 'What this file would import' });
    // 1.5 + 2.3333 + 1.0833 + 1.25 h, each rounded to the minute.
    expect(within(preview).getByTestId('import-total')).toHaveTextContent('6 h 10 min');
  });

  it('leaves a tracker\'s own file alone: no mapping step', async () => {
    await choose(fixture('toggl-bom-amount.csv'));
    await screen.findByRole('region', { name: 'What this file would import' });
    expect(screen.queryByRole('region', { name: 'Which column is what?' })).toBeNull();
  });

  it('speaks Spanish', async () => {
    await i18n.changeLanguage('es');
    useApp.setState({ settings: { ...useApp.getState().settings, language: 'es' } });
    await choose(fixture('hoja-es.csv'));
    await screen.findByRole('region', { name: '¿Qué columna es cada cosa?' });
    expect(screen.getByLabelText('Fecha').tagName).toBe('SELECT');
    expect(screen.getByLabelText<HTMLSelectElement>('Los decimales van con').value).toBe(',');
    expect(previewRows()[2]).toHaveTextContent(/13 mar 2024.*45 min.*Estudio \(tiempo interno\).*Administración/);
  });
});
