#!/usr/bin/env node
// `npm run new-widget -- <tag> [--label "Words"] [--root <folder>] [--no-glue]`: a new widget with
// CONTRIBUTING.md's anatomy, ready to fill in:
//   src/<tag>/<tag>.ts, <tag>.styles.ts, model.ts, templates.ts, define.ts   the widget's own folder
//   src/<tag>.ts, stories/<tag>.stories.ts, tests/<tag>.test.ts               its entry, story, test
// and its row everywhere a widget is named by hand: the widget table (src/data/widgets.ts, with
// its loader in widget-loaders.ts), package.json's exports, src/index.ts, src/classes.ts, the
// fallback builder (src/data/fallback.ts) and the Embed builder's options. Then `npm run analyze`
// and `npm run glue` write the rest (React wrapper, SharePoint tables, Introduction).
// Refuses a tag that is not a valid custom-element name of ours or that exists already; writes
// nothing until every edit has been checked. --root runs it on a copy (tests/node/new-widget.test.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv.splice(i, 2)[1] : undefined;
};
const root = option('--root') ?? process.cwd();
const label = option('--label');
const glue = !argv.includes('--no-glue');
const tag = argv.find((a) => !a.startsWith('--'));

function fail(message) {
  console.error(`new-widget: ${message}`);
  process.exit(1);
}
if (!tag || !/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(tag)) fail('give a tag of two or more lower-case words joined by hyphens, e.g. `npm run new-widget -- leadership-timeline`.');
const at = (...parts) => join(root, ...parts);
if (existsSync(at('src', tag))) fail(`src/${tag}/ exists already.`);

const Class = tag.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const words = label ?? tag.charAt(0).toUpperCase() + tag.slice(1).replace(/-/g, ' ');
const q = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** New files: path → text. */
const files = {
  [`src/${tag}/${tag}.ts`]: `import { LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DatasetController } from '../internal/dataset-controller.js';
import { VERSION } from '../internal/define.js';
import { clampLevel } from '../internal/heading.js';
import { renderError, renderLoading } from '../internal/states.js';
import { shared } from '../internal/styles.js';
import { styles } from './${tag}.styles.js';
import { summary } from './model.js';
import { view } from './templates.js';

/**
 * TODO: what this widget is for, whom, and what it shows (the first paragraph of its docs page).
 *
 * @summary ${words}.
 * @tagname ${tag}
 *
 * @csspart heading - The widget's heading.
 * @csspart error - The message shown when the data cannot be used.
 * @csspart loading - The loading message.
 */
export class ${Class} extends LitElement {
  static version = VERSION;
  static override styles = [...shared, styles];

  /** The heading's text. */
  @property() heading = ${q(words)};
  /** The heading's level, 2 to 6 (others fall back to 2). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  private readonly data = new DatasetController(this);

  override render(): TemplateResult {
    const state = this.data.need();
    if (state.status === 'loading') return renderLoading(${q(`Loading ${words.toLowerCase()}…`)});
    if (state.status === 'error') return renderError(${q(`${words} cannot be shown`)}, state.message, state.errors);
    return view(this.heading, clampLevel(this.headingLevel, 2), summary(state.dataset));
  }
}
`,
  [`src/${tag}/${tag}.styles.ts`]: `import { css } from 'lit';

/** ${words}: its own styles, with the --cl-* tokens only (shared ones come from internal/styles.ts). */
export const styles = css\`
  :host {
    display: block;
    container-type: inline-size;
  }
\`;
`,
  [`src/${tag}/model.ts`]: `/** Pure: the data set → what ${words.toLowerCase()} shows (no Lit, no console). */
import type { Dataset } from '../data/schema.js';

/** TODO: what the widget shows; today the number of case studies, as a placeholder. */
export function summary(dataset: Dataset): string {
  return \`\${dataset.caseStudies.length} case studies\`;
}
`,
  [`src/${tag}/templates.ts`]: `/** Pure Lit templates of ${words.toLowerCase()}. */
import { html, type TemplateResult } from 'lit';
import { heading } from '../internal/heading.js';

export function view(title: string, level: number, summary: string): TemplateResult {
  return html\`\${heading(level, title)}<p>\${summary}</p>\`;
}
`,
  [`src/${tag}/define.ts`]: `import { define } from '../internal/define.js';
import { ${Class} } from './${tag}.js';

export { ${Class} };

define('${tag}', ${Class});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${Class};
  }
}
`,
  [`src/${tag}.ts`]: `/** Registers \`<${tag}>\` only. */
export * from './${tag}/define.js';
`,
  [`stories/${tag}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/${tag}.js';

const meta: Meta = {
  title: 'Widgets/${words}',
  component: '${tag}',
};
export default meta;

/** On the bundled data set, with no configuration. TODO: a story for every state. */
export const Default: StoryObj = { render: () => html\`<${tag}></${tag}>\` };
`,
  [`tests/${tag}.test.ts`]: `import { expect, fixture, html } from '@open-wc/testing';
import '../src/${tag}.js';
import type { ${Class} } from '../src/${tag}.js';
import { shadow, until } from './helpers.js';

async function mount(): Promise<${Class}> {
  const el = await fixture<${Class}>(html\`<${tag} heading-level="3"></${tag}>\`);
  await until(() => !shadow(el).querySelector('[part~="loading"]'), '${tag} ready');
  return el;
}

describe('<${tag}>', () => {
  it('is accessible', async () => {
    await expect(await mount()).to.be.accessible();
  });

  it('shows its heading at the level asked for', async () => {
    const el = await mount();
    expect(shadow(el).querySelector('h3')?.textContent).to.equal(${q(words)});
  });
});
`,
};

/** Edits to files that exist: path → (text → new text); each throws if its anchor is gone. */
const insertBefore = (text, anchor, line, path) => {
  const i = text.indexOf(anchor);
  if (i < 0) throw new Error(`${path}: no "${anchor.trim()}" to add the row before`);
  return text.slice(0, i) + line + text.slice(i);
};
const edits = {
  'src/data/widgets.ts': (t, p) =>
    insertBefore(t, '] as const satisfies readonly WidgetRow[];', `  { tag: ${q(tag)}, label: ${q(words)}, reserve: { height: '24rem' } },\n`, p),
  'src/widget-loaders.ts': (t, p) =>
    insertBefore(t, "  'clinical-leadership-data':", `  ${q(tag)}: () => import('./${tag}/define.js'),\n`, p),
  'src/index.ts': (t, p) => insertBefore(t, "export * from './data/index.js';", `export * from './${tag}/define.js';\n`, p),
  'src/classes.ts': (t) => `${t.trimEnd()}\nexport { ${Class} } from './${tag}/${tag}.js';\n`,
  'src/data/fallback.ts': (t, p) =>
    insertBefore(t, '\n};\n\n/**\n * Fallback HTML', `\n  // TODO: a plain summary of what ${words.toLowerCase()} shows, from the data set.\n  ${q(tag)}: (attributes) => [h(level(attributes['heading-level'], 2), attributes.heading || ${q(words)}), \`<p>\${escape(NEEDS_JS)}</p>\`].join('\\n'),`, p),
  'stories/guides/embed-builder.ts': (t, p) =>
    insertBefore(t, '\n};\n\nconst WIDGETS = ', `\n  ${q(tag)}: {\n    options: [\n      { name: 'heading', label: 'Heading', kind: 'text', value: ${q(words)} },\n      { name: 'heading-level', label: 'Heading level', kind: 'select', choices: levels, value: '2' },\n    ],\n  },`, p),
  'package.json': (t) => {
    const pkg = JSON.parse(t);
    const exports = {};
    for (const [key, value] of Object.entries(pkg.exports)) {
      if (key === './clinical-leadership-data.js') exports[`./${tag}.js`] = { types: `./dist/types/src/${tag}.d.ts`, default: `./dist/${tag}.js` };
      exports[key] = value;
    }
    return JSON.stringify({ ...pkg, exports }, null, 2) + '\n';
  },
};

const out = {};
try {
  for (const [path, edit] of Object.entries(edits)) out[path] = edit(readFileSync(at(path), 'utf8'), path);
} catch (error) {
  fail(`${error.message}; nothing written.`);
}
for (const path of Object.keys(files)) if (existsSync(at(path))) fail(`${path} exists already; nothing written.`);
for (const [path, text] of Object.entries({ ...files, ...out })) {
  mkdirSync(dirname(at(path)), { recursive: true });
  writeFileSync(at(path), text);
  console.log(`new-widget: ${path in files ? 'wrote' : 'added a row to'} ${path}`);
}
if (glue) {
  for (const script of ['scripts/analyze.mjs', 'scripts/gen-glue.mjs']) {
    const { status } = spawnSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });
    if (status !== 0) fail(`${script} failed; the files above are written, fix and run \`npm run glue\`.`);
  }
}
console.log(`new-widget: <${tag}> is registered everywhere. Next: its model, templates, story states and tests; its reserved height (src/data/widgets.ts) once it renders; its fallback content (src/data/fallback.ts) and Embed builder options.`);
