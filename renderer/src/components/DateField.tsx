/**
 * A date typed in the app's language (dd/mm/aaaa in Spanish), not the system's: the native
 * date input follows the operating system's locale, so a Spanish person on an English system
 * saw mm/dd/yyyy. The value stays `YYYY-MM-DD`; the native input is kept as the calendar picker.
 */
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '#shared/dates';
import { dateInputPattern, formatDateInput, parseDateInput } from '#shared/dateInput';
import { useApp } from '../store';
import { useToday } from '../lib/useToday';
import './DateField.css';

export interface DateFieldProps {
  /** `YYYY-MM-DD`, or '' for no date. */
  value: string;
  /** Called with `YYYY-MM-DD` for a real day, '' when the field is empty or does not hold one yet. */
  onChange: (value: string) => void;
  id?: string;
  required?: boolean;
  autoFocus?: boolean;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** A date field in the app's language: type 04/12/2026 (or 4/12, or pick from the calendar). */
export function DateField({ value, onChange, id, required, autoFocus, 'aria-invalid': invalidFromForm, 'aria-describedby': describedBy }: DateFieldProps) {
  const { t } = useTranslation();
  const language = useApp((s) => s.settings.language);
  const today = useToday();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  // What is typed, and the value it stood for when last handed out: a value from outside replaces the text.
  const [typed, setTyped] = useState(() => ({ text: formatDateInput(value, language), value, language }));
  const [problem, setProblem] = useState<'incomplete' | 'impossible' | null>(null);
  let text = typed.text;
  if (typed.value !== value || typed.language !== language) {
    // A value from outside (a reset, another screen) is shown as it is; a change of language rewrites the date in its order.
    text = typed.value !== value || value ? formatDateInput(value, language) : typed.text;
    setTyped({ text, value, language });
    if (value) setProblem(null);
  }

  const pattern = dateInputPattern(language, { day: t('dateField.day'), month: t('dateField.month'), year: t('dateField.year') });
  const message = problem ? t(`dateField.${problem}`, { pattern, example: formatDateInput(today, language) }) : '';

  // The browser's own validity says the same, so :invalid and checkValidity() agree with what is shown.
  useLayoutEffect(() => {
    input.current?.setCustomValidity(message);
  }, [message]);

  const type = (next: string) => {
    const read = parseDateInput(next, language, today);
    const out = read.ok ? read.value : '';
    setTyped({ text: next, value: out, language });
    // An error shown on leaving the field goes as soon as the date is right again.
    if (read.ok) setProblem(null);
    if (out !== value) onChange(out);
  };

  const settle = () => {
    const read = parseDateInput(text, language, today);
    if (!read.ok) {
      setProblem(read.problem);
      return;
    }
    setProblem(null);
    // 4/12 becomes 04/12/2026: the person sees the day that was understood.
    if (read.value) setTyped({ text: formatDateInput(read.value, language), value: read.value, language });
  };

  const choose = (picked: string) => {
    setProblem(null);
    setTyped({ text: formatDateInput(picked, language), value: picked, language });
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
    const from = value || today;
    choose(value ? addDays(from, days) : from);
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
          type="date"
          tabIndex={-1}
          aria-hidden="true"
          value={value}
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
