import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
const entry = process.argv[2] ?? 'case-study-card';
const r = await build({ entryPoints: { [entry]: `dist/${entry}.js` }, bundle: true, splitting: true, format: 'esm', minify: true, outdir: join(tmpdir(), 'cle-x'), write: false, metafile: true, target: 'es2022', logLevel: 'silent', legalComments: 'none' });
const outs = r.metafile.outputs;
for (const [k, o] of Object.entries(outs)) {
  if (k.endsWith('.map')) continue;
  const f = r.outputFiles.find((f) => basename(f.path) === basename(k));
  console.log(k, o.entryPoint ?? '', 'bytes', o.bytes, 'gzip', gzipSync(f.contents, { level: 9 }).length, 'imports', o.imports.map(i => i.kind[0] + ':' + basename(i.path)).join(','));
  const ins = Object.entries(o.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
  for (const [p, i] of ins.slice(0, 40)) if (i.bytesInOutput > 150) console.log('   ', i.bytesInOutput, p);
}
