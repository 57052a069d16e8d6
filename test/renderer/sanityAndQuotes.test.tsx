import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ManualEntry } from '../../renderer/src/screens/Time';
import { ProjectForm } from '../../renderer/src/screens/ProjectForm';
import { LetterComposer } from '../../renderer/src/screens/LetterComposer';
import { Inquiries } from '../../renderer/src/screens/Inquiries';
import { Toasts } from '../../renderer/src/components/Toasts';
import { useApp } from '../../renderer/src/store';
import { i18n } from '../../renderer/src/i18n';
import { DEFAULT_SETTINGS, type Dataset } from '#shared/model';
import { stubApi, type ApiCall } from './support/apiStub';
import { client, dataset, project } from '../support/builders';

const data: Dataset = dataset({
  clients: [
    client('c1', { name: 'Hotel Brisa', status: 'prospect', createdAt: '2026-11-01', email: 'hola@brisa.es' }),
    client('studio', { name: 'Estudio', source: 'other', createdAt: '2026-01-01', internal: true }),
  ],
  projects: [
    project('p1', 'c1', { title: 'Identidad', pricing: { mode: 'fixed', amount: 200000 }, estimatedHours: 45, status: 'inquiry', createdAt: '2026-11-20' }),
    project('admin', 'studio', { title: 'Administración', kind: 'internal', pricing: { mode: 'hourly', rate: 0 }, status: 'in-progress', createdAt: '2026-01-01' }),
  ],
});

let calls: ApiCall[];
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-04T10:00:00'));
  await i18n.changeLanguage('es');
  useApp.setState({ status: 'ready', data, settings: { ...DEFAULT_SETTINGS, language: 'es' }, toasts: [] });
  calls = stubApi();
});
afterEach(() => {
  vi.useRealTimers();
});
const writes = () => calls.filter((c) => !c.channel.startsWith('get'));

describe('sanity questions in the forms', () => {
  it('asks before logging hours dated in 2099, and logs them only after Confirm', async () => {
    const user = userEvent.setup();
    render(<ManualEntry />);
    await user.clear(screen.getByLabelText('Fecha'));
    await user.type(screen.getByLabelText('Fecha'), '2099-12-31');
    await user.type(screen.getByLabelText('Duración'), '1:30');
    await user.click(screen.getByRole('button', { name: 'Registrar' }));
    const question = screen.getByTestId('sanity-question');
    expect(question).toHaveTextContent(/31 dic 2099 es dentro de \d+ días: ¿seguro que es la fecha\?/);
    expect(writes()).toEqual([]);
    await user.click(within(question).getByRole('button', { name: 'Sí, guardar así' }));
    expect(writes()).toEqual([{ channel: 'logTime', payload: expect.objectContaining({ date: '2099-12-31', minutes: 90 }) }]);
  });

  it('refuses a date before 1970 outright, in words', async () => {
    const user = userEvent.setup();
    render(<ManualEntry />);
    await user.clear(screen.getByLabelText('Fecha'));
    await user.type(screen.getByLabelText('Fecha'), '1900-01-01');
    await user.type(screen.getByLabelText('Duración'), '1:30');
    await user.click(screen.getByRole('button', { name: 'Registrar' }));
    expect(screen.getByText('Usa una fecha entre 1970 y 2100.')).toBeInTheDocument();
    expect(writes()).toEqual([]);
  });

  it('asks before saving a budget a hundred times the target rate, and Fix leaves the form to correct', async () => {
    const user = userEvent.setup();
    const done = vi.fn();
    render(<ProjectForm clientId="c1" onDone={done} />);
    await user.type(screen.getByLabelText('Título'), 'Web');
    await user.type(screen.getByLabelText('Importe'), '999.999.999');
    await user.type(screen.getByLabelText('Estimación (horas)'), '10');
    await user.click(screen.getByRole('button', { name: 'Añadir proyecto' }));
    const question = screen.getByTestId('sanity-question');
    expect(question).toHaveTextContent('más de cien veces tu tarifa objetivo (60 €/h)');
    expect(writes()).toEqual([]);
    await user.click(within(question).getByRole('button', { name: 'Corregir' }));
    expect(screen.queryByTestId('sanity-question')).toBeNull();
    expect(writes()).toEqual([]);
    expect(done).not.toHaveBeenCalled();
  });

  it('says why a typed amount cannot be read', async () => {
    const user = userEvent.setup();
    render(<ProjectForm clientId="c1" onDone={() => {}} />);
    await user.type(screen.getByLabelText('Título'), 'Web');
    await user.type(screen.getByLabelText('Importe'), '1500,505');
    await user.click(screen.getByRole('button', { name: 'Añadir proyecto' }));
    expect(screen.getByText('Como mucho dos decimales (céntimos), por ejemplo 1.500,50.')).toBeInTheDocument();
    expect(writes()).toEqual([]);
  });
});

describe('the inquiry form', () => {
  // A whole inquiry typed by hand: a longer run than the other component tests.
  it('asks about a budget of 999.999.999 € for 10 h before saving anything, from whichever button saves it', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    render(<Inquiries fresh />);
    await user.type(screen.getByRole('combobox', { name: 'Nombre' }), 'Ana López');
    await user.type(screen.getByLabelText('Título'), 'Logo');
    await user.type(screen.getByLabelText('Presupuesto', { exact: true }), '999.999.999');
    await user.type(screen.getByLabelText('Tu estimación (horas)'), '10');
    await user.click(screen.getByRole('button', { name: 'Guardar consulta' }));
    expect(screen.getByTestId('sanity-question')).toHaveTextContent('999.999.999 € por 10 h son 100.000.000 €/h, más de cien veces tu tarifa objetivo (60 €/h)');
    expect(writes()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Aceptar' }));
    expect(screen.getAllByTestId('sanity-question')).toHaveLength(1);
    expect(writes()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Sí, guardar así' }));
    expect(writes().map((c) => c.channel)).toEqual(expect.arrayContaining(['createClient', 'createProject']));
  });
});

describe('the time form and the studio', () => {
  it("offers the studio's projects apart and marks their time as not billable", async () => {
    const user = userEvent.setup();
    render(<ManualEntry />);
    const picker = screen.getByLabelText('Proyecto');
    expect(within(picker).getByRole('group', { name: 'Estudio · tiempo interno' })).toHaveTextContent('Administración');
    await user.selectOptions(picker, 'admin');
    expect(screen.getByLabelText('Facturable')).not.toBeChecked();
  });
});

describe('a counter-offer', () => {
  it('proposes the price that pays the target rate and records it as the quote when copied, in one update', async () => {
    const user = userEvent.setup();
    render(
      <>
        <LetterComposer kind="counter-offer" clientId="c1" projectId="p1" />
        <Toasts />
      </>,
    );
    const price = screen.getByLabelText('Precio que propones');
    expect(price).toHaveValue('2700');
    // A new price writes the letter again with it.
    await user.clear(price);
    await user.type(price, '2.500{Enter}');
    expect(price).toHaveValue('2500');
    expect((screen.getByLabelText('Carta') as HTMLTextAreaElement).value.replace(/\u00a0/g, ' ')).toContain('2.500 € + IVA'); // letters group thousands and name the tax
    await user.click(screen.getByRole('button', { name: /^Copiar/ }));
    await screen.findByText('Copiada. Pégala en tu correo.');
    const updates = calls.filter((c) => c.channel === 'updateProject');
    expect(updates).toEqual([{ channel: 'updateProject', payload: { id: 'p1', status: 'quoted', quote: { amount: 250000, sentAt: '2026-12-04' } } }]);
  });

  it('will not send a price that cannot be read', async () => {
    const user = userEvent.setup();
    render(<LetterComposer kind="counter-offer" clientId="c1" projectId="p1" />);
    const price = screen.getByLabelText('Precio que propones');
    await user.clear(price);
    await user.type(price, 'mucho{Enter}');
    expect(screen.getByText('No se lee como una cantidad. Escríbela como 1.500 o 1.500,50.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Copiar/ }));
    expect(writes()).toEqual([]);
  });
});
