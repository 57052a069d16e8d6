import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';

/**
 * "Merge with…": picks the client or project that stays; everything of `fromName` moves to
 * it. Says what moves and that a backup comes first, since the one merged away goes.
 */
export function MergeDialog({
  title,
  fromName,
  moves,
  options,
  onMerge,
  onClose,
}: {
  title: string;
  fromName: string;
  /** What will move, in a sentence ("2 proyectos, 1 señal"). */
  moves: string;
  options: { id: string; label: string }[];
  onMerge: (intoId: string) => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [intoId, setIntoId] = useState(options[0]?.id ?? '');
  const [pending, setPending] = useState(false);
  const into = options.find((o) => o.id === intoId);
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        className="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!intoId || pending) return;
          setPending(true);
          try {
            if (await onMerge(intoId)) onClose();
          } finally {
            setPending(false);
          }
        }}
      >
        <Field label={t('merge.into')}>
          {(p) => (
            <select {...p} className="select" value={intoId} onChange={(e) => setIntoId(e.target.value)}>
              {options.map((o) => (
                <option key={o.id} value={o.id}>{o.label}</option>
              ))}
            </select>
          )}
        </Field>
        <p className="muted">{t('merge.explain', { from: fromName, into: into?.label ?? '', moves })}</p>
        <div className="form-actions">
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn primary" disabled={pending || !intoId}>{t('merge.confirm', { into: into?.label ?? '' })}</button>
        </div>
      </form>
    </Dialog>
  );
}
