// The library's version, read from package.json when a build or the test server starts, and the
// `define` that puts it into the code (src/internal/define.ts `VERSION`): vite's lib and cdn builds,
// Storybook and the test runner's esbuild all use this one, so they agree with package.json.
import { readFileSync } from 'node:fs';

export const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

export const versionDefine = { __CLE_VERSION__: JSON.stringify(version) };
