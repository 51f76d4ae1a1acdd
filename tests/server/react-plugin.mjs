// React ships CommonJS only, which browsers cannot import. For the React-wrapper tests this
// dev-server plugin bundles React once with esbuild into ES modules and points bare imports at them
// (before node-resolve runs):
// - React 19: 'react' and 'react-dom/client' (tests/react.test.ts);
// - React 17.0.1, what every SPFx from 1.16 to 1.23 ships (tests/react-17.test.ts): 'react-17' and
//   'react-dom-17' (npm aliases of react@17.0.1 and react-dom@17.0.1), and 'react' itself inside a
//   module requested with `?react=17`, so `/src/react.ts?react=17` builds the wrappers with React 17.
//   React 17 has no react-dom/client: its tests use ReactDOM.render and unmountComponentAtNode.
import { build } from 'esbuild';

const REACT = ['Children', 'Component', 'Fragment', 'StrictMode', 'createElement', 'createRef', 'forwardRef', 'memo',
  'useCallback', 'useEffect', 'useLayoutEffect', 'useMemo', 'useRef', 'useState', 'version'];

const VERSIONS = {
  19: {
    entry: "import React from 'react'; import * as dom from 'react-dom/client'; export { React, dom };",
    alias: {},
    dom: ['createRoot', 'hydrateRoot'],
  },
  // react-dom-17 requires 'react': point it at React 17, not the project's React 19.
  17: {
    entry: "import React from 'react-17'; import dom from 'react-dom-17'; export { React, dom };",
    alias: { react: 'react-17' },
    dom: ['render', 'unmountComponentAtNode', 'flushSync', 'version'],
  },
};
const FILES = {
  react: '/__react__/19/react.js',
  'react-dom/client': '/__react__/19/react-dom.js',
  'react-17': '/__react__/17/react.js',
  'react-dom-17': '/__react__/17/react-dom.js',
};

const bundles = {};
function reactBundle(version) {
  const { entry, alias } = VERSIONS[version];
  bundles[version] ??= build({
    stdin: { contents: entry, resolveDir: process.cwd() },
    bundle: true,
    format: 'esm',
    write: false,
    alias,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0].text);
  return bundles[version];
}

export function reactPlugin() {
  return {
    name: 'react-esm',
    resolveImport({ source, context }) {
      if (source === 'react' && context.query.react === '17') return FILES['react-17'];
      return FILES[source];
    },
    async serve(context) {
      const match = /^\/__react__\/(17|19)\/(bundle|react|react-dom)\.js$/.exec(context.path);
      if (!match) return undefined;
      const [, version, file] = match;
      if (file === 'bundle') return { body: await reactBundle(version), type: 'js' };
      const [name, names] = file === 'react' ? ['React', REACT] : ['dom', VERSIONS[version].dom];
      return { body: `import { ${name} } from './bundle.js';\nexport default ${name};\nexport const { ${names.join(', ')} } = ${name};\n`, type: 'js' };
    },
  };
}
