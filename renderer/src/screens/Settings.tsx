import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENCIES, type Language, type Settings as SettingsT } from '#shared/model';
import { LETTER_TEXTS, letterMoney } from '#shared/texts/letters';
import { Field } from '../components/Field';
import { attempt, useApp } from '../store';
import { moneyInput, parseDecimal, parseMoney } from '../lib/money';
import { DataSection } from './import/DataSection';
import { BackupsSection } from './settings/BackupsSection';
import { FirstRunSettings } from './FirstRun';

/** A price as counter-offers write it with these tax settings: "3.600 € + IVA". */
function taxExample(currency: string, language: Language, included: boolean, taxName: string): string {
  const tax = LETTER_TEXTS[language].tax;
  return `${letterMoney(360000, currency, language)} ${included ? tax.included(taxName.trim()) : tax.excluded(taxName.trim())}`;
}

/** Rates, capacity, costs, language, and how letters are signed. */
export function Settings() {
  const { t } = useTranslation();
  const settings = useApp((s) => s.settings);
  const updateSettings = useApp((s) => s.updateSettings);
  const toast = useApp((s) => s.toast);
  const lang = settings.language;
  const [form, setForm] = useState({
    targetHourlyRate: moneyInput(settings.targetHourlyRate, lang),
    minimumHourlyRate: moneyInput(settings.minimumHourlyRate, lang),
    weeklyCapacityHours: String(settings.weeklyCapacityHours),
    monthlyFixedCosts: moneyInput(settings.monthlyFixedCosts, lang),
    currency: settings.currency,
    yourName: settings.yourName,
    businessName: settings.businessName,
    signature: settings.signature,
    specialties: settings.specialties.join(', '),
    followUpDays: String(settings.followUpDays),
    checkInDays: String(settings.checkInDays),
    cleanHouseShare: String(Math.round(settings.cleanHouseShare * 100)),
    taxName: settings.taxName,
    longTimerHours: String(settings.longTimerHours),
  });
  const [pricesIncludeTax, setPricesIncludeTax] = useState(settings.pricesIncludeTax);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));

  const save = async () => {
    const e: Record<string, string> = {};
    const target = parseMoney(form.targetHourlyRate);
    const minimum = parseMoney(form.minimumHourlyRate);
    const capacity = parseDecimal(form.weeklyCapacityHours);
    const costs = parseMoney(form.monthlyFixedCosts);
    const followUp = Number(form.followUpDays);
    const checkIn = Number(form.checkInDays);
    const share = parseDecimal(form.cleanHouseShare);
    const longTimer = Number(form.longTimerHours);
    if (target === null) e.targetHourlyRate = t('settings.errors.money');
    if (minimum === null) e.minimumHourlyRate = t('settings.errors.money');
    if (target !== null && minimum !== null && minimum > target) e.minimumHourlyRate = t('settings.errors.minAboveTarget');
    if (capacity === null || capacity < 0 || capacity > 100) e.weeklyCapacityHours = t('settings.errors.capacity');
    if (costs === null) e.monthlyFixedCosts = t('settings.errors.money');
    if (!Number.isInteger(followUp) || followUp < 1 || followUp > 3650) e.followUpDays = t('settings.errors.days');
    if (!Number.isInteger(checkIn) || checkIn < 1 || checkIn > 3650) e.checkInDays = t('settings.errors.days');
    if (share === null || share < 0 || share > 100) e.cleanHouseShare = t('settings.errors.share');
    if (form.taxName.trim().length > 40) e.taxName = t('settings.errors.taxName');
    if (!form.longTimerHours.trim() || !Number.isInteger(longTimer) || longTimer < 1 || longTimer > 168) e.longTimerHours = t('settings.errors.longTimerHours');
    setErrors(e);
    if (Object.keys(e).length) return;
    const changes: Partial<SettingsT> = {
      targetHourlyRate: target!,
      minimumHourlyRate: minimum!,
      weeklyCapacityHours: capacity!,
      monthlyFixedCosts: costs!,
      currency: form.currency,
      yourName: form.yourName.trim(),
      businessName: form.businessName.trim(),
      signature: form.signature,
      specialties: form.specialties.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean),
      followUpDays: followUp,
      checkInDays: checkIn,
      cleanHouseShare: share! / 100,
      pricesIncludeTax,
      taxName: form.taxName.trim(),
      longTimerHours: longTimer,
    };
    if (await attempt(() => updateSettings(changes))) toast(t('settings.saved'));
  };

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{t('settings.title')}</h1>
          <p className="sub">{t('settings.subtitle')}</p>
        </div>
      </div>
      <section className="card" aria-labelledby="lang-title">
        <h2 id="lang-title" style={{ marginBottom: 12 }}>{t('settings.languageTitle')}</h2>
        <div className="row language-row">
          <div className="field">
            <span className="label" id="app-language-label">{t('settings.appLanguage')}</span>
            <div className="segmented" role="group" aria-labelledby="app-language-label">
              {(['es', 'en'] as const).map((l) => (
                // Each language's name in itself, so a person who cannot read the other finds theirs.
                <button key={l} type="button" lang={l} aria-pressed={settings.language === l} onClick={() => void attempt(() => updateSettings({ language: l }))}>
                  {l === 'es' ? 'Español' : 'English'}
                </button>
              ))}
            </div>
            {/* The page's own language is the one the app was started in (main passes it to Chromium), and so is its calendar's. */}
            {!navigator.language.startsWith(settings.language) && (
              <span className="help" role="status">
                {t('settings.calendarNextStart')}
              </span>
            )}
          </div>
          <div className="field">
            <span className="label" id="formality-label">{t('settings.formality')}</span>
            <div className="segmented" role="group" aria-labelledby="formality-label" aria-describedby="formality-help">
              {(['tu', 'usted'] as const).map((v) => (
                <button key={v} type="button" aria-pressed={settings.formality === v} onClick={() => void attempt(() => updateSettings({ formality: v }))}>
                  {t(`settings.formalityOption.${v}`)}
                </button>
              ))}
            </div>
            <span className="help" id="formality-help">{t('settings.formalityHelp')}</span>
          </div>
        </div>
      </section>
      <form
        className="card"
        aria-labelledby="rates-title"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h2 id="rates-title" style={{ marginBottom: 12 }}>{t('settings.ratesTitle')}</h2>
        <div className="form-grid">
          <Field label={t('settings.target')} error={errors.targetHourlyRate} help={t('settings.targetHelp')}>
            {(p) => <input {...p} className="input num" inputMode="decimal" value={form.targetHourlyRate} onChange={set('targetHourlyRate')} />}
          </Field>
          <Field label={t('settings.minimum')} error={errors.minimumHourlyRate} help={t('settings.minimumHelp')}>
            {(p) => <input {...p} className="input num" inputMode="decimal" value={form.minimumHourlyRate} onChange={set('minimumHourlyRate')} />}
          </Field>
          <Field label={t('settings.currency')}>
            {(p) => (
              <select {...p} className="select" value={form.currency} onChange={set('currency')}>
                {CURRENCIES.map((c) => <option key={c} value={c}>{c}</option>)}
              </select>
            )}
          </Field>
          <Field label={t('settings.capacity')} error={errors.weeklyCapacityHours}>
            {(p) => <input {...p} className="input num" inputMode="decimal" value={form.weeklyCapacityHours} onChange={set('weeklyCapacityHours')} />}
          </Field>
          <Field label={t('settings.fixedCosts')} error={errors.monthlyFixedCosts} help={t('settings.fixedCostsHelp')}>
            {(p) => <input {...p} className="input num" inputMode="decimal" value={form.monthlyFixedCosts} onChange={set('monthlyFixedCosts')} />}
          </Field>
          <Field label={t('settings.specialties')} help={t('settings.specialtiesHelp')}>
            {(p) => <input {...p} className="input" value={form.specialties} onChange={set('specialties')} />}
          </Field>
          <Field label={t('settings.checkInDays')} error={errors.checkInDays}>
            {(p) => <input {...p} className="input num" inputMode="numeric" value={form.checkInDays} onChange={set('checkInDays')} />}
          </Field>
          <Field label={t('settings.followUpDays')} error={errors.followUpDays}>
            {(p) => <input {...p} className="input num" inputMode="numeric" value={form.followUpDays} onChange={set('followUpDays')} />}
          </Field>
          <Field label={t('settings.cleanHouseShare')} error={errors.cleanHouseShare} help={t('settings.cleanHouseShareHelp')}>
            {(p) => <input {...p} className="input num" inputMode="decimal" value={form.cleanHouseShare} onChange={set('cleanHouseShare')} />}
          </Field>
          <Field label={t('settings.longTimerHours')} error={errors.longTimerHours} help={t('settings.longTimerHoursHelp')}>
            {(p) => <input {...p} className="input num" inputMode="numeric" value={form.longTimerHours} onChange={set('longTimerHours')} />}
          </Field>
        </div>
        <h2 style={{ margin: '24px 0 12px' }}>{t('settings.signatureTitle')}</h2>
        <div className="form-grid">
          <Field label={t('settings.yourName')}>
            {(p) => <input {...p} className="input" value={form.yourName} onChange={set('yourName')} />}
          </Field>
          <Field label={t('settings.businessName')}>
            {(p) => <input {...p} className="input" value={form.businessName} onChange={set('businessName')} />}
          </Field>
        </div>
        <div style={{ marginTop: 12 }}>
          <Field label={t('settings.signature')} help={t('settings.signatureHelp')}>
            {(p) => <textarea {...p} className="textarea" style={{ minHeight: 70 }} value={form.signature} onChange={set('signature')} />}
          </Field>
        </div>
        <div className="form-grid" style={{ marginTop: 12 }}>
          <Field label={t('settings.taxName')} error={errors.taxName} help={t('settings.taxNameHelp')}>
            {(p) => <input {...p} className="input" value={form.taxName} onChange={set('taxName')} placeholder={t('settings.taxNamePlaceholder')} />}
          </Field>
          <div className="field tax-included">
            <label className="checkbox">
              <input type="checkbox" checked={pricesIncludeTax} onChange={(e) => setPricesIncludeTax(e.target.checked)} aria-describedby="tax-help" />
              {t('settings.pricesIncludeTax')}
            </label>
            <span id="tax-help" className="small muted">
              {t('settings.pricesIncludeTaxHelp', { example: taxExample(form.currency, lang, pricesIncludeTax, form.taxName) })}
            </span>
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="btn primary">{t('common.save')}</button>
        </div>
      </form>
      <FirstRunSettings />
      <DataSection />
      <BackupsSection />
    </div>
  );
}
