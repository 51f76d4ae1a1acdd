// Finds a Chromium-based browser (Chrome, Chromium or Microsoft Edge) for the tests, the Storybook
// smoke check, the bench and screenshots: CHROME_PATH first, then the usual install locations of
// the system. Firefox and Safari are not looked for: the runners drive the browser through the
// Chrome DevTools protocol, which only Chromium-based browsers speak.
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where each system usually installs a Chromium-based browser, most likely first. Chrome and
 * Chromium come before Edge, since the suite is run on Chromium in CI; a Windows laptop with Edge
 * alone still finds Edge. Windows paths come from the environment (Program Files can live on
 * another drive), falling back to the default folders.
 * @param {string} platform - a `process.platform` value
 * @param {Record<string, string | undefined>} env - the environment (for the Windows folders)
 * @returns {string[]}
 */
export function browserCandidates(platform, env = {}) {
  if (platform === 'win32') {
    const { join } = path.win32;
    const programFiles = env.PROGRAMFILES || env.ProgramFiles || 'C:\\Program Files';
    const programFilesX86 = env['PROGRAMFILES(X86)'] || env['ProgramFiles(x86)'] || 'C:\\Program Files (x86)';
    const localAppData = env.LOCALAPPDATA || (env.USERPROFILE ? join(env.USERPROFILE, 'AppData', 'Local') : undefined);
    const chrome = ['Google', 'Chrome', 'Application', 'chrome.exe'];
    const edge = ['Microsoft', 'Edge', 'Application', 'msedge.exe'];
    return [
      join(programFiles, ...chrome),
      join(programFilesX86, ...chrome),
      // A per-user install (no administrator rights, as on many managed laptops).
      ...(localAppData ? [join(localAppData, ...chrome), join(localAppData, 'Chromium', 'Application', 'chrome.exe')] : []),
      // Edge installs into Program Files (x86) even on 64-bit Windows; newer images use Program Files.
      join(programFilesX86, ...edge),
      join(programFiles, ...edge),
    ];
  }
  if (platform === 'darwin') {
    const apps = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])];
    return apps.flatMap((dir) => [
      `${dir}/Google Chrome.app/Contents/MacOS/Google Chrome`,
      `${dir}/Chromium.app/Contents/MacOS/Chromium`,
      `${dir}/Microsoft Edge.app/Contents/MacOS/Microsoft Edge`,
    ]);
  }
  // Linux and the BSDs: distribution packages, snaps and the vendors' own packages.
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/opt/microsoft/msedge/msedge',
  ];
}

/**
 * The search itself, with the system injected so that a test can run it for every platform.
 * CHROME_PATH wins: when it is set, it is the answer if it exists and nothing is found otherwise
 * (a wrong CHROME_PATH should fail loudly rather than quietly test another browser).
 * @param {{ platform: string, env: Record<string, string | undefined>, exists: (file: string) => boolean }} system
 * @returns {string | undefined}
 */
export function searchBrowser({ platform, env, exists }) {
  if (env.CHROME_PATH) return exists(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  return browserCandidates(platform, env).find((file) => exists(file));
}

/** The browser on this machine, or undefined. */
export function findChrome() {
  return searchBrowser({ platform: process.platform, env: process.env, exists: existsSync });
}

/** The browser, or the message below and exit code 1 (for scripts that cannot go on without one). */
export function findChromeOrExit() {
  const found = findChrome();
  if (found) return found;
  console.error(noBrowserMessage());
  process.exit(1);
}

/** One message for every runner when no browser is found: what was looked for and how to fix it. */
export function noBrowserMessage(env = process.env) {
  if (env.CHROME_PATH) return `CHROME_PATH is set to "${env.CHROME_PATH}", but there is no file there. Point it at a Chrome, Chromium or Edge executable.`;
  return (
    'No Chrome, Chromium or Microsoft Edge found. Install one (Debian/Ubuntu: sudo apt-get install chromium; ' +
    'Windows and macOS: Chrome or Edge from the vendor) or set CHROME_PATH to its executable, then run the command again.'
  );
}

export const CHROME_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];
