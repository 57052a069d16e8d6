/**
 * Reads Vitest's JSON report and counts what really ran. A test file that failed to run
 * (it did not load, or a `beforeAll` threw so its tests were skipped) counts as one failure
 * and is named, so a missing layer can never close on "0 failed".
 */

/** Counts passed and failed tests in a Vitest JSON report, plus the files that failed to run. */
export function summarise(report, root = '') {
  const brokenFiles = [];
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((a) => a.status === 'failed').length;
    // A file marked failed with no failed test of its own did not run: its tests were never attempted.
    if (file.status === 'failed' && failedTests === 0) {
      const name = root && file.name.startsWith(root) ? file.name.slice(root.length).replace(/^[/\\]/, '') : file.name;
      brokenFiles.push({ name, message: firstLine(file.message) });
    }
  }
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles.length,
    skipped: report.numPendingTests ?? 0,
    brokenFiles,
  };
}

function firstLine(message) {
  const line = String(message ?? '').split('\n').find((l) => l.trim()) ?? '';
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
