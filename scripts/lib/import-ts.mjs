// Imports a TypeScript module from src/ in Node: esbuild bundles it (types stripped) into one ES
// module, imported from a data: URL. For small, browser-free modules (the widget table, the reserve
// rules, the schema), not for anything that touches the DOM at import time.
import { build } from 'esbuild';

/** `contents` is the module's source (e.g. `export { WIDGETS } from './src/data/widgets.ts';`), resolved from the project folder. */
export async function importTs(contents, { external = [] } = {}) {
  const out = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent', external,
  });
  return import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64'));
}
