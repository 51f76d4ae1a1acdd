// Running npm and the tools in node_modules the same way on Windows, macOS and Linux.
// On Windows `npm` is npm.cmd and node_modules/.bin/<tool> a shell script beside a .cmd shim:
// execFile('npm') fails with ENOENT, and since Node 20.12.2 spawning a .cmd without a shell throws
// EINVAL. So npm runs as `node <npm-cli.js>` when npm started us (it says where, in npm_execpath),
// else through the shell with its arguments quoted; tools run as `node <their bin script>`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Quotes one argument for cmd.exe when it needs it (spaces in a Windows temp path are common). */
export function quoteForCmd(arg) {
  return /[\s"&|<>^()%!,;=]/.test(arg) ? `"${arg.replace(/"/g, '""')}"` : arg;
}

/**
 * How to start npm with these arguments on this system.
 * @param {string[]} args
 * @param {{ platform?: string, env?: Record<string, string | undefined>, execPath?: string }} [system]
 * @returns {{ file: string, args: string[], shell: boolean }}
 */
export function npmInvocation(args, { platform = process.platform, env = process.env, execPath = process.execPath } = {}) {
  const cli = env.npm_execpath;
  // npm-cli.js when run from an npm script (not npx-cli.js, nor pnpm's or yarn's).
  if (cli && /npm-cli\.c?js$/.test(cli)) return { file: execPath, args: [cli, ...args], shell: false };
  // One command line (file plus arguments with shell: true is deprecated from Node 24 on).
  if (platform === 'win32') return { file: ['npm', ...args.map(quoteForCmd)].join(' '), args: [], shell: true };
  return { file: 'npm', args, shell: false };
}

/** Runs npm synchronously (execFileSync options pass through); returns its stdout. */
export function runNpm(args, options = {}) {
  const { file, args: argv, shell } = npmInvocation(args);
  return execFileSync(file, argv, { ...options, shell });
}

/**
 * The JavaScript file behind a package's command (what node_modules/.bin/<name> points at), so it
 * can be run as `node <file>` on every system.
 * @param {string} root - the project folder
 * @param {string} pkg - e.g. 'publint' or '@arethetypeswrong/cli'
 * @param {string} [name] - the command, when the package has several
 */
export function binScript(root, pkg, name) {
  const dir = path.join(root, 'node_modules', ...pkg.split('/'));
  const { bin } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const rel = typeof bin === 'string' ? bin : bin[name ?? Object.keys(bin)[0]];
  if (!rel) throw new Error(`${pkg} has no command ${name}`);
  return path.join(dir, rel);
}

/** Runs a package's command with this Node; returns its stdout. */
export function runBin(root, pkg, name, args, options = {}) {
  return execFileSync(process.execPath, [binScript(root, pkg, name), ...args], options);
}
