#!/usr/bin/env node
// Writes the editor and framework files from custom-elements.json (run by `npm run build` after
// `cem analyze`): VS Code custom data, JetBrains web-types, and JSX/template types for React 19,
// Preact, Solid, Vue (GlobalComponents) and Svelte. Our own small script rather than the
// break-stuff/wc-toolkit generators: one file, no extra dependencies, and the types point at our
// classes (`CaseStudyCard['variant']`), so an attribute is typed exactly like its property.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { elementsOf } from './cem/elements.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const outDir = join('dist', 'frameworks');
mkdirSync(outDir, { recursive: true });

// String-literal unions named in our sources (`export type CaseStudyCardVariant = 'compact' | 'full'`),
// so editors can offer an attribute's values.
const aliases = new Map();
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.ts')) {
      for (const m of readFileSync(path, 'utf8').matchAll(/type\s+(\w+)\s*=\s*((?:\s*\|?\s*'[^']*')+)\s*;/g)) aliases.set(m[1], m[2]);
    }
  }
};
walk('src');
const literalValues = (typeText = '') => {
  const text = typeText.replace(/\s*\|\s*undefined\b/g, '').trim();
  const union = aliases.get(text) ?? text;
  const values = [...union.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  return values.length && union.replace(/'[^']*'|\|/g, '').trim() === '' ? values : [];
};

const elements = elementsOf(manifest);
// One-line JSDoc text (a description may span lines; never let it close the comment).
const doc = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\*\//g, '*\\/');
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

// VS Code: https://github.com/microsoft/vscode-custom-data
const vscode = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((el) => ({
    name: el.tagName,
    description: [el.summary, el.description].filter(Boolean).join('\n\n'),
    attributes: el.attributes.map((a) => {
      const values = literalValues(a.type?.text);
      const boolean = a.type?.text?.replace(/\s*\|\s*undefined/, '') === 'boolean';
      return {
        name: a.name,
        description: [a.description, a.default !== undefined ? `Default: \`${a.default}\`` : ''].filter(Boolean).join('\n\n'),
        ...(values.length ? { values: values.map((name) => ({ name })) } : boolean ? { valueSet: 'v' } : {}),
      };
    }),
    references: [{ name: 'Documentation', url: `https://www.npmjs.com/package/${pkg.name}` }],
  })),
};
writeFileSync(join('dist', 'vscode.html-custom-data.json'), json(vscode));

// JetBrains: https://github.com/JetBrains/web-types
const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((el) => ({
        name: el.tagName,
        description: [el.summary, el.description].filter(Boolean).join('\n\n'),
        attributes: el.attributes.map((a) => {
          const values = literalValues(a.type?.text);
          return {
            name: a.name,
            description: a.description,
            ...(a.default !== undefined ? { default: a.default } : {}),
            value: values.length ? { type: values.map((v) => `'${v}'`).join(' | '), kind: 'plain' } : { type: a.type?.text ?? 'string', kind: 'expression' },
          };
        }),
        slots: el.slots.map((s) => ({ name: s.name, description: s.description })),
        events: el.events.map((e) => ({ name: e.name, description: e.description })),
        js: {
          properties: el.properties.map((p) => ({ name: p.name, description: p.description, type: p.type?.text })),
          events: el.events.map((e) => ({ name: e.name, description: e.description, type: e.type?.text })),
        },
        css: {
          properties: el.cssProperties.map((c) => ({ name: c.name, description: c.description })),
          parts: el.cssParts.map((c) => ({ name: c.name, description: c.description })),
        },
      })),
    },
  },
};
writeFileSync(join('dist', 'web-types.json'), json(webTypes));

// Typed props per element, shared by every framework file: attributes typed as their property
// (a list property also takes its comma-separated attribute string), writable properties without
// an attribute by property only.
// Vue's templates camelise attribute names (`case-id` is the prop `caseId`), so its keys are camelCase.
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const propsOf = (el, key = (name) => `'${name}'`) => {
  const lines = [];
  for (const a of el.attributes) {
    const prop = a.fieldName ? `${el.name}['${a.fieldName}']` : 'string';
    const list = a.fieldName && /\[\]/.test(a.type?.text ?? '');
    lines.push(`  /** ${doc(a.description)} */\n  ${key(a.name)}?: ${list ? `${prop} | string` : prop};`);
  }
  const byAttribute = new Set(el.attributes.map((a) => a.fieldName));
  for (const p of el.properties) {
    if (byAttribute.has(p.name) || p.readonly) continue;
    lines.push(`  /** ${doc(p.description)} (property only) */\n  ${p.name}?: ${el.name}['${p.name}'];`);
  }
  return lines.join('\n');
};
const eventType = (name) => `'${name}' extends keyof HTMLElementEventMap ? HTMLElementEventMap['${name}'] : CustomEvent`;
const eventsOf = (el, prefix, transform = (n) => n) =>
  el.events.map((e) => `  /** ${doc(e.description)} */\n  '${prefix}${transform(e.name)}'?: (event: ${eventType(e.name)}) => void;`).join('\n');

const header = (what) => `// Generated by scripts/emit-editor-files.mjs from custom-elements.json: do not edit.
// ${what}
import type { ${elements.map((el) => el.name).join(', ')} } from '${pkg.name}';
`;
const propsBlock = elements.map((el) => `/** Attributes and properties of \`<${el.tagName}>\`. */\nexport interface ${el.name}Props {\n${propsOf(el)}\n}`).join('\n\n');
const writeTypes = (file, what, body) => {
  writeFileSync(join(outDir, `${file}.d.ts`), `${header(what)}\n${propsBlock}\n\n${body}\n`);
  writeFileSync(join(outDir, `${file}.js`), `// Types only: see ${file}.d.ts.\nexport {};\n`);
};
const intrinsic = (make) => elements.map((el) => `      '${el.tagName}': ${make(el)};`).join('\n');

// React 19 passes props to custom elements as properties and `on<event>` as listeners.
writeTypes(
  'react-jsx',
  "React 19 JSX: `import type {} from 'clinical-leadership-elements/types/react-jsx';`",
  `${elements.map((el) => `export interface ${el.name}ReactEvents {\n${eventsOf(el, 'on')}\n}`).join('\n')}

type ReactElementProps<E, P> = Omit<import('react').HTMLAttributes<E>, keyof P> & import('react').RefAttributes<E> & { key?: import('react').Key } & P;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${intrinsic((el) => `ReactElementProps<${el.name}, ${el.name}Props & ${el.name}ReactEvents>`)}
    }
  }
}`,
);
writeTypes(
  'preact-jsx',
  "Preact JSX: `import type {} from 'clinical-leadership-elements/types/preact-jsx';`",
  `${elements.map((el) => `export interface ${el.name}PreactEvents {\n${eventsOf(el, 'on')}\n}`).join('\n')}

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${intrinsic((el) => `Omit<import('preact').JSX.HTMLAttributes<${el.name}>, keyof ${el.name}Props> & ${el.name}Props & ${el.name}PreactEvents`)}
    }
  }
}`,
);
writeTypes(
  'solid-jsx',
  "Solid JSX: `import type {} from 'clinical-leadership-elements/types/solid-jsx';` (events as `on:cl-select`)",
  `${elements.map((el) => `export interface ${el.name}SolidEvents {\n${eventsOf(el, 'on:')}\n}`).join('\n')}

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
${intrinsic((el) => `Omit<import('solid-js').JSX.HTMLAttributes<${el.name}>, keyof ${el.name}Props> & ${el.name}Props & ${el.name}SolidEvents`)}
    }
  }
}`,
);
// Vue's language tools read GlobalComponents; `@cl-select` is the `onCl-select` prop.
writeTypes(
  'vue',
  "Vue (Volar / vue-tsc): `import type {} from 'clinical-leadership-elements/types/vue';` and mark our tags with `compilerOptions.isCustomElement`",
  `${elements.map((el) => `export interface ${el.name}VueProps {\n${propsOf(el, camel)}\n}\nexport interface ${el.name}VueEvents {\n${eventsOf(el, 'on', (n) => camel(`-${n}`))}\n}`).join('\n')}

declare module 'vue' {
  interface GlobalComponents {
${elements.map((el) => `    '${el.tagName}': import('vue').DefineComponent<${el.name}VueProps & ${el.name}VueEvents>;`).join('\n')}
  }
}`,
);
// Svelte 5: `oncl-select={...}`; Svelte 4's `on:cl-select` too.
writeTypes(
  'svelte',
  "Svelte (svelte-check): `import type {} from 'clinical-leadership-elements/types/svelte';`",
  `${elements.map((el) => `export interface ${el.name}SvelteEvents {\n${eventsOf(el, 'on')}\n${eventsOf(el, 'on:')}\n}`).join('\n')}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${elements.map((el) => `    '${el.tagName}': Omit<import('svelte/elements').HTMLAttributes<${el.name}>, keyof ${el.name}Props> & ${el.name}Props & ${el.name}SvelteEvents;`).join('\n')}
  }
}`,
);
console.log(`editor files: ${elements.length} elements -> dist/vscode.html-custom-data.json, dist/web-types.json, dist/frameworks/*.d.ts`);
