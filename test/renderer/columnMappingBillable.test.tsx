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

// A hand-made sheet where several people marked billable work each their own way.
const HEADER = 'Día;Horas;Proyecto;Cobrar';
const SHEET = [HEADER, '04/03/2024;1,5;Logo;Sí', '05/03/2024;2;Logo;x', '06/03/2024;1;Logo;No', '07/03/2024;0,5;Logo;1', '08/03/2024;1;Logo;', '09/03/2024;3;Logo;sí'].join('\n');

let calls: { channel: string; payload: unknown }[];

beforeEach(async () => {
  await i18n.changeLanguage('en');
  useApp.setState({ status: 'ready', data: dataset(), settings: { ...DEFAULT_SETTINGS, language: 'en', importMappings: {} }, toasts: [] });
  calls = fakeApi({
    updateSettings: (p) => ({ ...useApp.getState().settings, ...p }),
    getSettings: () => useApp.getState().settings,
  });
});

async function open(text = SHEET) {
  const user = userEvent.setup();
  const { container } = render(<ImportFlow onClose={() => undefined} />);
  await user.upload(container.querySelector<HTMLInputElement>('input[type="file"]')!, new File([text], 'hoja.csv', { type: 'text/csv' }));
  return user;
}
const previewBillable = () =>
  within(screen.getByTestId('mapping-preview'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.lastElementChild?.textContent);

describe('"billable when it says" in the column-mapping step', () => {
  it('offers every value the column holds, with the guessed yes values ticked, and counts each ticked one', async () => {
    const user = await open();
    await screen.findByRole('region', { name: 'Which column is what?' });
    await user.selectOptions(screen.getByLabelText('Dates are written'), 'Day/month/year');
    await user.selectOptions(screen.getByLabelText('Billable'), 'Cobrar · Sí');
    const group = screen.getByRole('group', { name: 'Billable when it says' });
    const boxes = within(group).getAllByRole('checkbox');
    // "Sí" and "sí" are one value; the empty cell is no value to tick (it is never billable).
    expect(boxes.map((b) => b.closest('label')?.textContent)).toEqual(['Sí', 'x', 'No', '1']);
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([true, true, false, true]);
    expect(previewBillable()).toEqual(['Yes', 'Yes', 'No', 'Yes', 'No', 'Yes']);

    await user.click(within(group).getByRole('checkbox', { name: '1' }));
    expect(previewBillable()).toEqual(['Yes', 'Yes', 'No', 'No', 'No', 'Yes']);
    await user.click(within(group).getByRole('checkbox', { name: 'No' }));
    expect(previewBillable()).toEqual(['Yes', 'Yes', 'Yes', 'No', 'No', 'Yes']);

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('region', { name: 'What this file would import' });
    const saved = calls.find((c) => c.channel === 'updateSettings')?.payload as { importMappings: Record<string, ColumnMapping> };
    expect(Object.values(saved.importMappings)[0]?.billableYes).toEqual(['Sí', 'x', 'No']);
  });

  it('reads an old remembered mapping with a single yes value as it was: that value ticked, the rest not', async () => {
    const old: ColumnMapping = { date: 0, duration: 1, durationUnit: 'hours', start: -1, end: -1, client: -1, project: 2, note: -1, billable: 3, billableYes: ['x'], dateOrder: 'dmy', decimalMark: ',' };
    useApp.setState({ settings: { ...useApp.getState().settings, importMappings: { [headerLineKey(HEADER.split(';'))]: old } } });
    const user = await open();
    await screen.findByTestId('mapping-remembered');
    expect(previewBillable()).toEqual(['No', 'Yes', 'No', 'No', 'No', 'No']);
    await user.click(screen.getByRole('button', { name: 'Change columns' }));
    const group = screen.getByRole('group', { name: 'Billable when it says' });
    expect(within(group).getAllByRole('checkbox').filter((b) => (b as HTMLInputElement).checked).map((b) => b.closest('label')?.textContent)).toEqual(['x']);
  });

  it('says everything counts as billable without a column, and speaks Spanish', async () => {
    await i18n.changeLanguage('es');
    useApp.setState({ settings: { ...useApp.getState().settings, language: 'es' } });
    const user = await open();
    await screen.findByRole('region', { name: '¿Qué columna es cada cosa?' });
    await user.selectOptions(screen.getByLabelText('Facturable'), '— Ninguna —');
    const group = screen.getByRole('group', { name: 'Es facturable cuando dice' });
    expect(within(group).queryAllByRole('checkbox')).toEqual([]);
    expect(group).toHaveTextContent('Sin columna de facturable: todo cuenta como facturable.');
    await user.selectOptions(screen.getByLabelText('Facturable'), 'Cobrar · Sí');
    expect(within(group).getByRole('checkbox', { name: 'Sí' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'No' })).not.toBeChecked();
    expect(group).toHaveTextContent('Marca cada valor que signifique facturable');
  });
});
