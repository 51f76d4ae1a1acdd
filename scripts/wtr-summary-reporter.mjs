// Prints a plain "N passed, N failed[, N skipped]" line last, which CI reads; WTR's own summary
// line carries a progress bar. A test file that failed to load counts as one failure.
export function plainSummaryReporter() {
  let passed = 0, failed = 0, skipped = 0;
  const walk = (suite) => {
    for (const t of suite.tests ?? []) {
      if (t.skipped) skipped++;
      else if (t.passed) passed++;
      else failed++;
    }
    for (const s of suite.suites ?? []) walk(s);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed++;
      }
      process.on('exit', () => {
        console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
      });
    },
  };
}
