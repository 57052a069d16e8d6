import { describe, expect, it } from 'vitest';
import { summarise } from '../../scripts/testSummary.mjs';

const file = (name: string, status: 'passed' | 'failed', tests: ('passed' | 'failed' | 'skipped' | 'pending')[], message = '') => ({
  name,
  status,
  message,
  assertionResults: tests.map((s, i) => ({ title: `t${i}`, status: s })),
});

describe('npm test closing count', () => {
  it('counts passed and failed tests as Vitest reports them', () => {
    const r = summarise({
      numPassedTests: 3,
      numFailedTests: 1,
      numPendingTests: 0,
      testResults: [file('/repo/a.test.ts', 'passed', ['passed', 'passed']), file('/repo/b.test.ts', 'failed', ['passed', 'failed'])],
    });
    expect(r).toEqual({ passed: 3, failed: 1, skipped: 0, brokenFiles: [] });
  });

  it('counts a file whose beforeAll threw (its tests left skipped) as a failure, by name', () => {
    // What a missing browser looked like: every e2e file "failed" with all its tests skipped,
    // and the old count closed on "0 failed".
    const r = summarise(
      {
        numPassedTests: 2,
        numFailedTests: 0,
        numPendingTests: 3,
        testResults: [
          file('/repo/test/unit.test.ts', 'passed', ['passed', 'passed']),
          file('/repo/test/e2e/home.test.ts', 'failed', ['skipped', 'skipped'], 'Error: No Chromium found for the end-to-end tests\n  at findChromium'),
          file('/repo/test/e2e/time.test.ts', 'failed', ['skipped']),
        ],
      },
      '/repo',
    );
    expect(r.passed).toBe(2);
    expect(r.failed).toBe(2);
    expect(r.brokenFiles.map((f) => f.name)).toEqual(['test/e2e/home.test.ts', 'test/e2e/time.test.ts']);
    expect(r.brokenFiles[0]!.message).toBe('Error: No Chromium found for the end-to-end tests');
  });

  it('counts a file that did not load at all (no tests) as a failure', () => {
    const r = summarise({ numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, testResults: [file('x.test.ts', 'failed', [], 'SyntaxError')] });
    expect(r.failed).toBe(1);
  });

  it('does not count a file twice when its own tests failed', () => {
    const r = summarise({ numPassedTests: 0, numFailedTests: 2, numPendingTests: 0, testResults: [file('x.test.ts', 'failed', ['failed', 'failed'])] });
    expect(r.failed).toBe(2);
  });
});
