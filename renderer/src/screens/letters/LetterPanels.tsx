/**
 * The composer's side panels that make a letter ready to send as it is: whom it greets (and the
 * contact's name, typed right here), and a warning when it would go out unsigned.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, Language, Settings } from '#shared/model';
import { isUnsigned, letterGreeting } from '#shared/rules';
import { Field } from '../../components/Field';
import { attempt, useApp } from '../../store';

/** Which greeting the letter uses, and a field to name the person it goes to (saved to the client). */
export function GreetingPanel({
  client,
  language,
  formality,
  onGreetingChange,
}: {
  client: Client;
  language: Language;
  formality: Settings['formality'];
  /** Told the old and new opening line, so an edited letter can swap its greeting too. */
  onGreetingChange?: (from: string, to: string) => void;
}) {
  const { t } = useTranslation();
  const toast = useApp((s) => s.toast);
  const greeting = letterGreeting(client, language, formality);
  const [name, setName] = useState(client.contactName ?? '');
  const [busy, setBusy] = useState(false);
  const changed = name.trim() !== (client.contactName ?? '').trim();

  const save = async () => {
    if (busy || !changed) return;
    setBusy(true);
    const before = client.contactName ?? '';
    const next = name.trim();
    const saved = await attempt(() => useApp.getState().updateClient({ id: client.id, contactName: next === '' ? null : next }));
    setBusy(false);
    if (!saved) return;
    onGreetingChange?.(greeting.text, letterGreeting({ contactName: next }, language, formality).text);
    toast(next ? t('letters.composer.contactSaved', { client: client.name }) : t('letters.composer.contactCleared', { client: client.name }), {
      action: {
        label: t('common.undo'),
        run: () => {
          setName(before);
          void attempt(() => useApp.getState().updateClient({ id: client.id, contactName: before === '' ? null : before })).then((undone) => {
            if (undone) onGreetingChange?.(letterGreeting({ contactName: next }, language, formality).text, greeting.text);
          });
        },
      },
    });
  };

  return (
    <form
      className="stack letter-greeting"
      data-testid="greeting"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field
        label={t('letters.composer.contactName')}
        help={
          greeting.name
            ? t('letters.composer.greetingNamed', { name: greeting.name, greeting: greeting.text })
            : t('letters.composer.greetingUnnamed', { greeting: greeting.text })
        }
      >
        {(p) => (
          <input {...p} className="input" value={name} placeholder={t('letters.composer.contactPlaceholder')} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        )}
      </Field>
      {changed && (
        <div>
          <button type="submit" className="btn small" disabled={busy} aria-busy={busy}>
            {t('letters.composer.contactSave')}
          </button>
        </div>
      )}
    </form>
  );
}

/** Shown when the letter would end with a sign-off and no name under it. */
export function UnsignedNotice({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const navigate = useApp((s) => s.navigate);
  if (!isUnsigned(settings)) return null;
  return (
    <div className="notice warning" role="status" data-testid="unsigned">
      <p>{t('letters.composer.unsigned')}</p>
      <span className="spacer" />
      <button type="button" className="btn small" onClick={() => navigate({ name: 'settings' })}>
        {t('letters.composer.unsignedAction')}
      </button>
    </div>
  );
}
