// An esbuild plugin for the bench pages: their imports of src/… are pointed at the built modules in
// dist/ (what the package ships: templates and CSS minified), so the browser runs the code users get.
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

export const builtModules = {
  name: 'built-modules',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, ({ path, resolveDir }) => {
      const target = resolve(resolveDir, path);
      const src = resolve('src') + sep;
      if (!target.startsWith(src)) return undefined;
      const built = resolve('dist', relative(src, target).replace(/\.(ts|js)$/, '') + '.js');
      return existsSync(built) ? { path: built } : undefined;
    });
  },
};
