/**
 * "When did you finish?": a timer that ran past `longTimerHours` is not logged as it is.
 * The person picks the end (the end of the start day at their usual hour, when they last
 * used the app, now, or an exact date and time) and sees what will be logged before it is.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { crossesMidnight, runMinutes, splitRun } from '#shared/timerRun';
import { LIMITS } from '#shared/model';
import { attempt, useApp } from '../store';
import { useFormat } from '../lib/useFormat';
import { endOfStartDay, fromLocalInput, lastTouched, toLocalInput } from '../lib/timerEnd';
import { Dialog } from './Dialog';
import { DateField } from './DateField';
import './TimerEndDialog.css';

type Choice = 'usual' | 'touched' | 'now' | 'exact';

/** The question, shown while the store has `askEnd`. */
export function TimerEndDialog() {
  const askEnd = useApp((s) => s.askEnd);
  if (!askEnd) return null;
  return <TimerEndQuestion key={askEnd.startedAt} />;
}

function TimerEndQuestion() {
  const { t } = useTranslation();
  const f = useFormat();
  const ids = useId();
  const askEnd = useApp((s) => s.askEnd)!;
  const timer = useApp((s) => s.timer);
  const data = useApp((s) => s.data);
  const s = useApp.getState();
  const [opened] = useState(() => Date.now());
  const startMs = new Date(askEnd.startedAt).getTime();

  const options = useMemo(() => {
    const out: { choice: Choice; at: Date }[] = [];
    const usual = endOfStartDay(askEnd.startedAt, data.timeEntries);
    if (usual && usual.getTime() < opened) out.push({ choice: 'usual', at: usual });
    const touched = lastTouched();
    // Only a use of the app during the run says when the work stopped.
    if (touched && touched.getTime() > startMs + 60_000 && touched.getTime() < opened - 60_000) out.push({ choice: 'touched', at: touched });
    out.push({ choice: 'now', at: new Date(opened) });
    return out;
  }, [askEnd.startedAt, data.timeEntries, opened, startMs]);

  const [choice, setChoice] = useState<Choice>(options[0]!.choice);
  const [exact, setExact] = useState(() => toLocalInput(options[0]!.at));
  const [split, setSplit] = useState(false);
  const [busy, setBusy] = useState(false);

  const exactAt = fromLocalInput(exact);
  const end = choice === 'exact' ? exactAt : options.find((o) => o.choice === choice)?.at;
  const problem =
    !end ? t('timerEnd.exactInvalid') : end.getTime() <= startMs ? t('timerEnd.beforeStart') : end.getTime() > opened + 60_000 ? t('timerEnd.future') : '';
  const endMs = end?.getTime() ?? startMs;
  const minutes = problem ? 0 : runMinutes(startMs, endMs);
  const overnight = !problem && crossesMidnight(startMs, endMs);
  const mustSplit = minutes > LIMITS.minutesPerEntry;
  const parts = problem ? [] : splitRun(startMs, endMs, split || mustSplit);

  const project = data.projects.find((p) => p.id === timer?.projectId);
  const nextProject = askEnd.nextProjectId ? data.projects.find((p) => p.id === askEnd.nextProjectId) : undefined;
  const when = (d: Date) =>
    new Intl.DateTimeFormat(f.language === 'es' ? 'es-ES' : 'en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(d);

  const close = () => {
    if (!busy) s.dismissAskEnd();
  };
  const log = async () => {
    if (problem || !end || busy) return;
    setBusy(true);
    const result = await attempt(() => s.stopTimer({ endAt: end.toISOString(), ...(split || mustSplit ? { splitByDay: true } : {}) }));
    setBusy(false);
    if (!result || result.needsEnd) return;
    const logged = result.entries.reduce((n, e) => n + e.minutes, 0);
    s.toast(
      result.entries.length > 1
        ? t('timerEnd.loggedSplit', { count: result.entries.length, duration: f.minutes(logged), project: project?.title ?? '' })
        : result.entries.length === 1
          ? t('timer.logged', { duration: f.minutes(logged), project: project?.title ?? '' })
          : t('timer.tooShort'),
    );
    if (nextProject) await attempt(() => s.startTimer(nextProject.id));
  };
  const discard = async () => {
    if (busy) return;
    setBusy(true);
    const done = await attempt(async () => (await s.discardTimer(), true));
    setBusy(false);
    if (done) s.toast(t('timerEnd.discarded'));
  };

  return (
    <Dialog title={t('timerEnd.title')} onClose={close}>
      <div className="stack timer-end">
        <p>
          {t('timerEnd.intro', {
            project: project?.title ?? t('timer.unknownProject'),
            start: when(new Date(startMs)),
            running: f.minutes(askEnd.runningMinutes),
          })}
        </p>
        {nextProject && <p className="small muted">{t('timerEnd.thenStart', { project: nextProject.title })}</p>}
        <fieldset className="choices">
          <legend className="visually-hidden">{t('timerEnd.title')}</legend>
          {options.map((o) => (
            <label key={o.choice} className="choice">
              <input type="radio" name={`${ids}-end`} checked={choice === o.choice} onChange={() => setChoice(o.choice)} />
              <span>{t(`timerEnd.choice.${o.choice}`, { when: when(o.at) })}</span>
            </label>
          ))}
          <label className="choice">
            <input type="radio" name={`${ids}-end`} checked={choice === 'exact'} onChange={() => setChoice('exact')} />
            <span>{t('timerEnd.choice.exact')}</span>
          </label>
          <DateField
            withTime
            aria-label={t('timerEnd.exactLabel')}
            value={exact}
            min={toLocalInput(new Date(startMs + 60_000))}
            max={toLocalInput(new Date(opened))}
            onChange={(value) => {
              setExact(value);
              setChoice('exact');
            }}
            aria-invalid={choice === 'exact' && Boolean(problem) ? true : undefined}
          />
        </fieldset>
        {overnight && (
          <label className="checkbox">
            <input type="checkbox" checked={split || mustSplit} disabled={mustSplit} onChange={(e) => setSplit(e.target.checked)} />
            {mustSplit ? t('timerEnd.mustSplit') : t('timerEnd.split')}
          </label>
        )}
        <p className={problem ? 'small tone-bad' : 'small'} role="status" data-testid="timer-end-summary">
          {problem ||
            (parts.length === 0
              ? t('timer.tooShort')
              : parts.length === 1
                ? t('timerEnd.willLog', { duration: f.minutes(parts[0]!.minutes), date: f.date(parts[0]!.date) })
                : t('timerEnd.willLogSplit', {
                    count: parts.length,
                    duration: f.minutes(minutes),
                    days: parts.map((p) => `${f.date(p.date)} ${f.minutes(p.minutes)}`).join(' · '),
                  }))}
        </p>
        <div className="form-actions">
          <button type="button" className="btn ghost" onClick={() => void discard()} disabled={busy}>
            {t('timerEnd.discard')}
          </button>
          <span className="spacer" />
          <button type="button" className="btn" onClick={close} disabled={busy}>
            {t('timerEnd.keepRunning')}
          </button>
          <button type="button" className="btn primary" onClick={() => void log()} disabled={busy || Boolean(problem)}>
            {t('timerEnd.log')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
