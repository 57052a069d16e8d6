import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ImportFlow } from '../../renderer/src/screens/import/ImportFlow';
import { useApp } from '../../renderer/src/store';
import { fakeApi } from './store/support';
import { i18n } from '../../renderer/src/i18n';
import { DEFAULT_SETTINGS, type Language } from '#shared/model';
import { dataset } from '../support/builders';

/** ClientFit's own CSV with `days` full days of work (24 h each), one per date from 2000-01-01. */
function longHistory(days: number): string {
  const lines = ['date,client,project,minutes,billable,note'];
  const start = Date.UTC(2000, 0, 1);
  for (let i = 0; i < days; i++) lines.push(`${new Date(start + i * 86_400_000).toISOString().slice(0, 10)},Acme,Web,1440,yes,`);
  return lines.join('\n');
}

const CLOCKIFY_TEMPLATE = [
  'Email,Project,Client,Task,Description,Billable,Start Date,Start Time,Duration,Tags',
  'lucia@estudioferrer.es,Identidad visual,Panadería La Espiga,Diseño,Bocetos de logotipo,Yes,03/04/2024,9:00 AM,2:30,',
].join('\n');

async function choose(name: string, content: string, region: string) {
  const user = userEvent.setup();
  const { container } = render(<ImportFlow onClose={() => undefined} />);
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  await user.upload(input, new File([content], name, { type: 'text/csv' }));
  await screen.findByRole('region', { name: region }, { timeout: 5000 });
}

async function speak(language: Language) {
  await i18n.changeLanguage(language);
  useApp.setState({ status: 'ready', data: dataset({}), settings: { ...DEFAULT_SETTINGS, language }, toasts: [] });
}

beforeEach(() => {
  fakeApi({ getSettings: () => useApp.getState().settings });
});

describe('the import preview names and totals', () => {
  it("calls Clockify's import template Clockify, not Toggl Track", async () => {
    await speak('en');
    await choose('clockify-template.csv', CLOCKIFY_TEMPLATE, 'What this file would import');
    expect(screen.getByTestId('import-summary')).toHaveTextContent('Read as Clockify');
    expect(screen.getByTestId('import-summary')).not.toHaveTextContent('Toggl');
  });

  it('groups the thousands of a long history’s total in English', async () => {
    await speak('en');
    await choose('history.csv', longHistory(500), 'What this file would import');
    expect(screen.getByTestId('import-total')).toHaveTextContent('12,000 h');
    expect(screen.getByRole('button', { name: /^Import 500 entries/ })).toHaveTextContent('12,000 h');
  });

  it('and in Spanish', async () => {
    await speak('es');
    await choose('historial.csv', longHistory(500), 'Lo que importaría este archivo');
    expect(screen.getByTestId('import-total')).toHaveTextContent('12.000 h');
    // Whole hours: the card does not say 12.000 h a second time in decimals.
    expect(screen.getByTestId('import-total').parentElement!.textContent).toBe('Tiempo total12.000 h');
    expect(screen.getByTestId('import-summary')).toHaveTextContent('Leído como CSV de ClientFit');
  });
});
