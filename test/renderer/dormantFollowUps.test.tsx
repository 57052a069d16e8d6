import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FollowUps } from '../../renderer/src/screens/review/FollowUps';
import { LetterComposer } from '../../renderer/src/screens/LetterComposer';
import { useApp } from '../../renderer/src/store';
import { i18n } from '../../renderer/src/i18n';
import { DEFAULT_SETTINGS, type Dataset, type Language } from '#shared/model';
import { client, dataset, project } from '../support/builders';

// Bodega Norte's packaging was delivered in spring 2024; nothing since: a dormant relationship in March 2027.
const data: Dataset = dataset({
  clients: [client('old', { name: 'Bodega Norte', contactName: 'Marta Gil', status: 'past', createdAt: '2024-01-10', lastContactAt: '2024-05-01' })],
  projects: [project('label', 'old', { title: 'Etiquetas Norte', kind: 'packaging', status: 'delivered', createdAt: '2024-01-10', deadline: '2024-04-30' })],
});

async function showDormant(language: Language) {
  await i18n.changeLanguage(language);
  useApp.setState({ status: 'ready', data, settings: { ...DEFAULT_SETTINGS, language, yourName: 'Clara Ruiz' } });
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  render(<FollowUps />);
  await user.click(screen.getByText(language === 'es' ? '1 relación dormida' : '1 dormant relationship'));
  return { user, item: within(screen.getByRole('list', { name: language === 'es' ? '1 relación dormida' : '1 dormant relationship' })).getByRole('listitem', { name: 'Bodega Norte' }) };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-03-01T10:00:00'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a dormant relationship in the review', () => {
  it('in Spanish: the time since the last contact, and a check-in that greets a past client, not a prospect', async () => {
    const { user, item } = await showDormant('es');
    const pill = item.querySelector('.pill')!;
    expect(pill).toHaveTextContent('1034 días desde el último contacto');
    // Every dormant relationship is old: a warning colour on each would say nothing.
    expect(pill).not.toHaveClass('caution');
    const preview = item.querySelector('.letter-preview')!;
    expect(preview).toHaveTextContent('¿Qué tal todo desde «Etiquetas Norte»?');
    expect(preview).not.toHaveTextContent(/pensar en mí para|en qué punto|sigue en pie/);

    await user.click(within(item).getByRole('button', { name: 'Escribir la carta a Bodega Norte' }));
    expect(useApp.getState().route).toEqual({ name: 'letter', kind: 'check-in', clientId: 'old', projectId: 'label' });
  });

  it('in English, and the letter goes back to the review it came from', async () => {
    const { item } = await showDormant('en');
    expect(item.querySelector('.pill')).toHaveTextContent('1034 days since contact');
    expect(item.querySelector('.letter-preview')).toHaveTextContent('It’s been a while since “Etiquetas Norte”');

    render(<LetterComposer kind="check-in" clientId="old" projectId="label" />);
    expect(screen.getByRole('button', { name: /Review/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Pipeline/ })).toBeNull();
  });
});
