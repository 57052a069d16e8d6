import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DataSection } from '../../renderer/src/screens/import/DataSection';
import { Toasts } from '../../renderer/src/components/Toasts';
import { useApp } from '../../renderer/src/store';
import { clearUndo, undoLast } from '../../renderer/src/store/undo';
import { fakeApi } from './store/support';
import { dataset } from '../support/builders';
import { i18n } from '../../renderer/src/i18n';
import { DEFAULT_SETTINGS, type ColumnMapping, type Language } from '#shared/model';
import { headerLineKey, mappedColumnNames } from '#shared/csv/mapping';
import type { PayloadOf } from '#shared/ipc/contract';

const SHEET = ['Día', 'Horas', 'Proyecto', 'Cobrar'];
const sheet: ColumnMapping = { date: 0, duration: 1, durationUnit: 'hours', start: -1, end: -1, client: -1, project: 2, note: -1, billable: 3, billableYes: ['Sí'], dateOrder: 'dmy', decimalMark: ',' };
const KIMAI = ['Date', 'From', 'To', 'Duration', 'Customer', 'Project', 'Description'];
const kimai: ColumnMapping = { ...sheet, date: 0, start: 1, end: 2, duration: 3, client: 4, project: 5, note: 6, billable: -1, billableYes: [], dateOrder: 'ymd', decimalMark: '.' };

// Oldest first, as they are kept: the sheet was remembered before names and days were kept.
const remembered = {
  [headerLineKey(SHEET)]: sheet,
  [headerLineKey(KIMAI)]: { ...kimai, usedAt: '2026-12-01', columnNames: mappedColumnNames(KIMAI, kimai) },
};

let saves: PayloadOf<'updateSettings'>[];

async function setUp(language: Language, importMappings: Record<string, ColumnMapping>) {
  await i18n.changeLanguage(language);
  clearUndo();
  useApp.setState({ status: 'ready', data: dataset(), settings: { ...DEFAULT_SETTINGS, language, importMappings }, toasts: [] });
  saves = [];
  fakeApi({
    updateSettings: (p) => {
      saves.push(p);
      return { ...useApp.getState().settings, ...p };
    },
  });
  render(
    <>
      <DataSection />
      <Toasts />
    </>,
  );
  return userEvent.setup();
}

const items = () => within(screen.getByRole('list', { name: 'Files whose columns are remembered' })).queryAllByRole('listitem');

describe('Settings › Your data › Remembered columns', () => {
  it('lists each remembered header line, newest first, with its columns and the day last used', async () => {
    await setUp('en', remembered);
    const [first, second] = items();
    expect(first).toHaveTextContent(/Date\s*Date\s*Duration\s*Duration\s*Start\s*From\s*End\s*To\s*Client\s*Customer.*Project\s*Project.*Note\s*Description/);
    expect(first).toHaveTextContent('Last used 1 Dec 2026 · 7 columns in the file');
    // An older mapping has no day: it says only what it knows.
    expect(second).toHaveTextContent(/Date\s*dia.*Duration\s*horas.*Project\s*proyecto.*Billable\s*cobrar/);
    expect(second).toHaveTextContent('4 columns in the file');
    expect(second).not.toHaveTextContent('Last used');
  });

  it('forgets one through the settings save, and Undo puts it back in its place', async () => {
    const user = await setUp('en', remembered);
    await user.click(screen.getByRole('button', { name: 'Forget the columns of Date, Duration, From, To, Customer, Project, Description' }));
    expect(Object.keys(saves.at(-1)!.importMappings!)).toEqual([headerLineKey(SHEET)]);
    expect(items()).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'Remembered columns' })).toHaveFocus();
    expect(screen.getByText('Forgot the columns of Date, Duration, From, To, Customer, Project, Description: the next such file will ask again.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText(/Last used 1 Dec 2026/);
    expect(Object.keys(useApp.getState().settings.importMappings!)).toEqual(Object.keys(remembered));
    expect(useApp.getState().settings.importMappings).toEqual(remembered);
  });

  it('forgets all at once, shows what the place is for, and Ctrl+Z (the undo stack) brings them all back', async () => {
    const user = await setUp('en', remembered);
    await user.click(screen.getByRole('button', { name: 'Forget all' }));
    expect(saves.at(-1)!.importMappings).toEqual({});
    expect(screen.getByText('No columns remembered yet. They appear here once you import a CSV from Kimai, solidtime or a spreadsheet.')).toBeInTheDocument();
    expect(screen.getByText('Forgot the columns of 2 kinds of file.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Forget all' })).toBeNull();
    expect(await undoLast()).toBe(true);
    await screen.findByText(/Last used 1 Dec 2026/);
    expect(items()).toHaveLength(2);
    expect(useApp.getState().settings.importMappings).toEqual(remembered);
  });

  it('changes nothing and says so when the save is refused', async () => {
    const user = await setUp('en', remembered);
    fakeApi({});
    await user.click(screen.getByRole('button', { name: 'Forget all' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(items()).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('speaks Spanish, with an empty state and one mapping (no "Forget all" for one)', async () => {
    const user = await setUp('es', { [headerLineKey(SHEET)]: { ...sheet, usedAt: '2026-12-04', columnNames: mappedColumnNames(SHEET, sheet) } });
    expect(screen.getByRole('heading', { name: 'Columnas recordadas' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Archivos cuyas columnas se recuerdan' });
    expect(list).toHaveTextContent(/Fecha\s*Día.*Duración\s*Horas.*Proyecto\s*Proyecto.*Facturable\s*Cobrar/);
    expect(list).toHaveTextContent('Usadas por última vez el 4 dic 2026 · 4 columnas en el archivo');
    expect(screen.queryByRole('button', { name: 'Olvidar todas' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Olvidar las columnas de Día, Horas, Proyecto, Cobrar' }));
    expect(screen.getByText('Columnas de Día, Horas, Proyecto, Cobrar olvidadas: el próximo archivo así volverá a preguntar.')).toBeInTheDocument();
    expect(screen.getByText('Aún no hay columnas recordadas. Aparecerán aquí cuando importes un CSV de Kimai, solidtime o una hoja de cálculo.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Deshacer' })).toBeInTheDocument();
  });
});
