import { useId, useMemo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../lib/model';

const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
const MAX_OPTIONS = 6;

/**
 * "Who is asking": type a name; clients that match are offered below (arrows and Enter pick one),
 * anything else is a new person. A searchable select that also accepts a new name.
 */
export function ClientPicker({
  ref,
  label,
  help,
  error,
  clients,
  value,
  onText,
  onPick,
}: {
  ref?: Ref<HTMLInputElement>;
  label: string;
  help?: string;
  error?: string | undefined;
  clients: readonly Client[];
  value: string;
  onText: (text: string) => void;
  onPick: (client: Client) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const matches = useMemo(() => {
    const q = fold(value.trim());
    if (!q) return [];
    return clients
      .filter((c) => fold(`${c.name} ${c.company ?? ''} ${c.email ?? ''}`).includes(q))
      .sort((a, b) => Number(fold(b.name).startsWith(q)) - Number(fold(a.name).startsWith(q)) || a.name.localeCompare(b.name))
      .slice(0, MAX_OPTIONS);
  }, [clients, value]);
  const shown = open && matches.length > 0;
  const current = Math.min(active, matches.length - 1);

  const pick = (c: Client) => {
    onPick(c);
    setOpen(false);
  };

  return (
    <div className="field picker">
      <label htmlFor={id}>{label}</label>
      <div className="picker-box">
      <input
        ref={ref}
        id={id}
        className="input"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        {...(shown ? { 'aria-activedescendant': `${id}-opt-${current}` } : {})}
        {...(error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : help ? { 'aria-describedby': `${id}-help` } : {})}
        autoComplete="off"
        value={value}
        onChange={(e) => {
          onText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (!shown) {
            if (e.key === 'ArrowDown' && matches.length > 0) {
              e.preventDefault();
              setOpen(true);
            }
            return;
          }
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((current + 1) % matches.length);
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((current - 1 + matches.length) % matches.length);
          } else if (e.key === 'Enter') {
            // Enter picks the highlighted client instead of submitting the form.
            e.preventDefault();
            pick(matches[current]!);
          } else if (e.key === 'Escape') {
            e.stopPropagation();
            setOpen(false);
          }
        }}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={label} className="picker-list" hidden={!shown}>
        {matches.map((c, i) => (
          <li
            key={c.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === current}
            className="picker-option"
            // Mouse down, not click: the input's blur would close the list first.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(c);
            }}
          >
            <span>{c.name}</span>
            <span className="small muted">{t(`clientStatus.${c.status}`)}</span>
          </li>
        ))}
      </ul>
      </div>
      {error ? (
        <span className="error" id={`${id}-error`} role="alert">{error}</span>
      ) : help ? (
        <span className="help" id={`${id}-help`}>{help}</span>
      ) : null}
    </div>
  );
}
