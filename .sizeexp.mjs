import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
async function measure(label, stubs = {}, entryText) {
  const plugins = [{ name: 'stub', setup(b) {
    b.onLoad({ filter: /.*/ }, (a) => { for (const [k, v] of Object.entries(stubs)) if (a.path.replace(/\\/g, '/').endsWith(k)) return { contents: v, loader: 'js' }; return undefined; });
  } }];
  const opts = { bundle: true, splitting: true, format: 'esm', minify: true, outdir: join(tmpdir(), 'cle-y'), write: false, metafile: true, target: 'es2022', logLevel: 'silent', legalComments: 'none', plugins };
  if (entryText) opts.stdin = { contents: entryText, resolveDir: process.cwd(), loader: 'js' }, opts.splitting = false; else opts.entryPoints = { e: 'dist/case-study-card.js' };
  const r = await build(opts);
  const main = r.outputFiles.filter(f => !/bundled-dataset|validation/.test(f.path));
  const text = main.map(f => f.text).join('\n');
  console.log(label.padEnd(40), (text.length/1024).toFixed(1), 'min', (gzipSync(text, { level: 9 }).length / 1024).toFixed(2), 'gz');
}
await measure('lit minimal', {}, `import {LitElement, html, css} from 'lit'; import {property} from 'lit/decorators.js'; class X extends LitElement { static styles = css\`:host{display:block}\`; render(){return html\`<p>hi \${this.n}</p>\`} } customElements.define('x-x', X);`);
await measure('card entry');
await measure('card, no card styles', { 'case-study-card/case-study-card.styles.js': 'import {css} from "lit"; export const styles = css``;' });
await measure('card, no internal styles', { 'internal/styles.js': 'import {css} from "lit"; export const tokens=css``,base=css``,focus=css``,tag=css``,linkButton=css``,button=css``;' });
