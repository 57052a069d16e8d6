import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LetterComposer } from '../../renderer/src/screens/LetterComposer';
import { Letters } from '../../renderer/src/screens/Letters';
import { useApp } from '../../renderer/src/store';
import { i18n } from '../../renderer/src/i18n';
import { DEFAULT_SETTINGS, type Dataset } from '#shared/model';
import { en, es } from '#shared/texts/letters';
import { sent, stubApi, type ApiCall } from './support/apiStub';
import { client, dataset, project } from '../support/builders';

const APOLOGIES = /sorry|apologi[sz]e|regret|lo siento|disculp|perd[oó]n|lamento/i;

const data: Dataset = dataset({
  clients: [
    client('lume', { name: 'Casa Lume', email: 'hola@casalume.es', status: 'prospect', createdAt: '2026-01-01' }),
    client('norte', { name: 'Bodega Norte', createdAt: '2025-01-01' }),
  ],
  projects: [
    project('shop', 'lume', { title: 'Online shop', kind: 'web', pricing: { mode: 'fixed', amount: 300000 }, estimatedHours: 40, status: 'inquiry', createdAt: '2026-01-02' }),
    project('logo', 'lume', { title: 'Logo', pricing: { mode: 'fixed', amount: 90000 }, estimatedHours: 12, status: 'inquiry', createdAt: '2026-01-03' }),
  ],
  colleagues: [
    { id: 'ana', name: 'Ana Ruiz', specialties: ['web'], languages: ['es'], email: 'ana@ruiz.dev' },
    { id: 'ben', name: 'Ben Hart', specialties: ['web', 'ux'], languages: ['en'], website: 'hart.studio' },
  ],
});

let calls: ApiCall[];
beforeEach(async () => {
  await i18n.changeLanguage('en');
  calls = stubApi();
  useApp.setState({
    status: 'ready',
    data,
    settings: { ...DEFAULT_SETTINGS, language: 'en', formality: 'tu', yourName: 'Marta Gil', specialties: ['branding'] },
    toasts: [],
  });
});

const subject = () => screen.getByLabelText('Subject') as HTMLInputElement;
const body = () => screen.getByLabelText('Letter') as HTMLTextAreaElement;

describe('the letter composer', () => {
  it('opens the decline already written, naming the colleague who speaks its language, and the language switch rewrites it', async () => {
    const user = userEvent.setup();
    render(<LetterComposer kind="decline" clientId="lume" projectId="shop" reason="specialty" />);
    expect(subject().value).toBe('About “Online shop”');
    // No contact person: the letter greets nobody by name, never the company as if it were a person.
    expect(body().value).toMatch(/^Hello,\n/);
    expect(screen.getByTestId('greeting')).toHaveTextContent('There is no contact person, so it greets nobody by name: “Hello,”.');
    expect(en.decline.reason.specialty.some((w) => body().value.includes(w))).toBe(true);
    expect(body().value).toContain('Ben Hart (hart.studio)');
    expect(body().value).not.toContain('Ana Ruiz');
    expect(body().value).toMatch(/Marta Gil$/);
    expect(body().value).not.toMatch(APOLOGIES);
    expect(screen.getByTestId('referred')).toHaveTextContent('Ben Hart');

    await user.click(screen.getByRole('button', { name: 'Español' }));
    expect(subject().value).toBe('Sobre «Online shop»');
    expect(body().value).toMatch(/^Hola:\n/);
    expect(body().value).toContain('Ana Ruiz (ana@ruiz.dev)');
    expect(body().value).not.toMatch(APOLOGIES);
    expect(screen.getByTestId('referred')).toHaveTextContent('Ana Ruiz');

    // The reason switch rewrites it too.
    await user.click(screen.getByRole('button', { name: 'No time' }));
    expect(es.decline.reason.capacity.tu.some((w) => body().value.includes(w))).toBe(true);
  });

  it('asks before rewriting an edited letter, and keeps the edit when told to', async () => {
    const user = userEvent.setup();
    render(<LetterComposer kind="decline" clientId="lume" projectId="shop" />);
    await user.type(body(), '\nP.S. Good luck with the launch.');
    await user.click(screen.getByRole('button', { name: 'Español' }));
    const dialog = screen.getByRole('dialog', { name: 'Write the letter again?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep my edits' }));
    expect(body().value).toContain('P.S. Good luck with the launch.');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Español' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Write it again' }));
    expect(body().value).not.toContain('P.S.');
    expect(subject().value).toBe('Sobre «Online shop»');

    await user.type(subject(), '!');
    await user.click(screen.getByRole('button', { name: 'Reset to the draft' }));
    expect(subject().value).toBe('Sobre «Online shop»');
  });

  it('copies subject and body through the store, records the letter and declines the inquiry and the prospect', async () => {
    const user = userEvent.setup();
    render(<LetterComposer kind="decline" clientId="lume" projectId="shop" reason="specialty" />);
    await user.clear(subject());
    await user.type(subject(), 'Your online shop');
    await user.click(screen.getByRole('button', { name: /^Copy/ }));
    await expect.poll(() => sent(calls, 'createLetter').length).toBe(1);
    const text = (sent(calls, 'copyText')[0]!.text as string);
    expect(text).toBe(`Your online shop\n\n${body().value}`);
    expect(sent(calls, 'createLetter')[0]).toEqual({ kind: 'decline', clientId: 'lume', projectId: 'shop', language: 'en', subject: 'Your online shop', body: body().value, requestId: expect.any(String) });
    await expect.poll(() => sent(calls, 'updateClient')).toEqual([{ id: 'lume', lastContactAt: expect.any(String), status: 'declined' }]);
    expect(sent(calls, 'updateProject')).toEqual([{ id: 'shop', status: 'declined' }]);
    expect(useApp.getState().data.letters).toHaveLength(1);
    expect(useApp.getState().toasts.at(-1)?.message).toBe('Copied. Paste it into your email.');
    expect(screen.getByText('Saved in your letters.')).toBeInTheDocument();

    // Copying the same text again copies, without recording it twice.
    await user.keyboard('{Control>}{Enter}{/Control}');
    await expect.poll(() => sent(calls, 'copyText').length).toBe(2);
    expect(sent(calls, 'createLetter')).toHaveLength(1);
  });

  it('opens the mail app with the letter when the client has an email, and never changes status on a farewell', async () => {
    useApp.setState({ data: { ...data, clients: data.clients.map((c) => (c.id === 'lume' ? { ...c, status: 'active' as const } : c)) } });
    const user = userEvent.setup();
    render(<LetterComposer kind="farewell" clientId="lume" projectId="logo" />);
    await user.click(screen.getByRole('button', { name: 'Open in mail app' }));
    await expect.poll(() => sent(calls, 'createLetter').length).toBe(1);
    const url = sent(calls, 'openExternal')[0]!.url as string;
    expect(url.startsWith('mailto:hola@casalume.es?subject=')).toBe(true);
    expect(decodeURIComponent(url)).toContain(body().value.replace(/\n/g, '\r\n'));
    expect(sent(calls, 'updateProject')).toEqual([]);
    expect(sent(calls, 'updateClient')).toEqual([{ id: 'lume', lastContactAt: expect.any(String) }]);
  });

  it('suggests the kind of specialist when no colleague matches, with a way to add one', async () => {
    useApp.setState({ data: { ...data, colleagues: [] } });
    const user = userEvent.setup();
    render(<LetterComposer kind="decline" clientId="lume" projectId="shop" />);
    expect(screen.getByTestId('referred')).toHaveTextContent('No colleague of yours covers “Web” in this language, so the letter suggests looking for a web developer.');
    expect(body().value).toContain('a web developer');
    await user.click(screen.getByRole('button', { name: 'Add a colleague' }));
    expect(useApp.getState().route).toEqual({ name: 'colleagues' });
  });

  it('never sends people to a specialist in your own specialty', () => {
    render(<LetterComposer kind="decline" clientId="lume" projectId="logo" />);
    expect(screen.getByTestId('referred')).toHaveTextContent('“Branding” is one of your specialties and none of your colleagues covers it in this language, so the letter recommends no one.');
    expect(body().value).not.toContain('brand identity designer');
  });

  it('shows whom the letter greets and saves the contact typed there to the client', async () => {
    const user = userEvent.setup();
    render(<LetterComposer kind="decline" clientId="lume" projectId="shop" />);
    await user.type(screen.getByLabelText('Contact person'), 'Laura Vidal');
    await user.click(within(screen.getByTestId('greeting')).getByRole('button', { name: 'Save' }));
    await expect.poll(() => sent(calls, 'updateClient')).toEqual([{ id: 'lume', contactName: 'Laura Vidal' }]);
    await expect.poll(() => body().value.split('\n')[0]).toBe('Hi Laura,');
    expect(screen.getByTestId('greeting')).toHaveTextContent('Greets Laura: “Hi Laura,”');
  });

  it('swaps the greeting of an edited letter when the contact is saved, keeping the edits', async () => {
    const user = userEvent.setup();
    render(<LetterComposer kind="decline" clientId="lume" projectId="shop" />);
    await user.type(body(), '\nP.S. See you at the fair.');
    await user.type(screen.getByLabelText('Contact person'), 'Laura Vidal');
    await user.click(within(screen.getByTestId('greeting')).getByRole('button', { name: 'Save' }));
    await expect.poll(() => body().value.split('\n')[0]).toBe('Hi Laura,');
    expect(body().value).toMatch(/P\.S\. See you at the fair\.$/);
  });

  it('gives another wording on request, asking first when the letter was edited', async () => {
    const user = userEvent.setup();
    render(<LetterComposer kind="decline" clientId="lume" projectId="shop" />);
    const first = body().value;
    await user.click(screen.getByRole('button', { name: 'Another wording' }));
    const second = body().value;
    expect(second).not.toBe(first);
    expect(second.split('\n')[0]).toBe(first.split('\n')[0]);
    await user.type(body(), '!');
    await user.click(screen.getByRole('button', { name: 'Another wording' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Keep my edits' }));
    expect(body().value).toBe(`${second}!`);
  });

  it('warns with a way to Settings when the letter would go out unsigned', async () => {
    useApp.setState({ settings: { ...useApp.getState().settings, yourName: '', businessName: '', signature: '' } });
    const user = userEvent.setup();
    render(<LetterComposer kind="decline" clientId="lume" projectId="shop" />);
    expect(screen.getByTestId('unsigned')).toHaveTextContent('This letter would go out unsigned');
    await user.click(screen.getByRole('button', { name: 'Add them in Settings' }));
    expect(useApp.getState().route).toEqual({ name: 'settings' });
  });

  it('has no unsigned warning when the letter is signed', () => {
    render(<LetterComposer kind="decline" clientId="lume" projectId="shop" />);
    expect(screen.queryByTestId('unsigned')).toBeNull();
    expect(body().value).toMatch(/\nMarta Gil$/);
  });

  it('lets a follow-up ask for a testimonial instead of a referral', async () => {
    const delivered = { ...data, projects: data.projects.map((p) => (p.id === 'logo' ? { ...p, status: 'delivered' as const } : p)) };
    useApp.setState({ data: delivered });
    const user = userEvent.setup();
    render(<LetterComposer kind="follow-up" clientId="lume" projectId="logo" />);
    expect(en.followUp.referral.some((w) => body().value.includes(w))).toBe(true);
    await user.click(screen.getByRole('button', { name: 'A testimonial' }));
    expect(en.followUp.testimonial.some((w) => body().value.includes(w))).toBe(true);
    expect(en.followUp.referral.some((w) => body().value.includes(w))).toBe(false);
  });

  it('offers a colleague in a counter-offer only when ticked', async () => {
    const user = userEvent.setup();
    render(<LetterComposer kind="counter-offer" clientId="lume" projectId="shop" />);
    expect(body().value).not.toContain('Ben Hart');
    await user.click(screen.getByRole('checkbox', { name: 'Also offer a colleague' }));
    expect(body().value).toContain('Ben Hart (hart.studio)');
  });
});

describe('the letters history', () => {
  const letters: Dataset['letters'] = [
    { id: 'l1', kind: 'decline', clientId: 'lume', projectId: 'shop', language: 'en', subject: 'About the shop', body: 'Hi Casa Lume,\n\nThank you.', createdAt: '2026-01-05' },
    { id: 'l2', kind: 'check-in', clientId: 'norte', language: 'es', subject: '¿Cómo va?', body: 'Hola, Bodega Norte:', createdAt: '2026-02-01' },
  ];

  it('lists letters newest first, filters by kind and client, copies again and deletes with undo', async () => {
    useApp.setState({ data: { ...data, letters } });
    const user = userEvent.setup();
    render(<Letters />);
    const list = screen.getByRole('navigation', { name: 'Sent letters' });
    const items = within(list).getAllByRole('button');
    expect(items.map((b) => b.querySelector('.letter-item-subject')?.textContent)).toEqual(['¿Cómo va?', 'About the shop']);
    expect(screen.getByRole('heading', { name: '¿Cómo va?' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Kind of letter'), 'Decline');
    expect(within(list).getAllByRole('button')).toHaveLength(1);
    expect(screen.getByTestId('letter-body')).toHaveTextContent('Thank you.');
    await user.selectOptions(screen.getByLabelText('Kind of letter'), 'All kinds');
    await user.type(screen.getByRole('searchbox', { name: 'Search by client' }), 'bodega');
    await expect.poll(() => within(list).getAllByRole('button')).toHaveLength(1);
    await user.clear(screen.getByRole('searchbox', { name: 'Search by client' }));

    await user.click(within(list).getByRole('button', { name: /About the shop/ }));
    await user.click(screen.getByRole('button', { name: 'Copy again' }));
    await expect.poll(() => sent(calls, 'copyText')).toEqual([{ text: 'About the shop\n\nHi Casa Lume,\n\nThank you.' }]);

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await expect.poll(() => useApp.getState().data.letters.map((l) => l.id)).toEqual(['l2']);
    useApp.getState().toasts.at(-1)!.action!.run();
    await expect.poll(() => sent(calls, 'createLetter')).toEqual([
      { kind: 'decline', clientId: 'lume', projectId: 'shop', language: 'en', subject: 'About the shop', body: 'Hi Casa Lume,\n\nThank you.', createdAt: '2026-01-05', requestId: expect.any(String) },
    ]);
  });

  it('says what it is for when empty', () => {
    render(<Letters />);
    expect(screen.getByRole('heading', { name: 'No letters yet' })).toBeInTheDocument();
    expect(screen.getByText(/Letters start from an inquiry's verdict/)).toBeInTheDocument();
  });
});
