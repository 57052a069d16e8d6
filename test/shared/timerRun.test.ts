import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossesMidnight, runMinutes, splitRun } from '#shared/timerRun';

const at = (local: string) => new Date(local).getTime();

describe('splitRun', () => {
  it('is one entry on the start day, across midnight too, unless split is asked', () => {
    expect(splitRun(at('2026-12-04T22:00:00'), at('2026-12-05T01:30:00'))).toEqual([{ date: '2026-12-04', minutes: 210 }]);
    expect(splitRun(at('2026-12-04T22:00:00'), at('2026-12-05T01:30:00'), true)).toEqual([
      { date: '2026-12-04', minutes: 120 },
      { date: '2026-12-05', minutes: 90 },
    ]);
  });

  it('splits a run over 24 h by day, never cutting it', () => {
    expect(splitRun(at('2026-12-04T15:00:00'), at('2026-12-07T06:00:00'))).toEqual([
      { date: '2026-12-04', minutes: 540 },
      { date: '2026-12-05', minutes: 1440 },
      { date: '2026-12-06', minutes: 1440 },
      { date: '2026-12-07', minutes: 360 },
    ]);
  });

  it('gives nothing for under half a minute', () => {
    expect(splitRun(at('2026-12-04T15:00:00'), at('2026-12-04T15:00:20'))).toEqual([]);
    expect(runMinutes(at('2026-12-04T15:00:00'), at('2026-12-04T14:00:00'))).toBe(0);
  });

  it('always adds up to the whole run, with no part over 24 h or under a minute', () => {
    const base = at('2026-01-01T00:00:00');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 24 * 60 }), fc.integer({ min: 1, max: 10 * 24 * 60 * 60 }), fc.boolean(), (startMin, seconds, byDay) => {
        const start = base + startMin * 60_000 + 17_000;
        const end = start + seconds * 1000;
        const parts = splitRun(start, end, byDay);
        expect(parts.reduce((n, p) => n + p.minutes, 0)).toBe(runMinutes(start, end));
        for (const p of parts) expect(p.minutes).toBeGreaterThanOrEqual(1);
        for (const p of parts) expect(p.minutes).toBeLessThanOrEqual(1440);
        if (!byDay && runMinutes(start, end) <= 1440) expect(parts.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('knows a run across midnight', () => {
    expect(crossesMidnight(at('2026-12-04T22:00:00'), at('2026-12-05T00:00:00'))).toBe(false);
    expect(crossesMidnight(at('2026-12-04T22:00:00'), at('2026-12-05T00:01:00'))).toBe(true);
  });
});
