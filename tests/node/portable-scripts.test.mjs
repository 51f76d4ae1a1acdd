// Every npm script must run in Windows' cmd.exe as well as in sh: no POSIX-only commands or syntax.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** What cmd.exe lacks or reads differently, with why. */
const FORBIDDEN = [
  [/(^|&&|\|\||;|\|)\s*(rm|cp|mv|cat|ls|touch|grep|sed|chmod|ln|which|test|true|false)\s/, 'a POSIX command (use a small Node script)'],
  [/\bmkdir\s+-p\b/, 'mkdir -p'],
  [/(^|&&|;)\s*export\s/, 'export VAR=…'],
  [/(^|&&|;)\s*[A-Z_][A-Z0-9_]*=\S*\s+\S/, 'a VAR=value prefix (cmd.exe has none)'],
  [/'/, "single quotes (cmd.exe passes them through)"],
  [/;/, "';' between commands (cmd.exe uses '&')"],
  [/(^|[^&])&([^&]|$)/, "'&' backgrounding"],
  [/\$\(|`/, 'command substitution'],
  [/\$[A-Za-z_{]/, 'a $VAR expansion'],
  [/\s(\/dev\/null|\/tmp\/)/, 'a POSIX path'],
  [/\\\n/, 'a line continuation'],
];

test('package.json scripts use nothing Windows cmd.exe lacks', () => {
  const problems = [];
  for (const [name, command] of Object.entries(scripts)) {
    for (const [pattern, what] of FORBIDDEN) if (pattern.test(command)) problems.push(`${name}: ${what}: ${command}`);
  }
  assert.deepEqual(problems, []);
});

test('the checker itself catches what it is for', () => {
  const bad = ['rm -rf dist', 'mkdir -p x && node a', 'NODE_ENV=test node a', "echo 'x'", 'a; b', 'export A=1 && b', 'cat x | node y'];
  for (const command of bad) assert.ok(FORBIDDEN.some(([p]) => p.test(command)), command);
  for (const good of ['node scripts/clean.mjs', 'vite build && vite build --mode cdn', 'web-test-runner --coverage']) {
    assert.ok(!FORBIDDEN.some(([p]) => p.test(good)), good);
  }
});
