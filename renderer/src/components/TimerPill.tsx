import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attempt, useApp } from '../store';
import { projectChoices, projectLabel } from '../lib/projectChoices';
import { formatMinutes } from '#shared/format';
import { noteActivity } from '../lib/timerEnd';
import { TimerEndDialog } from './TimerEndDialog';
import { isLongRun } from '#shared/timerRun';
import { indexDataset } from '#shared/rules';

function elapsedText(startedAt: string, now: number): string {
  const secs = Math.max(0, Math.floor((now - new Date(startedAt).getTime()) / 1000));
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  const s = secs % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** The running timer, always in sight: project, elapsed time, stop; or one click to start. */
export function TimerPill() {
  const { t } = useTranslation();
  const timer = useApp((s) => s.timer);
  const data = useApp((s) => s.data);
  const startTimer = useApp((s) => s.startTimer);
  const stopTimer = useApp((s) => s.stopTimer);
  const toast = useApp((s) => s.toast);
  const recent = useMemo(() => projectChoices(data), [data]);
  const [now, setNow] = useState(() => Date.now());
  const [choice, setChoice] = useState('');
  const longHours = useApp((s) => s.settings.longTimerHours);
  const language = useApp((s) => s.settings.language);

  // When the person last used the app is one answer to "when did you finish?".
  useEffect(() => {
    const note = () => noteActivity();
    window.addEventListener('pointerdown', note, true);
    window.addEventListener('keydown', note, true);
    return () => {
      window.removeEventListener('pointerdown', note, true);
      window.removeEventListener('keydown', note, true);
    };
  }, []);

  useEffect(() => {
    if (!timer) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [timer]);

  if (timer) {
    const project = data.projects.find((p) => p.id === timer.projectId);
    const long = isLongRun(new Date(timer.startedAt).getTime(), now, longHours);
    return (
      <>
        <div className={`timer-pill running${long ? ' long' : ''}`} role="group" aria-label={t('timer.running')}>
          <span className="dot" aria-hidden />
          <div className="what">
            <span className="title" title={project?.title}>{project?.title ?? t('timer.unknownProject')}</span>
            <span className="elapsed" aria-live="off" data-testid="timer-elapsed" title={long ? t('timer.long', { count: longHours }) : undefined}>
              {elapsedText(timer.startedAt, now)}
            </span>
          </div>
          <button
            className="btn small"
            onClick={() =>
              void attempt(async () => {
                const result = await stopTimer();
                if (result.needsEnd) return; // the question opens instead
                const minutes = result.entries.reduce((n, e) => n + e.minutes, 0);
                toast(minutes > 0 ? t('timer.logged', { duration: formatMinutes(minutes, language), project: project?.title ?? '' }) : t('timer.tooShort'));
              })
            }
          >
            {t('timer.stop')}
          </button>
        </div>
        <TimerEndDialog />
      </>
    );
  }

  const selected = choice || recent[0]?.id || '';
  const chosen = recent.find((p) => p.id === selected);
  const chosenClient = chosen ? indexDataset(data).clientsById.get(chosen.clientId)?.name : undefined;
  return (
    <div className="timer-pill" role="group" aria-label={t('timer.idle')}>
      {recent.length === 0 ? (
        <span className="idle">{t('timer.noProjects')}</span>
      ) : (
        <>
          {/* The project and its client shown whole on two lines (a select would cut the name at
              its width); the system's select lies over them, so a click, the keyboard and a screen
              reader use it as before. */}
          <div className="what picker" title={chosen ? projectLabel(data, chosen) : undefined}>
            <span className="title" aria-hidden>
              {chosen?.title}
              <span className="chevron"> ▾</span>
            </span>
            {chosenClient && <span className="client" aria-hidden>{chosenClient}</span>}
            <label className="visually-hidden" htmlFor="timer-project">{t('timer.project')}</label>
            <select id="timer-project" value={selected} onChange={(e) => setChoice(e.target.value)}>
              {recent.map((p) => (
                <option key={p.id} value={p.id}>{projectLabel(data, p)}</option>
              ))}
            </select>
          </div>
          <button
            className="btn primary play"
            onClick={() => void attempt(() => startTimer(selected))}
            aria-label={t('timer.startOn', { project: chosen?.title ?? '' })}
            title={t('timer.startOn', { project: chosen?.title ?? '' })}
          >
            <span aria-hidden>▶</span>
          </button>
        </>
      )}
    </div>
  );
}
