// The browser finder's search for each system, with the platform, environment and file checks
// injected (node:test; run by `npm test` before the browser tests).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserCandidates, searchBrowser } from '../../scripts/find-chrome.mjs';

const only = (...files) => (file) => files.includes(file);

test('Windows with Edge alone finds Edge in Program Files (x86)', () => {
  const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' };
  const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
  assert.equal(searchBrowser({ platform: 'win32', env, exists: only(edge) }), edge);
});

test('Windows finds Edge in Program Files, and a per-user Chrome before Edge', () => {
  const env = { PROGRAMFILES: 'D:\\Apps', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' };
  const edge = 'D:\\Apps\\Microsoft\\Edge\\Application\\msedge.exe';
  const userChrome = 'C:\\Users\\a\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
  assert.equal(searchBrowser({ platform: 'win32', env, exists: only(edge) }), edge);
  assert.equal(searchBrowser({ platform: 'win32', env, exists: only(edge, userChrome) }), userChrome);
});

test('Windows looks in both Program Files folders, with defaults when the variables are unset', () => {
  const list = browserCandidates('win32', {});
  assert.ok(list.includes('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'));
  assert.ok(list.includes('C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'));
  assert.ok(list.includes('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'));
  assert.ok(list.includes('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe'));
});

test('macOS finds Chrome, Chromium or Edge in /Applications', () => {
  const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
  assert.equal(searchBrowser({ platform: 'darwin', env: {}, exists: only(edge) }), edge);
  assert.ok(browserCandidates('darwin', {}).includes('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'));
});

test('Linux finds Debian chromium first, and Edge when it is all there is', () => {
  assert.equal(searchBrowser({ platform: 'linux', env: {}, exists: only('/usr/bin/chromium', '/usr/bin/microsoft-edge') }), '/usr/bin/chromium');
  assert.equal(searchBrowser({ platform: 'linux', env: {}, exists: only('/usr/bin/microsoft-edge-stable') }), '/usr/bin/microsoft-edge-stable');
});

test('CHROME_PATH wins, and a wrong one finds nothing rather than another browser', () => {
  const exists = only('/usr/bin/chromium', '/opt/mine/chrome');
  assert.equal(searchBrowser({ platform: 'linux', env: { CHROME_PATH: '/opt/mine/chrome' }, exists }), '/opt/mine/chrome');
  assert.equal(searchBrowser({ platform: 'linux', env: { CHROME_PATH: '/nope' }, exists }), undefined);
});

test('no Firefox or Safari is ever a candidate (the runners speak the Chrome DevTools protocol)', () => {
  for (const platform of ['win32', 'darwin', 'linux']) {
    for (const file of browserCandidates(platform, {})) assert.doesNotMatch(file, /firefox|safari/i);
  }
});
