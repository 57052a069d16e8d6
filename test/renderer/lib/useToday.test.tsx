import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { msToNextMidnight, useToday } from '../../../renderer/src/lib/useToday';
import { ManualEntry } from '../../../renderer/src/screens/Time';
import { i18n } from '../../../renderer/src/i18n';
import { useApp } from '../../../renderer/src/store';
import { DEFAULT_SETTINGS, EMPTY_DATASET } from '#shared/model';

function Today() {
  return <p data-testid="today">{useToday()}</p>;
}
const shown = () => screen.getByTestId('today').textContent;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  // Local time: the app's day is the person's, whatever the time zone.
  vi.setSystemTime(new Date(2026, 11, 4, 23, 59, 30));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useToday', () => {
  it('rolls over when midnight passes, and again the next midnight', () => {
    render(<Today />);
    expect(shown()).toBe('2026-12-04');
    act(() => void vi.advanceTimersByTime(29_000));
    expect(shown()).toBe('2026-12-04');
    act(() => void vi.advanceTimersByTime(2_000));
    expect(shown()).toBe('2026-12-05');
    // Re-armed: a day later it moves again, with no event in between.
    act(() => void vi.advanceTimersByTime(24 * 60 * 60 * 1000));
    expect(shown()).toBe('2026-12-06');
  });

  it('catches up when the window comes back after the machine slept through midnight', () => {
    render(<Today />);
    // Asleep: the clock moves on but no timer ran.
    vi.setSystemTime(new Date(2026, 11, 7, 8, 15));
    expect(shown()).toBe('2026-12-04');
    act(() => void window.dispatchEvent(new Event('focus')));
    expect(shown()).toBe('2026-12-07');
  });

  it('keeps every mounted component on the same day, and stops its timer when none is left', () => {
    const first = render(<Today />);
    const second = render(<Today />);
    act(() => void vi.advanceTimersByTime(31_000));
    expect(screen.getAllByTestId('today').map((p) => p.textContent)).toEqual(['2026-12-05', '2026-12-05']);
    first.unmount();
    expect(vi.getTimerCount()).toBe(1);
    second.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("a new entry's date left as it was follows the new day; a day the person picked stays", async () => {
    await i18n.changeLanguage('es');
    useApp.setState({ status: 'ready', data: EMPTY_DATASET, settings: { ...DEFAULT_SETTINGS, language: 'es' } });
    const first = render(<ManualEntry />);
    const field = () => screen.getByLabelText<HTMLInputElement>('Fecha');
    expect(field().value).toBe('04/12/2026');
    act(() => void vi.advanceTimersByTime(31_000));
    expect(field().value).toBe('05/12/2026');
    first.unmount();

    vi.setSystemTime(new Date(2026, 11, 5, 23, 59, 30));
    render(<ManualEntry />);
    fireEvent.change(field(), { target: { value: '2026-12-01' } });
    act(() => void vi.advanceTimersByTime(31_000));
    expect(field().value).toBe('2026-12-01');
  });

  it('counts the time to the next local midnight', () => {
    expect(msToNextMidnight(new Date(2026, 11, 4, 23, 0))).toBe(60 * 60 * 1000);
    expect(msToNextMidnight(new Date(2026, 11, 4, 0, 0))).toBe(24 * 60 * 60 * 1000);
  });
});

