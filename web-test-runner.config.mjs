// @web/test-runner: every test in a real headless Chromium-based browser (Debian's /usr/bin/chromium
// in CI; Chrome or Edge on a laptop; CHROME_PATH wins; see scripts/find-chrome.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { plainSummaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { testServerMiddleware } from './tests/server/middleware.mjs';
import { CHROME_ARGS, findChrome, noBrowserMessage } from './scripts/find-chrome.mjs';
import { reactPlugin } from './tests/server/react-plugin.mjs';
import { testCommandsPlugin } from './tests/server/commands-plugin.mjs';
import { versionDefine } from './scripts/version.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(noBrowserMessage());
  process.exit(1);
}

export default {
  files: process.env.TEST_FILES ?? 'tests/**/*.test.ts',
  nodeResolve: true,
  // One page at a time: a second, background page gets no animation frames, which stalls fixtures.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  mimeTypes: { 'data/**/*.json': 'js' },
  middleware: [testServerMiddleware],
  // a11ySnapshot: tests read names from the browser's accessibility tree, as a screen reader would.
  plugins: [a11ySnapshotPlugin(), testCommandsPlugin(), reactPlugin(), esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022', define: versionDefine })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [...CHROME_ARGS, '--js-flags=--expose-gc'],
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), plainSummaryReporter()],
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
  },
};
