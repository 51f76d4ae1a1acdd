/**
 * The embed builder shown on the "Guides/Embed builder" docs page (Storybook only, not shipped):
 * an editor picks a widget and its options, copies the exact snippet, and sees it live.
 * The preview is built with createElement/setAttribute from the same option list as the snippet,
 * so what is copied is what is shown.
 */
import { css, html, LitElement, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dataset, fallbackHtml } from '../../src/data.js';
import { shared } from '../../src/internal/styles.js';
import { filterStyles } from '../../src/internal/filter-styles.js';
import { WIDGETS as TABLE, type WidgetTag } from '../../src/data/widgets.js';

type Option =
  | { name: string; label: string; kind: 'select'; choices: Array<[string, string]>; value: string; hint?: string }
  | { name: string; label: string; kind: 'text'; value: string; hint?: string }
  | { name: string; label: string; kind: 'flag'; value: boolean; hint?: string };

const caseChoices: Array<[string, string]> = dataset.caseStudies.map((c) => [c.id, c.name]);
const levels: Array<[string, string]> = ['2', '3', '4', '5', '6'].map((n) => [n, `h${n}`]);

/**
 * The options offered for each widget: a choice of its attributes, with editors' labels. Typed by
 * the widget table (src/data/widgets.ts), so a widget without options does not compile;
 * tests/node/registry.test.mjs checks that every attribute named here is one the element has
 * (custom-elements.json). The widgets and their labels come from the table.
 */
const OPTIONS: Record<WidgetTag, { options: Option[] }> = {
  'case-study-card': {
    options: [
      { name: 'case-id', label: 'Case study', kind: 'select', choices: caseChoices, value: caseChoices[0][0] },
      { name: 'variant', label: 'Variant', kind: 'select', choices: [['compact', 'Compact'], ['full', 'Full']], value: 'compact' },
      { name: 'heading-level', label: 'Heading level', kind: 'select', choices: levels, value: '3' },
    ],
  },
  'case-study-gallery': {
    options: [
      { name: 'heading', label: 'Heading', kind: 'text', value: 'Case studies' },
      { name: 'heading-level', label: 'Heading level', kind: 'select', choices: levels, value: '2' },
      { name: 'ahp-only', label: 'Show AHPs only at first', kind: 'flag', value: false },
      { name: 'sync-url', label: 'Keep filters in the page address (shareable links)', kind: 'flag', value: false },
    ],
  },
  'framework-checklist': {
    options: [
      { name: 'storage-key', label: 'Storage key', kind: 'text', value: 'board-self-assessment', hint: 'Names the saved answers; leave empty to save nothing' },
      { name: 'organisation', label: 'Organisation (for the printed summary)', kind: 'text', value: '' },
      { name: 'heading-level', label: 'Heading level', kind: 'select', choices: levels, value: '2' },
    ],
  },
  'board-profile': {
    options: [
      { name: 'storage-key', label: 'Storage key', kind: 'text', value: 'our-board', hint: 'Names the saved seats; leave empty to save nothing' },
      { name: 'foundation-trust', label: 'We are an NHS foundation trust', kind: 'flag', value: false },
      { name: 'heading-level', label: 'Heading level', kind: 'select', choices: levels, value: '2' },
    ],
  },
  'barrier-explorer': {
    options: [
      { name: 'view', label: 'First view', kind: 'select', choices: [['barriers', 'Barriers'], ['elements', 'By framework element']], value: 'barriers' },
      { name: 'heading-level', label: 'Heading level', kind: 'select', choices: levels, value: '3' },
      { name: 'sync-url', label: 'Keep filters in the page address (shareable links)', kind: 'flag', value: false },
    ],
  },
  'system-board-profile': {
    options: [
      { name: 'src', label: 'Board profile files on this site', kind: 'text', value: '', hint: 'Addresses on this site, separated by spaces; or leave empty and people choose the files' },
      { name: 'heading', label: 'Heading', kind: 'text', value: 'Boards across the system' },
      { name: 'heading-level', label: 'Heading level', kind: 'select', choices: levels, value: '2' },
    ],
  },
};

const WIDGETS = Object.fromEntries(TABLE.map((w) => [w.tag, { label: w.label, options: OPTIONS[w.tag].options }])) as Record<string, { label: string; options: Option[] }>;

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export class EmbedBuilder extends LitElement {
  static override styles = [
    ...shared,
    filterStyles,
    css`
      :host { container-type: inline-size; }
      .layout { display: grid; gap: var(--cl-space-4); }
      @container (min-width: 760px) { .layout { grid-template-columns: minmax(16rem, 1fr) 2fr; } }
      textarea.cl-input { width: 100%; min-height: 10rem; font-family: Menlo, Consolas, 'Liberation Mono', monospace; font-size: 0.875rem; }
      .preview { padding: var(--cl-space-3); border: 1px dashed var(--cl-color-input-border); background: var(--cl-color-page); }
      .cl-checkbox { margin-bottom: var(--cl-space-3); }
    `,
  ];

  @state() private widget = 'case-study-card';
  @state() private mode: 'tag' | 'div' = 'tag';
  @state() private scriptUrl = '/assets/clinical-leadership-elements/clinical-leadership-elements.js';
  @state() private values: Record<string, string | boolean> = {};
  @state() private copied = '';
  /** Write the widget's no-JavaScript fallback content into the snippet (from the bundled data set). */
  @state() private withFallback = true;

  private option(o: Option): string | boolean {
    return this.values[`${this.widget}:${o.name}`] ?? o.value;
  }

  /** The attributes the chosen options produce, in order; flags become bare attributes. */
  private chosenAttributes(): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    for (const o of WIDGETS[this.widget].options) {
      const v = this.option(o);
      if (v === false || v === '') continue;
      out.push([o.name, v === true ? '' : String(v)]);
    }
    return out;
  }

  /** The fallback HTML for the chosen widget and options, indented inside the element or div. */
  private fallback(): string {
    if (!this.withFallback) return '';
    const html = fallbackHtml(this.widget, Object.fromEntries(this.chosenAttributes()), dataset);
    return html ? `\n${html.split('\n').map((l) => `  ${l}`).join('\n')}\n` : '';
  }

  get snippet(): string {
    const attrs = this.chosenAttributes();
    const inner = this.fallback();
    const script = `<script type="module" src="${escapeAttr(this.scriptUrl)}"></script>`;
    if (this.mode === 'div') {
      const data = attrs.map(([n, v]) => ` data-${n}${v === '' ? '' : `="${escapeAttr(v)}"`}`).join('');
      return `<!-- Once per page, in the theme or template: -->\n${script}\n\n<!-- Where the widget goes: -->\n<div data-cl-widget="${this.widget}"${data}>${inner}</div>`;
    }
    const list = attrs.map(([n, v]) => ` ${n}${v === '' ? '' : `="${escapeAttr(v)}"`}`).join('');
    return `${script}\n\n<${this.widget}${list}>${inner}</${this.widget}>`;
  }

  protected override updated(): void {
    // Rebuild the live preview from the same attributes as the snippet.
    const host = this.renderRoot.querySelector('.preview');
    if (!host) return;
    const key = JSON.stringify([this.widget, this.chosenAttributes()]);
    if ((host as HTMLElement).dataset.key === key) return;
    (host as HTMLElement).dataset.key = key;
    const el = document.createElement(this.widget);
    for (const [n, v] of this.chosenAttributes()) el.setAttribute(n, n === 'storage-key' && v ? `${v}-preview` : v);
    host.replaceChildren(el);
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.copied = 'Snippet copied.';
    } catch {
      const area = this.renderRoot.querySelector('textarea');
      area?.select();
      this.copied = 'Copying is blocked here: the snippet is selected, press Ctrl+C (or ⌘C).';
    }
  }

  private control(o: Option): TemplateResult {
    const id = `opt-${o.name}`;
    const set = (v: string | boolean) => {
      this.values = { ...this.values, [`${this.widget}:${o.name}`]: v };
      this.copied = '';
    };
    if (o.kind === 'flag') {
      return html`<div class="cl-checkbox">
        <input id=${id} type="checkbox" .checked=${this.option(o) === true} @change=${(e: Event) => set((e.target as HTMLInputElement).checked)} />
        <label for=${id}>${o.label}</label>
      </div>`;
    }
    return html`<div class="cl-field">
      <label for=${id}>${o.label}</label>
      ${o.hint ? html`<p class="cl-secondary" id=${`${id}-hint`}>${o.hint}</p>` : null}
      ${o.kind === 'select'
        ? html`<select id=${id} class="cl-input" @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
            ${o.choices.map(([v, l]) => html`<option value=${v} ?selected=${this.option(o) === v}>${l}</option>`)}
          </select>`
        : html`<input id=${id} class="cl-input" type="text" aria-describedby=${ifDefined(o.hint ? `${id}-hint` : undefined)} .value=${String(this.option(o))}
            @input=${(e: Event) => set((e.target as HTMLInputElement).value)} />`}
    </div>`;
  }

  protected override render(): TemplateResult {
    return html`<div class="layout">
      <form class="cl-filter" @submit=${(e: Event) => e.preventDefault()} aria-label="Embed options">
        <div class="cl-field">
          <label for="widget">Widget</label>
          <select id="widget" class="cl-input" @change=${(e: Event) => ((this.widget = (e.target as HTMLSelectElement).value), (this.copied = ''))}>
            ${Object.entries(WIDGETS).map(([tag, w]) => html`<option value=${tag} ?selected=${tag === this.widget}>${w.label}</option>`)}
          </select>
        </div>
        <fieldset>
          <legend>How your page can take it</legend>
          <div class="cl-checkbox">
            <input id="mode-tag" type="radio" name="mode" .checked=${this.mode === 'tag'} @change=${() => (this.mode = 'tag')} />
            <label for="mode-tag">Script and element (I can paste any HTML)</label>
          </div>
          <div class="cl-checkbox">
            <input id="mode-div" type="radio" name="mode" .checked=${this.mode === 'div'} @change=${() => (this.mode = 'div')} />
            <label for="mode-div">A div (my editor strips scripts and unknown tags)</label>
          </div>
        </fieldset>
        ${WIDGETS[this.widget].options.map((o) => this.control(o))}
        <div class="cl-checkbox">
          <input id="with-fallback" type="checkbox" .checked=${this.withFallback} @change=${(e: Event) => (this.withFallback = (e.target as HTMLInputElement).checked)} />
          <label for="with-fallback">Include fallback content (shown where scripts are blocked; hidden once the widget loads)</label>
        </div>
        <div class="cl-field">
          <label for="script-url">Where you host the script</label>
          <input id="script-url" class="cl-input" type="text" .value=${this.scriptUrl} @input=${(e: Event) => (this.scriptUrl = (e.target as HTMLInputElement).value)} />
        </div>
      </form>
      <div>
        <div class="cl-field">
          <label for="snippet">Your snippet</label>
          <textarea id="snippet" class="cl-input" readonly .value=${this.snippet}></textarea>
        </div>
        <button type="button" class="cl-button" @click=${this.copy}>Copy snippet</button>
        <p role="status" class="cl-secondary">${this.copied}</p>
        <h2 class="cl-heading">Preview</h2>
        <div class="preview"></div>
      </div>
    </div>`;
  }
}
if (!customElements.get('cl-embed-builder')) customElements.define('cl-embed-builder', EmbedBuilder);
