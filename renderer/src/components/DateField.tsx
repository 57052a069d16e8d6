/**
 * A date typed in the app's language (dd/mm/aaaa in Spanish), not the system's: the native
 * date input follows the operating system's locale, so a Spanish person on an English system
 * saw mm/dd/yyyy. The value stays `YYYY-MM-DD`; the native input is kept as the calendar picker.
 */
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '#shared/dates';
import { dateInputPattern, formatDateInput, formatDateTimeInput, parseDateInput, parseDateTimeInput } from '#shared/dateInput';
import type { Language } from '#shared/model';
import { useApp } from '../store';
import { useToday } from '../lib/useToday';
import './DateField.css';

export interface DateFieldProps {
  /** `YYYY-MM-DD` (or `YYYY-MM-DDTHH:mm` with `withTime`), or '' for none. */
  value: string;
  /** Called with a real day (and time), or '' when the field is empty or does not hold one yet. */
  onChange: (value: string) => void;
  /** A day and a 24-hour time ("06/12/2026 18:30"), instead of the `datetime-local` input. */
  withTime?: boolean;
  /** The earliest and latest the calendar offers, in the value's form. */
  min?: string;
  max?: string;
  id?: string;
  'aria-label'?: string;
  required?: boolean;
  autoFocus?: boolean;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** A date field in the app's language: type 04/12/2026 (or 4/12, or pick from the calendar). */
export function DateField({
  value,
  onChange,
  withTime = false,
  min,
  max,
  id,
  required,
  autoFocus,
  'aria-label': label,
  'aria-invalid': invalidFromForm,
  'aria-describedby': describedBy,
}: DateFieldProps) {
  const { t } = useTranslation();
  const language = useApp((s) => s.settings.language);
  const today = useToday();
  const format = (v: string, l: Language) => (withTime ? formatDateTimeInput(v, l) : formatDateInput(v, l));
  const parse = (text: string) => (withTime ? parseDateTimeInput(text, language, today) : parseDateInput(text, language, today));
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  // What is typed, and the value it stood for when last handed out: a value from outside replaces the text.
  const [typed, setTyped] = useState(() => ({ text: format(value, language), value, language }));
  const [problem, setProblem] = useState<'incomplete' | 'impossible' | 'impossible-time' | null>(null);
  let text = typed.text;
  if (typed.value !== value || typed.language !== language) {
    // A value from outside (a reset, another screen) is shown as it is; a change of language rewrites the date in its order.
    const replace = typed.value !== value || value !== '';
    text = replace ? format(value, language) : typed.text;
    setTyped({ text, value, language });
    if (replace) setProblem(null);
  }

  const datePattern = dateInputPattern(language, { day: t('dateField.day'), month: t('dateField.month'), year: t('dateField.year') });
  const pattern = withTime ? `${datePattern} ${t('dateField.hours')}:${t('dateField.minutes')}` : datePattern;
  const example = withTime ? formatDateTimeInput(`${today}T18:30`, language) : formatDateInput(today, language);
  const message = problem ? t(`dateField.${problem === 'impossible-time' ? 'impossibleTime' : problem}`, { pattern, example }) : '';

  // The browser's own validity says the same, so :invalid and checkValidity() agree with what is shown.
  useLayoutEffect(() => {
    input.current?.setCustomValidity(message);
  }, [message]);

  const type = (next: string) => {
    const read = parse(next);
    const out = read.ok ? read.value : '';
    setTyped({ text: next, value: out, language });
    // An error shown on leaving the field goes as soon as the date is right again.
    if (read.ok) setProblem(null);
    if (out !== value) onChange(out);
  };

  const settle = () => {
    const read = parse(text);
    if (!read.ok) {
      setProblem(read.problem);
      return;
    }
    setProblem(null);
    // 4/12 becomes 04/12/2026: the person sees the day that was understood.
    if (read.value) setTyped({ text: format(read.value, language), value: read.value, language });
  };

  const choose = (picked: string) => {
    setProblem(null);
    setTyped({ text: format(picked, language), value: picked, language });
    if (picked !== value) onChange(picked);
  };

  const openPicker = () => {
    const native = picker.current;
    if (!native) return;
    try {
      native.showPicker();
    } catch {
      // Without a user gesture (or in a browser without showPicker) the field still takes typing.
    }
  };

  const step = (days: number) => {
    if (!value) return choose(withTime ? `${today}T${new Date().toTimeString().slice(0, 5)}` : today);
    const [day, time] = value.split('T') as [string, string | undefined];
    choose(time ? `${addDays(day, days)}T${time}` : addDays(day, days));
  };

  return (
    <span className="date-field-wrap">
      <span className="date-field">
        <input
          ref={input}
          id={id}
          className="input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          placeholder={pattern}
          value={text}
          required={required}
          autoFocus={autoFocus}
          aria-label={label}
          aria-invalid={problem || invalidFromForm ? true : undefined}
          aria-describedby={[problem ? errorId : undefined, describedBy].filter(Boolean).join(' ') || undefined}
          aria-keyshortcuts="Alt+ArrowDown ArrowUp ArrowDown"
          onChange={(e) => type(e.target.value)}
          onBlur={settle}
          onKeyDown={(e) => {
            // Enter submits the form: the field says first what is wrong with the date, as leaving it does.
            if (e.key === 'Enter') settle();
            else if (e.altKey && e.key === 'ArrowDown') {
              e.preventDefault();
              openPicker();
            } else if (!e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
              // A day later or earlier, as the native field does.
              e.preventDefault();
              step(e.key === 'ArrowUp' ? 1 : -1);
            }
          }}
        />
        <button type="button" className="date-field-pick" tabIndex={-1} aria-label={t('dateField.pick')} title={t('dateField.pick')} onClick={openPicker}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
            <path d="M2 6.5h12M5 1.5v3M11 1.5v3" stroke="currentColor" strokeWidth="1.3" />
          </svg>
        </button>
        {/* The system's calendar, opened by the button; never focused or read on its own. */}
        <input
          ref={picker}
          className="date-field-native"
          type={withTime ? 'datetime-local' : 'date'}
          tabIndex={-1}
          aria-hidden="true"
          value={value}
          min={min}
          max={max}
          onChange={(e) => e.target.value && choose(e.target.value)}
        />
      </span>
      {problem ? (
        <span className="error" id={errorId} role="alert">
          {message}
        </span>
      ) : null}
    </span>
  );
}
