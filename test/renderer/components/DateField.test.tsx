import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DateField } from '../../../renderer/src/components/DateField';
import { Field } from '../../../renderer/src/components/Field';
import { useApp } from '../../../renderer/src/store';
import { i18n } from '../../../renderer/src/i18n';
import { DEFAULT_SETTINGS, type Language } from '#shared/model';

/** A form's date as a screen holds it, shown beside the field so a test reads what the form would save. */
function Form({ initial = '', onValue }: { initial?: string; onValue?: (v: string) => void }) {
  const [date, setDate] = useState(initial);
  return (
    <form>
      <Field label="Fecha">
        {(p) => (
          <DateField
            {...p}
            value={date}
            onChange={(v) => {
              setDate(v);
              onValue?.(v);
            }}
          />
        )}
      </Field>
      <output aria-label="valor">{date}</output>
      <button type="button" onClick={() => setDate('2027-01-15')}>otra</button>
    </form>
  );
}

async function speak(language: Language) {
  await act(async () => {
    await i18n.changeLanguage(language);
    useApp.setState({ settings: { ...DEFAULT_SETTINGS, language } });
  });
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-04T10:00:00'));
  await i18n.changeLanguage('es');
  useApp.setState({ status: 'ready', settings: { ...DEFAULT_SETTINGS, language: 'es' }, toasts: [] });
});
afterEach(() => {
  vi.useRealTimers();
});

const value = () => screen.getByLabelText('valor').textContent;

describe('a date field in the app language', () => {
  it('shows a saved date day first with the Spanish pattern, whatever the system locale', () => {
    render(<Form initial="2026-03-09" />);
    const field = screen.getByLabelText('Fecha') as HTMLInputElement;
    expect(field.value).toBe('09/03/2026');
    expect(field.placeholder).toBe('dd/mm/aaaa');
    expect(field.type).toBe('text');
  });

  it('reads what a Spanish person types as day, month, year and keeps YYYY-MM-DD', async () => {
    const user = userEvent.setup();
    render(<Form />);
    const field = screen.getByLabelText('Fecha');
    await user.type(field, '9/3/2026');
    expect(value()).toBe('2026-03-09');
    await user.tab();
    // On leaving, the field shows the day it understood, in full.
    expect((field as HTMLInputElement).value).toBe('09/03/2026');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('fills in this year for a day and month, and accepts the stored form', async () => {
    const user = userEvent.setup();
    render(<Form />);
    const field = screen.getByLabelText('Fecha') as HTMLInputElement;
    await user.type(field, '24/12');
    await user.tab();
    expect(value()).toBe('2026-12-24');
    expect(field.value).toBe('24/12/2026');
    await user.clear(field);
    await user.type(field, '2027-01-15');
    expect(value()).toBe('2027-01-15');
  });

  it('says in Spanish that 31/02 does not exist, holds no date meanwhile, and clears the error once fixed', async () => {
    const user = userEvent.setup();
    render(<Form initial="2026-02-10" />);
    const field = screen.getByLabelText('Fecha') as HTMLInputElement;
    await user.clear(field);
    await user.type(field, '31/02/2026');
    expect(value()).toBe('');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toBe('Esa fecha no existe. Escríbela como dd/mm/aaaa, por ejemplo 04/12/2026.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    expect(field.validity.valid).toBe(false);
    await user.clear(field);
    await user.type(field, '28/02/2026');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(value()).toBe('2026-02-28');
    expect(field.validity.valid).toBe(true);
  });

  it('asks for the missing part of a date cut short', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.type(screen.getByLabelText('Fecha'), '12/2026');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toBe('Falta parte de la fecha. Escríbela como dd/mm/aaaa, por ejemplo 04/12/2026.');
  });

  it('moves a day with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<Form initial="2026-02-28" />);
    const field = screen.getByLabelText('Fecha') as HTMLInputElement;
    await user.click(field);
    await user.keyboard('{ArrowUp}');
    expect(value()).toBe('2026-03-01');
    expect(field.value).toBe('01/03/2026');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(value()).toBe('2026-02-27');
  });

  it('opens the system calendar from its button and with Alt+Down, without leaving the typed field', async () => {
    const opened: string[] = [];
    const showPicker = vi.fn(function (this: HTMLInputElement) {
      opened.push(this.type);
    });
    Object.defineProperty(HTMLInputElement.prototype, 'showPicker', { value: showPicker, configurable: true });
    const user = userEvent.setup();
    render(<Form initial="2026-02-10" />);
    const field = screen.getByLabelText('Fecha');
    await user.click(field);
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(opened).toEqual(['date']);
    expect(value()).toBe('2026-02-10');
    await user.click(screen.getByRole('button', { name: 'Elegir en el calendario' }));
    expect(opened).toEqual(['date', 'date']);
    // The button is not a stop of its own on the way through the form: Tab goes on to the next control.
    await user.click(field);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'otra' }));
  });

  it('shows a date set from outside (another entry, a reset) and a date picked from the calendar', async () => {
    const user = userEvent.setup();
    render(<Form initial="2026-02-10" />);
    const field = screen.getByLabelText('Fecha') as HTMLInputElement;
    // Even over a date the person got wrong: the error goes with it.
    await user.clear(field);
    await user.type(field, '31/02/2026');
    await user.tab();
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'otra' }));
    expect(field.value).toBe('15/01/2027');
    expect(screen.queryByRole('alert')).toBeNull();
    // The system's calendar, kept as the picker, hands its choice to the field.
    const native = document.querySelector<HTMLInputElement>('input[type="date"]')!;
    expect(native.getAttribute('aria-hidden')).toBe('true');
    expect(native.tabIndex).toBe(-1);
    fireEvent.change(native, { target: { value: '2026-11-30' } });
    expect(value()).toBe('2026-11-30');
    expect(field.value).toBe('30/11/2026');
    expect(screen.getByRole('button', { name: 'Elegir en el calendario' })).toBeTruthy();
  });

  it('in English, shows the pattern and errors in English, in the order of the app’s English dates', async () => {
    await speak('en');
    const user = userEvent.setup();
    render(<Form initial="2026-03-09" />);
    const field = screen.getByLabelText('Fecha') as HTMLInputElement;
    expect(field.placeholder).toBe('dd/mm/yyyy');
    expect(field.value).toBe('09/03/2026');
    await user.clear(field);
    await user.type(field, '30/02/2026');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toBe('That date does not exist. Type it as dd/mm/yyyy, for example 04/12/2026.');
  });

  it('with a time: shows and reads dd/mm/aaaa hh:mm in 24 hours, keeps YYYY-MM-DDTHH:mm, and says when an hour does not exist', async () => {
    const user = userEvent.setup();
    const seen: string[] = [];
    function End() {
      const [end, setEnd] = useState('2026-12-04T09:05');
      return <DateField withTime aria-label="Fin" value={end} onChange={(v) => (seen.push(v), setEnd(v))} />;
    }
    render(<End />);
    const field = screen.getByLabelText('Fin') as HTMLInputElement;
    expect(field.value).toBe('04/12/2026 09:05');
    expect(field.placeholder).toBe('dd/mm/aaaa hh:mm');
    expect(document.querySelector('input[type="datetime-local"]')).not.toBeNull();
    await user.clear(field);
    await user.type(field, '3/12/2026 18:30');
    expect(seen.at(-1)).toBe('2026-12-03T18:30');
    await user.clear(field);
    await user.type(field, '3/12/2026 25:00');
    expect(seen.at(-1)).toBe('');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toBe('Esa hora no existe: usa de 00:00 a 23:59, como en 04/12/2026 18:30.');
  });
});
