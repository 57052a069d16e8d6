import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Inquiries } from '../../renderer/src/screens/Inquiries';
import { draftFromReading } from '../../renderer/src/screens/inquiry/fromReading';
import { localToday, useApp } from '../../renderer/src/store';
import { daysInMonth } from '#shared/dates';
import { i18n } from '../../renderer/src/i18n';
import { DEFAULT_SETTINGS, type Dataset } from '#shared/model';
import { stubApi, type ApiCall } from './support/apiStub';
import { client, dataset } from '../support/builders';

const data: Dataset = dataset({
  clients: [client('rio', { name: 'Aceites Río', email: 'lola@aceitesrio.es', star: true, createdAt: '2025-01-01' })],
});

const MAIL = [
  'From: Grace Whitmore <grace@kettleandcrane.com>',
  'Subject: Re: Tea packaging',
  '',
  'Hi Clara, Lola at Aceites Río recommended you. We need packaging for four teas and we have €2,400.',
  'Can we have it by the end of February? We need it urgently.',
  '',
  'Warmly,',
  'Grace Whitmore',
  'Kettle & Crane',
].join('\n');

let calls: ApiCall[];
beforeEach(async () => {
  await i18n.changeLanguage('en');
  calls = stubApi();
  useApp.setState({
    status: 'ready',
    data,
    settings: { ...DEFAULT_SETTINGS, language: 'en', yourName: 'Clara Vidal', specialties: ['branding', 'packaging'] },
    route: { name: 'inquiries', fresh: true },
    toasts: [],
  });
});

/** A paste event carrying text, as the system's clipboard sends it. */
function paste(box: HTMLElement, text: string) {
  fireEvent.paste(box, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
}

describe('pasting an inquiry e-mail', () => {
  it('fills the form with what it says, shows the words behind each field, and saves nothing', async () => {
    render(<Inquiries fresh />);
    await act(async () => paste(screen.getByLabelText('Paste the e-mail here'), MAIL));

    expect(screen.getByRole('combobox', { name: 'Name' })).toHaveValue('Kettle & Crane');
    expect(screen.getByLabelText('Who is writing?')).toHaveValue('Grace');
    expect(screen.getByLabelText('Email')).toHaveValue('grace@kettleandcrane.com');
    expect(screen.getByLabelText('Title')).toHaveValue('Tea packaging');
    expect(screen.getByLabelText('Kind of project')).toHaveValue('packaging');
    expect(screen.getByLabelText('Budget')).toHaveValue('2400');
    // "by the end of February": the last day of the next February to come.
    const today = localToday();
    const year = Number(today.slice(0, 4)) + (today.slice(5) > '02-29' ? 1 : 0);
    expect(screen.getByLabelText('Deadline')).toHaveValue(`${daysInMonth(year, 2)}/02/${year}`);
    expect(screen.getByLabelText('Your estimate (hours)')).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: /Vague brief, or information arriving late/ })).toBeChecked();
    expect(screen.getByText('9 fields were filled from what the e-mail says.', { exact: false })).toBeInTheDocument();
    const marks = [...document.querySelectorAll('.paste-text mark')].map((m) => m.firstChild?.textContent);
    expect(marks).toEqual(expect.arrayContaining(['Tea packaging', '€2,400', 'end of February', 'We need it urgently.']));
    expect(calls).toEqual([]);
  });

  it('starts the form afresh from the e-mail and gives back what was typed with Undo', async () => {
    const user = userEvent.setup();
    render(<Inquiries fresh />);
    await user.type(screen.getByLabelText('Title'), 'Something I typed');
    await act(async () => paste(screen.getByLabelText('Paste the e-mail here'), 'We need a logo by the end of March.'));
    expect(screen.getByLabelText('Title')).toHaveValue('');
    expect(screen.getByLabelText('Kind of project')).toHaveValue('branding');
    const toast = useApp.getState().toasts.at(-1)!;
    expect(toast.message).toBe('The form now holds what the e-mail says.');
    await act(async () => toast.action!.run());
    expect(screen.getByLabelText('Title')).toHaveValue('Something I typed');
  });

  it('says in a sentence what to do when a dropped file is not an e-mail, and changes nothing', async () => {
    render(<Inquiries fresh />);
    const photo = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'photo.png', { type: 'image/png' });
    await act(async () => {
      fireEvent.drop(document.querySelector('.paste-inquiry')!, { dataTransfer: { files: [photo], getData: () => '' } });
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('“photo.png” could not be read as an e-mail. Drop an .eml file or paste the e-mail\'s text.');
    expect(screen.getByLabelText('Title')).toHaveValue('');
    expect(calls).toEqual([]);
  });
});

describe('draftFromReading', () => {
  it('leaves empty what the e-mail does not say, the kind and the source too', () => {
    const d = draftFromReading({ title: 'Hola', signals: [], evidence: [] }, data, 'es');
    expect(d).toMatchObject({ title: 'Hola', kind: '', source: 'other', amount: '', deadline: '', name: '', contactName: '', signals: [] });
  });

  it('picks an existing client, a referring client, and writes money in the form language', () => {
    const d = draftFromReading(
      { clientId: 'rio', name: 'Lola', referredBy: 'rio', source: 'referral', pricing: { mode: 'hourly', rate: 4550 }, signals: [], evidence: [] },
      data,
      'es',
    );
    expect(d).toMatchObject({ clientId: 'rio', name: 'Aceites Río', referrer: 'client:rio', source: 'referral', mode: 'hourly', amount: '45,50' });
    expect(draftFromReading({ referredBy: 'Tom Baker', source: 'referral', signals: [], evidence: [] }, data, 'en')).toMatchObject({ referrer: 'other', referrerText: 'Tom Baker' });
  });

  it('calls a new client by the person when the company is only a web domain', () => {
    expect(draftFromReading({ name: 'Ana Gil', company: 'florecer.es', contactName: 'Ana', signals: [], evidence: [] }, data, 'es')).toMatchObject({ name: 'Ana Gil', contactName: 'Ana' });
  });
});
