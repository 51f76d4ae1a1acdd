// The browser finder's search for each system, with the platform, environment and file checks injected.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchBrowser } from '../../scripts/find-chrome.mjs';

const only = (...files) => (file) => files.includes(file);

test('Windows: Edge alone in Program Files (x86) is found', () => {
  const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
  assert.equal(searchBrowser({ platform: 'win32', env: {}, exists: only(edge) }), edge);
});
test('Windows: Edge in Program Files on another drive, from the environment', () => {
  const edge = 'D:\\Apps\\Microsoft\\Edge\\Application\\msedge.exe';
  assert.equal(searchBrowser({ platform: 'win32', env: { PROGRAMFILES: 'D:\\Apps' }, exists: only(edge) }), edge);
});
test('Windows: a per-user Chrome in LOCALAPPDATA wins over Edge', () => {
  const chrome = 'C:\\Users\\A B\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
  const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
  const env = { LOCALAPPDATA: 'C:\\Users\\A B\\AppData\\Local' };
  assert.equal(searchBrowser({ platform: 'win32', env, exists: only(chrome, edge) }), chrome);
});
test('macOS: Microsoft Edge.app', () => {
  const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
  assert.equal(searchBrowser({ platform: 'darwin', env: {}, exists: only(edge) }), edge);
});
test('Linux: microsoft-edge-stable when no Chromium is installed', () => {
  assert.equal(searchBrowser({ platform: 'linux', env: {}, exists: only('/usr/bin/microsoft-edge-stable') }), '/usr/bin/microsoft-edge-stable');
});
test('Linux: Chromium first', () => {
  assert.equal(searchBrowser({ platform: 'linux', env: {}, exists: () => true }), '/usr/bin/chromium');
});
test('CHROME_PATH wins, and a wrong one finds nothing rather than another browser', () => {
  assert.equal(searchBrowser({ platform: 'linux', env: { CHROME_PATH: '/x/chrome' }, exists: () => true }), '/x/chrome');
  assert.equal(searchBrowser({ platform: 'linux', env: { CHROME_PATH: '/x/chrome' }, exists: only('/usr/bin/chromium') }), undefined);
});
test('nothing installed: undefined on every system', () => {
  for (const platform of ['win32', 'darwin', 'linux']) assert.equal(searchBrowser({ platform, env: {}, exists: () => false }), undefined);
});
