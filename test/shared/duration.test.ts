import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatDurationInput, parseDuration, readDuration } from '#shared/duration';

describe('parseDuration', () => {
  it.each([
    ['1:30', 90],
    ['0:45', 45],
    ['1.5', 90],
    ['1,5', 90],
    ['1,5 h', 90],
    ['1.5h', 90],
    ['90m', 90],
    ['90 min', 90],
    ['2h15', 135],
    ['2h 15m', 135],
    ['2 h 15 min', 135],
    ['45min', 45],
    ['3', 180],
    ['1h', 60],
    ['  1H 30M ', 90],
    ['2 horas', 120],
    ['30 minutos', 30],
    ['1 hr', 60],
    ['.5', 30],
    ['24', 1440],
    ['24:00', 1440],
    ['0.01', 1],
    ['10 min.', 10],
  ])('reads %j as %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(['', '   ', '0', '0:00', '0 min', '-1', '-1:30', '- 2h', 'abc', 'h', '1:75', '1:5', '1..5', '1,5,5', '25', '24:01', '1441 min', '0.001', 'NaN', 'Infinity', '1e3', '2h 15x'])(
    'gives null for %j',
    (text) => {
      expect(parseDuration(text)).toBeNull();
    },
  );
});

describe('formatDurationInput', () => {
  it('writes hours and two-digit minutes', () => {
    expect(formatDurationInput(90)).toBe('1:30');
    expect(formatDurationInput(45)).toBe('0:45');
    expect(formatDurationInput(60)).toBe('1:00');
    expect(formatDurationInput(1440)).toBe('24:00');
    expect(formatDurationInput(89.6)).toBe('1:30');
    expect(formatDurationInput(Number.NaN)).toBe('');
  });

  it('reads back what it writes, for every minute of a day', () => {
    for (let m = 1; m <= 1440; m++) expect(parseDuration(formatDurationInput(m))).toBe(m);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        const m = parseDuration(s);
        expect(m === null || (Number.isInteger(m) && m >= 1 && m <= 1440)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('readDuration, every style the trackers export', () => {
  it.each([
    ['01:30:00', 90],
    ['1:30:00', 90],
    ['1:30', 90],
    ['1.5', 90],
    ['1,5', 90],
    ['2.000,0', 120000],
    ['18:25 min', 18 + 25 / 60],
    ['1 h 30 min', 90],
    ['90 min', 90],
    ['45 sec', 0.75],
    ['1 Std. 15 Min.', 75],
    ['2 heures', 120],
    ['1:01:32', 61 + 32 / 60],
    ['26:00:00', 1560],
  ])('reads %j as %d minutes', (text, minutes) => {
    const read = readDuration(text);
    expect('minutes' in read && read.minutes).toBeCloseTo(minutes, 6);
  });

  it('reads a bare number as minutes where the column holds minutes', () => {
    expect(readDuration('90', { bare: 'minutes' })).toEqual({ minutes: 90 });
    expect(readDuration('90')).toEqual({ minutes: 5400 });
  });

  it('marks a time of day, so start and end can decide', () => {
    expect(readDuration('01:30:00 AM')).toEqual({ minutes: 90, timeOfDay: true });
    expect(readDuration('12:45:00 AM')).toEqual({ minutes: 45, timeOfDay: true });
    expect(readDuration('02:00:00 p.m.')).toEqual({ minutes: 840, timeOfDay: true });
    // Typed into a field, a time of day is not a duration.
    expect(parseDuration('01:30:00 AM')).toBeNull();
  });

  it('reads "-" and blanks as empty, a minus as negative, the rest as unreadable', () => {
    expect(readDuration('-')).toEqual({ problem: 'empty' });
    expect(readDuration('  ')).toEqual({ problem: 'empty' });
    expect(readDuration('-1:30')).toEqual({ problem: 'negative' });
    for (const s of ['1:30:00 min', '30 min 1 h', '1 h 1 h', 'abc', '1e3', '18:25 km']) expect(readDuration(s)).toEqual({ problem: 'bad' });
  });

  it('never throws and never gives a negative or non-finite number', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const read = readDuration(s);
        if ('minutes' in read) expect(Number.isFinite(read.minutes) && read.minutes >= 0).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
