import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, Colleague } from '../../lib/model';

const names = new Intl.Collator();
const byName = (a: { name: string }, b: { name: string }) => names.compare(a.name, b.name);

/**
 * Who referred the new person: your clients, then your colleagues, by name. Drawn again only
 * when they change, not on every keystroke in the form (after ten years they are hundreds).
 */
export const ReferrerOptions = memo(function ReferrerOptions({ clients, colleagues }: { clients: readonly Client[]; colleagues: readonly Colleague[] }) {
  const { t } = useTranslation();
  return (
    <>
      {clients.length > 0 && (
        <optgroup label={t('inquiries.form.referrerClients')}>
          {[...clients].sort(byName).map((c) => (
            <option key={c.id} value={`client:${c.id}`}>{c.star ? `★ ${c.name}` : c.name}</option>
          ))}
        </optgroup>
      )}
      {colleagues.length > 0 && (
        <optgroup label={t('inquiries.form.referrerColleagues')}>
          {[...colleagues].sort(byName).map((c) => (
            <option key={c.id} value={`colleague:${c.id}`}>{c.name}</option>
          ))}
        </optgroup>
      )}
    </>
  );
});
