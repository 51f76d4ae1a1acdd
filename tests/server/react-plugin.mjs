// React ships CommonJS only, which browsers cannot import. For the React-wrapper test this
// dev-server plugin bundles React 19 + react-dom/client once with esbuild into ES modules and
// points the bare imports 'react' and 'react-dom/client' at them (before node-resolve runs).
import { build } from 'esbuild';

const NAMES = {
  react: ['Children', 'Component', 'Fragment', 'StrictMode', 'createElement', 'createRef', 'forwardRef', 'memo',
    'useCallback', 'useEffect', 'useLayoutEffect', 'useMemo', 'useRef', 'useState', 'version'],
  'react-dom/client': ['createRoot', 'hydrateRoot'],
};
const FILES = { react: '/__react__/react.js', 'react-dom/client': '/__react__/react-dom-client.js' };

let bundle;
async function reactBundle() {
  bundle ??= build({
    stdin: {
      contents: "import React from 'react'; import * as client from 'react-dom/client'; import { act } from 'react'; export { React, client, act };",
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0].text);
  return bundle;
}

export function reactPlugin() {
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      return FILES[source];
    },
    async serve(context) {
      if (context.path === '/__react__/bundle.js') return { body: await reactBundle(), type: 'js' };
      if (context.path === FILES.react) {
        return { body: `import { React } from './bundle.js';\nexport default React;\nexport const { ${NAMES.react.join(', ')} } = React;\n`, type: 'js' };
      }
      if (context.path === FILES['react-dom/client']) {
        return { body: `import { client } from './bundle.js';\nexport default client;\nexport const { ${NAMES['react-dom/client'].join(', ')} } = client;\n`, type: 'js' };
      }
      return undefined;
    },
  };
}
