import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VERSION } from '../internal/define.js';
import { downloadBlob, downloadText } from '../internal/download.js';
import { clampLevel, heading } from '../internal/heading.js';
import { shared } from '../internal/styles.js';
import { warnOnce } from '../internal/warn.js';
import { readFiles, readUrls, readValues } from './load.js';
import { footprint, sortByName, type Footprint, type ReadResult, type SortDirection } from './model.js';
import { systemCsv, fileDay } from './export.js';
import { styles } from './system-board-profile.styles.js';
import { disciplineTable, leadAndLaw, orgTable, seatsTable } from './templates.js';

const TAG = 'system-board-profile';

/** `cl-change`: what is in view after a read. */
export interface SystemBoardProfileChangeDetail {
  /** Organisations in view (one per ODS code). */
  organisations: number;
  /** One sentence per file not used. */
  problems: string[];
}
let uid = 0;

/**
 * A system view of boards' professional mix: an integrated care system, a region or a provider
 * group loads the board profiles its organisations agreed to share (files picked or dropped, a
 * `src` list of same-origin URLs, or the `records` property) and sees, for the footprint, how many
 * organisations have each discipline among voting members, among all board members and attending;
 * the seats across the footprint with each shared post counted once; which organisations have named
 * a senior strategic AHP lead and where the post sits, as each board recorded it; the foundation-trust
 * statutory check where it applies; and each organisation's own row, by name.
 *
 * No league table: the table sorts by name only, nothing is ranked, scored or coloured, and with
 * fewer than five organisations in view counts are shown without shares. Where one ODS code has
 * records of several dates the latest is used and the others are listed as its history. A file
 * that is not a valid board profile, or repeats one already loaded, is named in one sentence; the
 * rest still load. Everything happens in the browser: nothing is sent anywhere.
 *
 * Reads the shared record (`clinical-leadership-board-profile`, version 1, published as
 * `dist/schema/board-profile.schema.json`) and the board profile's own JSON download.
 *
 * @summary Several boards' professional mix side by side, from the files each board agreed to share.
 * @tagname system-board-profile
 *
 * @csspart intro - The opening explanation.
 * @csspart drop - The area to drop files on, with the file picker.
 * @csspart status - The live count of organisations in view.
 * @csspart problems - The files not used, one sentence each.
 * @csspart disciplines - Organisations with each discipline.
 * @csspart seats - Seats across the footprint (shared posts once).
 * @csspart lead - The senior strategic AHP lead counts.
 * @csspart law - The statutory check for foundation trusts.
 * @csspart organisations - Each organisation's row.
 * @csspart table - The organisations' table.
 * @csspart heading - Headings.
 *
 * @fires {CustomEvent<SystemBoardProfileChangeDetail>} cl-change - Records were read: how many organisations are in view and which files were not used.
 */
export class SystemBoardProfile extends LitElement {
  static version = VERSION;
  static override styles = [...shared, styles];

  /** Board records as parsed JSON (shared records or board profile downloads), e.g. from a host's own store. */
  @property({ attribute: false }) records?: unknown[];

  /** Same-origin addresses of board records, separated by spaces. Other origins are named and not fetched. */
  @property() src?: string;

  /** Optional heading above the view. */
  @property() heading?: string;

  /** Level of the headings, 2–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Organisations' rows shown at first, and how many more each "Show more" adds (the counts always cover all). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  @state() private fromProperty: ReadResult[] = [];
  @state() private fromSrc: ReadResult[] = [];
  @state() private fromFiles: ReadResult[] = [];
  @state() private busy?: string;
  @state() private direction: SortDirection = 'ascending';
  @state() private limit?: number;
  private focusRow?: number;
  @state() private over = false;
  @state() private notice?: string;

  private uid = `sbp${uid++}`;
  private resize?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'function') {
      this.resize ??= new ResizeObserver(() => this.syncScrollable());
      this.resize.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
  }

  protected override updated(): void {
    this.syncScrollable();
    if (this.focusRow !== undefined) {
      this.shadowRoot?.querySelector<HTMLElement>(`th[data-row="${this.focusRow}"]`)?.focus();
      this.focusRow = undefined;
    }
  }

  /** A table's wrapper is a tab stop only while it scrolls sideways (keyboard users can then scroll it). */
  private syncScrollable(): void {
    for (const region of this.shadowRoot?.querySelectorAll<HTMLElement>('.scroll') ?? []) {
      if (region.scrollWidth > region.clientWidth) region.tabIndex = 0;
      else region.removeAttribute('tabindex');
    }
  }
  private runs = { property: 0, src: 0, files: 0 };
  private cache?: { key: unknown[]; value: Footprint };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('records')) {
      const records = this.records;
      void this.take('property', async () => records === undefined || records === null ? []
        : Array.isArray(records) ? readValues(records, this.progress('records'))
        : [{ ok: false, source: 'records', error: 'must be a list of board records (shared records or board profile downloads).' }]);
    }
    if (changed.has('src')) void this.take('src', () => readUrls(this.src ?? '', this.progress('addresses')));
  }

  private progress(what: string) {
    return (done: number) => (this.busy = `Reading ${what}: ${done} so far…`);
  }

  /** Runs one input's reading; a newer run of the same input wins, and nothing escapes. */
  private async take(which: keyof SystemBoardProfile['runs'], read: () => Promise<ReadResult[]>, add = false): Promise<void> {
    const run = ++this.runs[which];
    this.busy = 'Reading the board profiles…';
    let results: ReadResult[];
    try {
      results = await read();
    } catch (error) {
      results = [{ ok: false, source: which, error: `could not be read (${String((error as Error)?.message ?? error)}).` }];
    }
    if (run !== this.runs[which]) return;
    const key = which === 'property' ? 'fromProperty' : which === 'src' ? 'fromSrc' : 'fromFiles';
    this[key] = add ? [...this[key], ...results] : results;
    this.busy = undefined;
    const bad = results.filter((r) => !r.ok).length;
    if (bad) warnOnce(TAG, `${bad} of ${results.length} board profile${results.length === 1 ? '' : 's'} could not be used; each is named in the view.`);
    this.dispatchEvent(new CustomEvent('cl-change', { bubbles: true, composed: true, detail: { organisations: this.view.orgs.length, problems: this.view.problems } satisfies SystemBoardProfileChangeDetail }));
  }

  private get view(): Footprint {
    const key = [this.fromProperty, this.fromSrc, this.fromFiles];
    if (!this.cache || this.cache.key.some((k, i) => k !== key[i])) {
      const f = footprint(key.flat());
      this.cache = { key, value: f };
    }
    return this.cache.value;
  }

  private addFiles(list: FileList | null | undefined): void {
    const files = [...(list ?? [])];
    if (files.length) void this.take('files', () => readFiles(files, this.progress('files')), true);
  }

  private onPick = (e: Event) => {
    const input = e.target as HTMLInputElement;
    this.addFiles(input.files);
    input.value = '';
  };

  private onDragOver = (e: DragEvent) => {
    e.preventDefault();
    this.over = true;
  };

  private onDrop = (e: DragEvent) => {
    e.preventDefault();
    this.over = false;
    this.addFiles(e.dataTransfer?.files);
  };

  private clearFiles = () => {
    this.runs.files++;
    this.fromFiles = [];
    this.notice = 'The files you loaded were cleared.';
  };

  private get page(): number {
    const n = Math.trunc(Number(this.pageSize));
    return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 50;
  }

  /** Shows the next page of rows and moves focus to the first of them. */
  private more = () => {
    const from = this.limit ?? this.page;
    this.limit = from + this.page;
    this.focusRow = from;
  };

  private sort = () => {
    this.direction = this.direction === 'ascending' ? 'descending' : 'ascending';
  };

  private downloadCsv = () => {
    const ok = downloadText(this.shadowRoot!, `system-board-profile-${fileDay()}.csv`, '\uFEFF' + systemCsv(this.orgs()), 'text/csv;charset=utf-8');
    this.notice = ok ? 'The CSV file was made.' : 'The download could not be made in this browser.';
  };

  private downloadWord = async () => {
    this.notice = 'Making the Word document…';
    try {
      const { systemPaperBlob } = await import('./docx.js');
      const blob = await systemPaperBlob(this.orgs(), this.heading || 'Board professional mix across the system');
      const ok = downloadBlob(this.shadowRoot!, `system-board-profile-${fileDay()}.docx`, blob);
      this.notice = ok ? 'The Word document was made.' : 'The download could not be made in this browser.';
    } catch (error) {
      warnOnce(TAG, `The Word document could not be made (${String((error as Error)?.message ?? error)}).`);
      this.notice = 'The Word document could not be made (a network problem or a blocked file). Try again, or download the CSV.';
    }
  };

  private orgs() {
    return sortByName(this.view.orgs, this.direction);
  }

  override render() {
    const level = clampLevel(this.headingLevel, 2);
    const sub = this.heading ? Math.min(level + 1, 6) : level;
    const { problems } = this.view;
    const orgs = this.orgs();
    const n = orgs.length;
    const status = this.busy ?? (n
      ? `${n} organisation${n === 1 ? '' : 's'} in view${problems.length ? `; ${problems.length} file${problems.length === 1 ? '' : 's'} not used` : ''}.`
      : problems.length ? `No organisation in view; ${problems.length} file${problems.length === 1 ? '' : 's'} not used.` : '');
    return html`
      ${this.heading ? heading(level, this.heading) : nothing}
      <p class="intro" part="intro">Load the board profiles your organisations agreed to share with the system. Everything stays in this browser; nothing is sent anywhere. Seats are by role, never by name.</p>
      <div class="drop ${this.over ? 'drop--over' : ''}" part="drop" @dragover=${this.onDragOver} @dragleave=${() => (this.over = false)} @drop=${this.onDrop}>
        <p>Drop board profile files (JSON) here, or choose them.</p>
        <div class="buttons">
          <label class="cl-button cl-button--secondary file-label">Choose files
            <input type="file" multiple accept=".json,application/json" class="cl-visually-hidden" data-action="pick" @change=${this.onPick} />
          </label>
          ${this.fromFiles.length ? html`<button type="button" class="cl-button cl-button--secondary" data-action="clear" @click=${this.clearFiles}>Clear the files loaded here</button>` : nothing}
        </div>
      </div>
      <p class="status" part="status" role="status">${status}</p>
      ${problems.length
        ? html`<div class="cl-message cl-message--error problems" part="problems">
            ${heading(sub, `${problems.length} file${problems.length === 1 ? '' : 's'} not used`, 'cl-heading', 'heading', `${this.uid}-problems`)}
            <ul>${problems.map((p) => html`<li>${p}</li>`)}</ul>
            <p>The other files are loaded.</p>
          </div>`
        : nothing}
      ${n
        ? html`${disciplineTable(orgs, this.uid, sub)}
            ${seatsTable(orgs, this.uid, sub)}
            ${leadAndLaw(orgs, this.uid, sub)}
            ${orgTable(orgs, { direction: this.direction, limit: this.limit ?? this.page, pageSize: this.page, onSort: this.sort, onMore: this.more }, this.uid, sub)}
            <div class="buttons">
              <button type="button" class="cl-button cl-button--secondary" data-action="csv" @click=${this.downloadCsv}>Download (CSV)</button>
              <button type="button" class="cl-button cl-button--secondary" data-action="word" @click=${this.downloadWord}>Download for a meeting (Word)</button>
            </div>`
        : this.busy ? nothing : html`<p class="empty">No board profiles are loaded yet.</p>`}
      <p class="notice" role="status">${this.notice ?? ''}</p>
    `;
  }
}
