/**
 * The e-mail fields of clients and colleagues take one address: a list, a line break or a
 * query is stopped in the form with a sentence in the person's language, and nothing is sent.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientForm } from '../../renderer/src/screens/ClientForm';
import { Colleagues } from '../../renderer/src/screens/Colleagues';
import { useApp } from '../../renderer/src/store';
import { i18n } from '../../renderer/src/i18n';
import { DEFAULT_SETTINGS, EMPTY_DATASET } from '#shared/model';

const createClient = vi.fn(async (input: Record<string, unknown>) => ({ id: 'c1', star: false, createdAt: '2026-01-01', ...input }));
const createColleague = vi.fn(async (input: Record<string, unknown>) => ({ id: 'k1', ...input }));

beforeEach(() => {
  createClient.mockClear();
  createColleague.mockClear();
  useApp.setState({
    status: 'ready',
    data: EMPTY_DATASET,
    settings: { ...DEFAULT_SETTINGS },
    createClient: createClient as never,
    createColleague: createColleague as never,
  });
});

describe('e-mail fields', () => {
  it('stops a client with two addresses, in Spanish, and saves one address', async () => {
    await i18n.changeLanguage('es');
    const user = userEvent.setup();
    render(<ClientForm onDone={() => undefined} />);
    await user.type(screen.getByLabelText('Nombre'), 'Bodega Norte');
    await user.type(screen.getByLabelText('Correo'), 'x@y.com,spy@evil.com');
    await user.click(screen.getByRole('button', { name: i18n.t('clients.form.create') }));
    expect(await screen.findByText('Escribe una sola dirección, como nombre@ejemplo.com, sin comas ni espacios.')).toBeInTheDocument();
    expect(screen.getByLabelText('Correo')).toHaveAttribute('aria-invalid', 'true');
    expect(createClient).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('Correo'));
    await user.type(screen.getByLabelText('Correo'), 'carmen@bodeganorte.example');
    await user.click(screen.getByRole('button', { name: i18n.t('clients.form.create') }));
    expect(createClient).toHaveBeenCalledWith(expect.objectContaining({ email: 'carmen@bodeganorte.example' }));
  });

  it('stops a colleague with a query in the address, in English', async () => {
    await i18n.changeLanguage('en');
    const user = userEvent.setup();
    render(<Colleagues />);
    await user.click(screen.getAllByRole('button', { name: 'Add colleague' })[0]!);
    await user.type(screen.getByLabelText('Name'), 'Marta');
    await user.type(screen.getByLabelText('Email'), 'marta@studio.example?bcc=spy@evil.com');
    await user.click(screen.getAllByRole('button', { name: 'Add colleague' }).at(-1)!);
    expect(await screen.findByText('Write one address, such as name@example.com, with no commas or spaces.')).toBeInTheDocument();
    expect(createColleague).not.toHaveBeenCalled();
  });
});
