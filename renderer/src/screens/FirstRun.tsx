/**
 * The first run: a calm welcome on an empty app with two ways in (explore a sample year,
 * or start with your own clients), the slim banner while sample data is present, and the
 * settings of this area (the daily reminder, removing the sample).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasSampleData, SAMPLE_SIGNATURE } from '#shared/sample';
import type { Dataset, Settings } from '#shared/model';
import { Field } from '../components/Field';
import { Dialog } from '../components/Dialog';
import { attempt, useApp } from '../store';
import { useFormat } from '../lib/useFormat';

const isEmpty = (data: Dataset) => (Object.keys(data) as (keyof Dataset)[]).every((k) => data[k].length === 0);

/** True when the settings carry the sample's made-up signature (in either language). */
function signedAsSample(settings: Pick<Settings, 'yourName' | 'businessName'>): boolean {
  return Object.values(SAMPLE_SIGNATURE).some((s) => s.yourName === settings.yourName && s.businessName === settings.businessName);
}

/** The welcome on an empty app: what ClientFit does in two lines, your name for the letters, and two buttons. */
export function FirstRun() {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const navigate = useApp((s) => s.navigate);
  const f = useFormat();
  const [loading, setLoading] = useState(false);
  const [yourName, setYourName] = useState(settings.yourName);
  const [businessName, setBusinessName] = useState(settings.businessName);
  // The sample only goes into an app with nothing in it (a colleague added first counts).
  const canExplore = isEmpty(data);

  /** Saves the name letters are signed with, when it changed; the sample signs with its own when left empty. */
  const saveSignature = async (sample: boolean): Promise<boolean> => {
    let next = { yourName: yourName.trim(), businessName: businessName.trim() };
    if (sample && next.yourName === '' && next.businessName === '') next = SAMPLE_SIGNATURE[settings.language];
    if (next.yourName === settings.yourName && next.businessName === settings.businessName) return true;
    return (await attempt(() => useApp.getState().updateSettings(next))) !== undefined;
  };

  const explore = async () => {
    setLoading(true);
    const loaded = await attempt(async () => {
      if (!(await saveSignature(true))) return undefined;
      await useApp.getState().loadSampleData(settings.language);
      return true;
    });
    if (!loaded) setLoading(false);
  };

  const fresh = async () => {
    if (await saveSignature(false)) navigate({ name: 'clients' });
  };

  return (
    <section className="card welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('firstRun.title')}</h2>
      <div className="welcome-lead">
        <p>{t('firstRun.lead1')}</p>
        <p>{t('firstRun.lead2')}</p>
      </div>
      <div className="form-grid welcome-signature">
        <Field label={t('firstRun.yourName')} help={t('firstRun.yourNameHelp')}>
          {(p) => <input {...p} className="input" value={yourName} onChange={(e) => setYourName(e.target.value)} autoComplete="name" />}
        </Field>
        <Field label={t('firstRun.businessName')}>
          {(p) => <input {...p} className="input" value={businessName} onChange={(e) => setBusinessName(e.target.value)} autoComplete="organization" />}
        </Field>
      </div>
      <div className="row">
        {canExplore && (
          <button type="button" className="btn primary" onClick={() => void explore()} disabled={loading} aria-busy={loading}>
            {loading ? t('firstRun.exploring') : t('firstRun.explore')}
          </button>
        )}
        <button type="button" className={canExplore ? 'btn' : 'btn primary'} onClick={() => void fresh()}>
          {t('firstRun.fresh')}
        </button>
      </div>
      {canExplore && <p className="small muted">{t('firstRun.exploreNote')}</p>}
      <p className="small muted welcome-rates">
        {t('firstRun.rates', { target: f.rate(settings.targetHourlyRate), minimum: f.rate(settings.minimumHourlyRate) })}{' '}
        <button type="button" className="link-button" onClick={() => navigate({ name: 'settings' })}>
          {t('firstRun.changeRates')}
        </button>
      </p>
    </section>
  );
}

/** "Remove sample data", asking first: removal is final. */
export function RemoveSampleButton({ className = 'btn small' }: { className?: string }) {
  const { t } = useTranslation();
  const toast = useApp((s) => s.toast);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);

  const remove = async () => {
    setBusy(true);
    const done = await attempt(async () => {
      await useApp.getState().removeSampleData();
      // The sample's made-up name goes with it: your own letters are never signed by it.
      if (signedAsSample(useApp.getState().settings)) await useApp.getState().updateSettings({ yourName: '', businessName: '' });
      return true;
    });
    setBusy(false);
    setAsking(false);
    if (done) toast(t('firstRun.removed'));
  };

  return (
    <>
      <button type="button" className={className} onClick={() => setAsking(true)}>
        {t('firstRun.remove')}
      </button>
      {asking && (
        <Dialog title={t('firstRun.confirmTitle')} onClose={() => setAsking(false)}>
          <p>{t('firstRun.confirmBody')}</p>
          <div className="form-actions">
            <button type="button" className="btn" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </button>
            <button type="button" className="btn danger" onClick={() => void remove()} disabled={busy} aria-busy={busy}>
              {t('firstRun.confirm')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}

/** A slim line on Home while sample data is present, with its one-click removal. */
export function SampleBanner() {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  if (!hasSampleData(data)) return null;
  return (
    <div className="notice sample-banner" role="region" aria-label={t('firstRun.settingsTitle')}>
      <p>
        <strong>{t('firstRun.banner')}</strong> <span className="muted">{t('firstRun.bannerNote')}</span>
      </p>
      <RemoveSampleButton />
    </div>
  );
}

/** This area's settings: the daily reminder, and removing the sample while it is here. */
export function FirstRunSettings() {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const updateSettings = useApp((s) => s.updateSettings);
  // The box follows the click at once; the saved setting takes over once it is written (or the
  // box goes back, with the error, when it cannot be).
  const [saving, setSaving] = useState<boolean | null>(null);
  const toggle = (on: boolean) => {
    setSaving(on);
    void attempt(() => updateSettings({ notifications: on })).finally(() => setSaving(null));
  };
  return (
    <>
      <section className="card" aria-labelledby="reminder-title">
        <h2 id="reminder-title" style={{ marginBottom: 12 }}>{t('notifications.title')}</h2>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={saving ?? settings.notifications}
            aria-describedby="reminder-help"
            onChange={(e) => toggle(e.target.checked)}
          />
          {t('notifications.toggle')}
        </label>
        <p id="reminder-help" className="small muted" style={{ marginTop: 4 }}>{t('notifications.help')}</p>
      </section>
      {hasSampleData(data) && (
        <section className="card" aria-labelledby="sample-title">
          <h2 id="sample-title" style={{ marginBottom: 12 }}>{t('firstRun.settingsTitle')}</h2>
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <p className="muted">{t('firstRun.settingsBody')}</p>
            <RemoveSampleButton className="btn danger" />
          </div>
        </section>
      )}
    </>
  );
}
