import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOME_LIST_LIMIT, Home } from '../../renderer/src/screens/Home';
import { useApp } from '../../renderer/src/store';
import { i18n } from '../../renderer/src/i18n';
import { OPEN_INQUIRY_STATUSES, thisWeek } from '#shared/rules';
import { DEFAULT_SETTINGS } from '#shared/model';
import { generateDataset } from '../support/generate';

const TODAY = '2026-11-23';
// Ten years of work: every past client with delivered work is a follow-up.
const data = generateDataset({ entries: 100_000, endDate: TODAY, extras: true });
const settings = { ...DEFAULT_SETTINGS, language: 'en' as const };

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T10:00:00`));
  await i18n.changeLanguage('en');
  useApp.setState({ status: 'ready', data, settings, toasts: [], route: { name: 'home' } });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the home screen after ten years', () => {
  it('shows the first follow-ups and the rest on request, in the same order', async () => {
    const followUps = thisWeek(data, settings, TODAY).followUps;
    expect(followUps.length).toBeGreaterThan(HOME_LIST_LIMIT);
    const names = followUps.map((f) => data.clients.find((c) => c.id === f.clientId)!.name);
    render(<Home />);
    const card = screen.getByRole('heading', { name: 'Follow-ups due' }).closest('section')!;
    const shown = () => within(card).getAllByRole('listitem').map((li) => within(li).getByText((_, el) => el?.tagName === 'STRONG').textContent);

    expect(shown()).toEqual(names.slice(0, HOME_LIST_LIMIT));
    const more = within(card).getByRole('button', { name: `Show all ${followUps.length}` });
    expect(more).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(more);
    expect(shown()).toEqual(names);
    await userEvent.click(within(card).getByRole('button', { name: 'Show fewer' }));
    expect(shown()).toEqual(names.slice(0, HOME_LIST_LIMIT));
  });

  it('shows a short list whole, with no button', () => {
    // Three open inquiries only.
    const open = data.projects.filter((p) => OPEN_INQUIRY_STATUSES.includes(p.status));
    const few = { ...data, projects: data.projects.filter((p) => !open.slice(3).includes(p)) };
    useApp.setState({ data: few });
    render(<Home />);
    const inquiries = thisWeek(few, settings, TODAY).inquiriesWaiting;
    expect(inquiries).toHaveLength(3);
    const card = screen.getByRole('heading', { name: 'Inquiries waiting for an answer' }).closest('section')!;
    expect(within(card).queryAllByRole('listitem')).toHaveLength(inquiries.length);
    expect(within(card).queryByRole('button', { name: /^Show all/ })).toBeNull();
  });
});
