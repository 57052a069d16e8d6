import { describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/src/api';
import { i18n } from '../../renderer/src/i18n';
import { errorText } from '../../renderer/src/lib/errorText';
import { REASON_NAMES, refusal } from '#shared/ipc/reasons';
import en from '../../renderer/src/i18n/en.json';
import es from '../../renderer/src/i18n/es.json';

/** Keys under `errors` that word a whole reason (plural forms folded into their reason). */
function reasonKeys(errors: Record<string, unknown>): Set<string> {
  return new Set(
    Object.entries(errors)
      .filter(([, v]) => typeof v === 'string')
      .map(([k]) => k.replace(/_(one|other)$/, '')),
  );
}

describe('errors a person reads', () => {
  it('words every reason in Spanish and English, and no key is left without a reason', () => {
    for (const [language, file] of [['es', es], ['en', en]] as const) {
      const keys = reasonKeys(file.errors);
      for (const reason of REASON_NAMES) expect(keys.has(reason), `${language}: errors.${reason}`).toBe(true);
      const orphans = [...keys].filter((k) => !REASON_NAMES.includes(k as never));
      expect(orphans, language).toEqual([]);
    }
  });

  it('says a change was saved when it was, and claims nothing about it otherwise', async () => {
    await i18n.changeLanguage('es');
    expect(new ApiError(refusal('saved-not-shown', { detail: 'x' }, 'x')).message).toMatch(/^Tu cambio se ha guardado, pero ClientFit no ha podido mostrarlo\. Reinicia ClientFit/);
    expect(new ApiError(refusal('unexpected', { detail: 'x' }, 'Nothing was changed (x).')).message).toMatch(/no se cambió nada/);
    await i18n.changeLanguage('en');
    expect(new ApiError(refusal('saved-not-shown', { detail: 'x' }, 'x')).message).toMatch(/^Your change was saved, but ClientFit could not show it\. Restart ClientFit/);
  });

  it('puts the numbers, names and dates in the sentence, in the language', async () => {
    await i18n.changeLanguage('es');
    expect(errorText(refusal('project-has-entries', { count: 1 }, ''))).toBe('Este proyecto tiene 1 registro de tiempo. Bórralo antes o marca el proyecto como perdido o cerrado.');
    expect(errorText(refusal('project-has-entries', { count: 3 }, ''))).toMatch(/^Este proyecto tiene 3 registros de tiempo\./);
    expect(errorText(refusal('record-not-found', { kind: 'letter', id: 'x' }, ''))).toMatch(/^No se encuentra la carta/);
    const date = errorText(refusal('date-implausible', { field: 'invoices.0.paidAt', date: '1900-01-02', earliest: '1970-01-01', latest: '2100-12-31' }, ''));
    expect(date).toContain('la fecha de cobro');
    expect(date).toContain('1970');
    expect(date).not.toContain('1970-01-01');
    await i18n.changeLanguage('en');
    expect(errorText(refusal('record-not-found', { kind: 'letter', id: 'x' }, ''))).toMatch(/^The letter is no longer there/);
    expect(errorText(new Error('boom'))).toMatch(/^Something went wrong and nothing was changed/);
  });
});
