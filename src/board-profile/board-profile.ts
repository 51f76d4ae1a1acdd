import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { indexDataset, type DatasetIndex } from '../data/lookup.js';
import { DatasetController } from '../internal/dataset-controller.js';
import { VERSION } from '../internal/define.js';
import { clampLevel, heading } from '../internal/heading.js';
import { fireSelect } from '../internal/select-event.js';
import { renderError, renderLoading } from '../internal/states.js';
import { loadRecord, subscribeItem, writeItem, type StorageProblem } from '../internal/local-storage.js';
import { shared } from '../internal/styles.js';
import { formStyles } from '../internal/form-styles.js';
import { warnOnce } from '../internal/warn.js';
import { WidthController } from './scrollable.js';
import { styles } from './board-profile.styles.js';
import {
  AHP_LEAD_LABELS, AHP_LEAD_POSTS, countSeats, newSeatId, summaryText, type AhpLeadPost, type Check, type Seat,
} from './model.js';
import { codec, MAX_SNAPSHOTS, parseRecord, parseSeats, snapshotId, STORAGE_PREFIX, toCsv, toJson, type BoardRecord, type Snapshot } from './storage.js';
import { chart, countsTable, seatList } from './templates.js';
import { download, readFile, snapshotLabel } from './files.js';
import { renderFiles, type FilesHost, type PendingImport } from './files-view.js';
import type { DateDraft } from '../internal/date-input.js';

const TAG = 'board-profile';

/** Why the seats changed. */
export type BoardChangeReason = 'add' | 'edit' | 'remove' | 'undo' | 'move' | 'example' | 'import' | 'property' | 'foundation-trust' | 'ahp-lead' | 'snapshot' | 'storage';

export interface BoardProfileChangeDetail {
  reason: BoardChangeReason;
  seats: Seat[];
  foundationTrust: boolean;
  /** Whether a senior strategic AHP lead is named, and where the post sits (left out: not answered). */
  ahpLead?: AhpLeadPost;
  summary: string;
}

let uid = 0;

/**
 * A board's professional mix against the framework: the seats at and around the board table, by
 * role and never by name, their professional backgrounds, a plain-language summary, a chart with the
 * same numbers in a table, and checks against the sourced recommendation (a senior strategic AHP
 * lead) and, for NHS foundation trusts, the law (the two statutory clinical executive seats). For
 * each discipline with no seat at the board it lists the barriers reported for it, what has helped
 * and the case studies that show a way through. Published figures are shown as context, never as
 * targets. Seats are saved in this browser under `storage-key`; a dated snapshot can be saved and
 * compared with today; the profile can be downloaded as JSON or CSV and loaded back from JSON.
 *
 * @summary A board's professional mix against the clinical leadership framework.
 * @tagname board-profile
 *
 * @csspart intro - The opening explanation (no personal data needed).
 * @csspart summary - The plain-language summary.
 * @csspart chart - The bar chart (an SVG named by the summary).
 * @csspart table - The table with the chart's numbers.
 * @csspart checks - The list of checks.
 * @csspart check - One check (recommendation or law).
 * @csspart gaps - The disciplines with no seat at the board, with barriers, enablers and case studies.
 * @csspart figures - The published figures, for context.
 * @csspart seats - The list of seats being edited.
 * @csspart seat - One seat.
 * @csspart notice - Storage and undo notices.
 * @csspart error - The message shown when the data cannot be used.
 * @csspart loading - The loading message.
 *
 * @cssprop [--cl-board-voting=#005eb8] - Bar colour for voting board members.
 * @cssprop [--cl-board-non-voting=#41b6e6] - Bar colour for board members without a vote (striped).
 * @cssprop [--cl-board-attends=#ffb81c] - Bar colour for those who attend the board (dotted).
 * @cssprop [--cl-board-executive-team=#ffffff] - Bar colour for the executive team (outlined).
 *
 * @fires {CustomEvent<BoardProfileChangeDetail>} cl-change - The seats or the foundation-trust switch changed.
 * @fires {CustomEvent<SelectDetail>} cl-select - A barrier, enabler or case study was chosen. Cancelable.
 */
export class BoardProfile extends LitElement {
  static version = VERSION;
  static override styles = [...shared, formStyles, styles];

  /** The seats, by role (see the `Seat` type). Checked; bad data is shown as errors and replaces nothing. */
  @property({ attribute: false }) seats?: Seat[];

  /** Where seats are saved in this browser (`localStorage`); without it nothing is stored. */
  @property({ attribute: 'storage-key' }) storageKey?: string;

  /** The organisation is an NHS foundation trust (shows the statutory seats check). */
  @property({ type: Boolean, reflect: true, attribute: 'foundation-trust' }) foundationTrust = false;

  /** Optional heading above the profile. */
  @property() heading?: string;

  /** Level of the headings, 2–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private current: Seat[] = [];
  @state() private snapshots: Snapshot[] = [];
  @state() private ahpLead?: AhpLeadPost;
  /** Saved snapshots that could not be read: kept, shown and offered as a download. */
  @state() private setAside: unknown[] = [];
  @state() private compareWith = '';
  @state() private notice?: { text: string; undo?: () => void };
  @state() private problem?: StorageProblem;
  @state() private inputErrors: string[] = [];
  @state() private example = false;

  private data = new DatasetController(this);
  private size = new WidthController(this);
  private uid = `bp${uid++}`;
  private loadedKey?: string;
  private writable = true;
  private unsubscribe?: () => void;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.loadedKey = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    try {
      if (changed.has('storageKey') || this.loadedKey === undefined) this.load();
      if (changed.has('seats') && this.seats !== undefined) this.takeSeats(this.seats, 'property');
    } catch (error) {
      warnOnce(TAG, `The board profile could not read its input (${String((error as Error)?.message ?? error)}).`);
    }
  }

  private get key(): string | undefined {
    const key = this.storageKey?.trim();
    return key ? `${STORAGE_PREFIX}${key}` : undefined;
  }

  private load(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.loadedKey = this.storageKey ?? '';
    const key = this.key;
    if (!key) return;
    const result = loadRecord<BoardRecord>(key, codec);
    this.writable = result.loaded && !(result.corrupt && !result.corrupt.asideKey);
    this.problem = result.problem;
    if (result.corrupt) {
      warnOnce(TAG, `The saved board profile could not be read (${result.corrupt.reason}); it was ${result.corrupt.asideKey ? `copied to ${result.corrupt.asideKey}` : 'left in place'}.`);
      this.notice = { text: `The saved board profile could not be read (${result.corrupt.reason}). ${result.corrupt.asideKey ? 'A copy was kept in this browser; you can start again.' : 'It was left untouched; download anything you enter.'}` };
    }
    if (result.value && this.seats === undefined) {
      this.current = result.value.seats;
      this.takeRecord(result.value);
      if (result.value.foundationTrust) this.foundationTrust = true;
    }
    this.unsubscribe = subscribeItem(key, () => this.fromOtherTab(), this);
  }

  private fromOtherTab(): void {
    const key = this.key;
    if (!key) return;
    const result = loadRecord<BoardRecord>(key, codec);
    if (!result.value) return;
    this.current = result.value.seats;
    this.takeRecord(result.value);
    this.foundationTrust = result.value.foundationTrust;
    this.emit('storage');
  }

  private save(): void {
    const key = this.key;
    if (!key || !this.writable) return;
    const raw = codec.serialise(this.record(), new Date().toISOString());
    const problem = writeItem(key, raw);
    this.problem = problem;
    if (problem) warnOnce(TAG, `The board profile could not be saved in this browser (storage ${problem}).`);
  }

  /** Everything saved and exported besides the seats' list. */
  private takeRecord(record: BoardRecord): void {
    this.snapshots = record.snapshots;
    this.ahpLead = record.ahpLead;
    this.setAside = record.setAsideSnapshots ?? [];
  }

  private record(): BoardRecord {
    return {
      foundationTrust: this.foundationTrust,
      ...(this.ahpLead ? { ahpLead: this.ahpLead } : {}),
      seats: this.current,
      snapshots: this.snapshots,
      ...(this.setAside.length ? { setAsideSnapshots: this.setAside } : {}),
    };
  }

  private takeSeats(input: unknown, reason: BoardChangeReason): boolean {
    const result = parseSeats(input);
    if (!result.ok) {
      this.inputErrors = result.errors;
      warnOnce(TAG, `The seats given are not valid: ${result.errors.slice(0, 3).join('; ')}`);
      return false;
    }
    this.inputErrors = [];
    this.current = result.seats;
    if (reason !== 'property') this.save();
    this.emit(reason);
    return true;
  }

  private change(seats: Seat[], reason: BoardChangeReason, notice?: BoardProfile['notice']): void {
    this.current = seats;
    this.notice = notice;
    this.example = reason === 'example' || (this.example && reason !== 'import');
    this.save();
    this.emit(reason);
  }

  private emit(reason: BoardChangeReason): void {
    this.dispatchEvent(new CustomEvent<BoardProfileChangeDetail>('cl-change', {
      detail: { reason, seats: this.current.map((s) => ({ ...s })), foundationTrust: this.foundationTrust, ahpLead: this.ahpLead, summary: summaryText(this.current) },
      bubbles: true,
      composed: true,
    }));
  }

  /** The seats as they are now (a copy). */
  getSeats(): Seat[] {
    return this.current.map((s) => ({ ...s }));
  }

  /** The profile as a JSON export (seats, foundation-trust switch and snapshots). */
  exportJson(): string {
    return toJson(this.record());
  }

  /** The seats as formula-safe CSV. */
  exportCsv(): string {
    return toCsv(this.current);
  }

  /** Loads an export; an invalid file changes nothing. Returns the errors, or an empty list. */
  importJson(text: string): string[] {
    let data: unknown;
    try {
      data = JSON.parse(String(text).replace(/^\uFEFF/, ''));
    } catch {
      return ['The file is not valid JSON; it may be incomplete or damaged.'];
    }
    const result = parseRecord(data, true);
    if (!result.ok) return result.errors;
    const before = this.current;
    this.foundationTrust = result.record.foundationTrust;
    this.takeRecord(result.record);
    this.change(result.record.seats, 'import', { text: `Loaded ${result.record.seats.length} seats from the file.`, undo: () => this.change(before, 'undo') });
    return [];
  }

  /** Applies a change to one seat; a field set to undefined (or an empty registration) is removed. */
  editSeat(seat: Seat, patch: Partial<Seat>): void {
    this.change(this.current.map((s) => {
      if (s.id !== seat.id) return s;
      const next = { ...s, ...patch } as Record<string, unknown>;
      for (const [k, v] of Object.entries(patch)) if (v === undefined || (k === 'registration' && v === '')) delete next[k];
      return next as unknown as Seat;
    }), 'edit');
  }

  // --- The chunks loaded when used: the terms view and the series ------------------------------
  @state() private openTerms = new Set<string>();
  /** What is typed in the seats' date fields (TermsHost). */
  readonly dateDrafts = new Map<string, DateDraft>();
  /** The look-ahead's horizon in months (TermsHost). */
  horizon = 12;
  private chunks: { checks?: typeof import('./checks.js'); terms?: typeof import('./terms.js'); series?: typeof import('./series.js') } = {};
  /** Chunks asked for (and, with `false`, failed: the profile then shows without them). */
  private asked = new Map<string, boolean>();

  private chunk<K extends keyof BoardProfile['chunks']>(name: K): BoardProfile['chunks'][K] {
    if (!this.chunks[name] && !this.asked.has(name)) {
      this.asked.set(name, true);
      const load = name === 'checks' ? import('./checks.js') : name === 'terms' ? import('./terms.js') : import('./series.js');
      load.then((m) => {
        (this.chunks as Record<string, unknown>)[name] = m;
        // A chunk's own styles join the element's (constructed sheets, so the page's CSP allows them).
        const sheet = 'styles' in m ? m.styles.styleSheet : undefined;
        const root = this.renderRoot as ShadowRoot;
        if (sheet && root.adoptedStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        this.requestUpdate();
      }, () => {
        this.asked.set(name, false);
        warnOnce(TAG, `Part of the board profile (${name}) could not be loaded.`);
        this.requestUpdate();
      });
    }
    return this.chunks[name];
  }

  private handlers = {
    edit: (seat: Seat, field: keyof Seat, value: string) => this.editSeat(seat, { [field]: field === 'role' ? value.trim().slice(0, 120) : value }),
    toggleTerms: (seat: Seat, open: boolean) => {
      if (open === this.openTerms.has(seat.id)) return;
      const next = new Set(this.openTerms);
      if (open) next.add(seat.id);
      else next.delete(seat.id);
      this.openTerms = next;
    },
    isTermsOpen: (seat: Seat) => this.openTerms.has(seat.id),
    terms: (seat: Seat) => this.chunk('terms')?.termFields(this, seat, this.current),
    move: (seat: Seat, by: -1 | 1) => {
      const list = [...this.current];
      const i = list.findIndex((s) => s.id === seat.id);
      const j = i + by;
      if (i < 0 || j < 0 || j >= list.length) return;
      [list[i], list[j]] = [list[j], list[i]];
      this.change(list, 'move');
      // Keep focus on the button that moved, now on its new row.
      void this.updateComplete.then(() => {
        const row = this.renderRoot.querySelector(`[data-seat-id="${seat.id}"]`);
        const target = row?.querySelector<HTMLButtonElement>(`[data-action="${by < 0 ? 'up' : 'down'}"]:not([disabled])`) ?? row?.querySelector<HTMLButtonElement>('[data-action="remove"]');
        target?.focus();
      });
    },
    remove: (seat: Seat) => {
      const before = this.current;
      this.change(this.current.filter((s) => s.id !== seat.id), 'remove', {
        text: `Removed ${seat.role || 'a seat'}.`,
        undo: () => this.change(before, 'undo'),
      });
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('[data-action="undo"]')?.focus());
    },
  };

  private addSeat(): void {
    const seat: Seat = { id: newSeatId(), role: '', membership: 'voting', side: 'executive', background: 'not-known' };
    this.change([...this.current, seat], 'add');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#seat-${seat.id}-role`)?.focus());
  }

  private useExample(): void {
    // Loaded when asked for: most boards are entered, not started from the example.
    import('./example.js').then(
      (m) => this.change(m.exampleSeats(), 'example', { text: 'An example board has been filled in. It is an example, not a real board: change or remove any seat.' }),
      () => warnOnce(TAG, 'The example board could not be loaded.'),
    );
  }

  private setAhpLead(e: Event): void {
    const value = (e.target as HTMLSelectElement).value;
    this.ahpLead = (AHP_LEAD_POSTS as readonly string[]).includes(value) ? (value as AhpLeadPost) : undefined;
    this.save();
    this.emit('ahp-lead');
  }

  private toggleFoundationTrust(e: Event): void {
    this.foundationTrust = (e.target as HTMLInputElement).checked;
    this.save();
    this.emit('foundation-trust');
  }

  private saveSnapshot(): void {
    const label = snapshotLabel(this.renderRoot.querySelector<HTMLInputElement>('#snapshot-label')?.value);
    if (this.snapshots.length >= MAX_SNAPSHOTS) {
      // Never drop the oldest to make room: a series is only worth its history.
      this.notice = { text: `${MAX_SNAPSHOTS} snapshots are saved, the most this board profile keeps. Download the profile to keep them; nothing was replaced.` };
      return;
    }
    const id = snapshotId(this.snapshots);
    this.snapshots = [{ id, label, savedAt: new Date().toISOString(), seats: this.current.map((s) => ({ ...s })) }, ...this.snapshots];
    this.compareWith = id;
    this.save();
    this.notice = { text: `Snapshot "${label}" saved.` };
    this.emit('snapshot');
  }

  private select(kind: 'barrier' | 'enabler' | 'case-study', id: string): void {
    fireSelect(this, { kind, id });
  }

  protected override render(): TemplateResult {
    const level = clampLevel(this.headingLevel, 2);
    const sub = Math.min(level + 1, 6);
    // The data set only names barriers, enablers and sources: without it, the seats still show.
    const state = this.data.need();
    // The checks come in their own chunk, asked for beside the data set: the profile shows when
    // both are here (or the chunk has failed, and the profile shows without its checks).
    const checks = this.chunk('checks');
    if (state.status === 'loading' || (!checks && this.asked.get('checks'))) return renderLoading('Loading the board profile…', 'board');
    const index: DatasetIndex | undefined = state.status === 'ready' ? indexDataset(state.dataset) : undefined;
    const counts = countSeats(this.current);
    const summary = summaryText(this.current);
    const list = checks ? [checks.ahpLeadCheck(this.current, this.ahpLead), ...(this.foundationTrust ? [checks.statutorySeatsCheck(this.current)] : [])] : [];
    const compared = this.snapshots.find((s) => s.id === this.compareWith);
    return html`
      ${this.heading ? heading(level, this.heading, 'cl-heading title', 'title') : nothing}
      <p class="intro" part="intro">List the seats at and around your board table by role. No names or other personal data are needed; seats are saved only in this browser${this.storageKey ? '' : ' (set storage-key to keep them)'}.</p>
      ${this.inputErrors.length ? renderError('Some seats could not be used', 'The seats given are not valid; nothing already entered was changed:', this.inputErrors) : nothing}
      ${state.status === 'error' ? html`<p class="cl-message" part="notice">The data set could not be loaded, so barriers, enablers and sources are not shown.</p>` : nothing}
      ${this.problem ? html`<p class="cl-message" part="notice" role="status">Seats cannot be saved in this browser (storage ${this.problem}); download them before you leave.</p>` : nothing}
      ${this.notice
        ? html`<p class="cl-message notice" part="notice" role="status">${this.notice.text}
            ${this.notice.undo ? html`<button type="button" class="cl-button cl-button--secondary" data-action="undo" @click=${() => this.notice?.undo?.()}>Undo</button>` : nothing}</p>`
        : nothing}
      <div class="cl-checkbox ft">
        <input type="checkbox" id="foundation-trust" .checked=${this.foundationTrust} @change=${this.toggleFoundationTrust} />
        <label for="foundation-trust">We are an NHS foundation trust</label>
      </div>
      <div class="cl-field ahp-lead">
        <label for="ahp-lead">Has the organisation named a senior strategic AHP lead?</label>
        <select id="ahp-lead" class="cl-input" @change=${this.setAhpLead}>
          ${(['', ...AHP_LEAD_POSTS] as const).map((v) => html`<option value=${v} ?selected=${(this.ahpLead ?? '') === v}>${AHP_LEAD_LABELS[v]}</option>`)}
        </select>
      </div>
      ${this.current.length
        ? this.renderProfile(summary, counts, list, index, sub, compared)
        : html`<div class="empty" part="empty">
            <p>No seats yet. Add each seat at or around the board, or start from an example board and change it.</p>
            <button type="button" class="cl-button cl-button--secondary" data-action="example" @click=${this.useExample}>Use an example board</button>
          </div>`}
      ${heading(sub, 'Seats', 'cl-heading', 'seats-heading')}
      ${seatList(this.current, this.handlers)}
      <p><button type="button" class="cl-button" data-action="add" @click=${this.addSeat}>Add a seat</button></p>
      ${renderFiles(this.files, sub)}`;
  }

  private renderProfile(summary: string, counts: ReturnType<typeof countSeats>, checks: Check[], index: DatasetIndex | undefined, sub: number, compared?: Snapshot): TemplateResult {
    const c = this.chunks.checks;
    const level = Math.min(sub + 1, 6);
    // The terms view and the series are loaded only when there is something for them to show.
    const terms = this.current.some((s) => s.firstAppointed || s.termEnds || s.shared) || this.openTerms.size ? this.chunk('terms') : undefined;
    const series = this.snapshots.length ? this.chunk('series') : undefined;
    return html`
      ${this.example ? html`<p class="cl-tag example-tag">Example board</p>` : nothing}
      <p class="summary" part="summary">${summary}</p>
      ${chart(counts, summary, this.uid, this.size.width || undefined)}
      ${countsTable(counts, 'Seats by professional background and membership')}
      ${heading(sub, 'Checks against the recommendation and the law', 'cl-heading', 'checks-heading')}
      <ul class="checks" part="checks">${c ? checks.map((check) => c.checkItem(check, index?.boardFacts.get(check.factId), index, level)) : nothing}</ul>
      ${terms ? terms.termsSection(this, this.current, sub, this.uid, index?.boardFacts.get(terms.TENURE_FACT), c && ((ids) => c.sourceList(ids, index))) : nothing}
      ${index && c ? html`${heading(sub, 'Disciplines with no seat at the board', 'cl-heading', 'gaps-heading')}
        ${c.gaps(this.current, { index, level, onSelect: (k, id) => this.select(k, id) })}
        ${c.contextFigures(index, level)}` : nothing}
      ${series ? series.seriesView(this.snapshots, this.current, sub, this.size.width) : nothing}
      ${compared && series ? series.compareLine(compared, this.current) : nothing}`;
  }

  @state() private pendingImport?: PendingImport;

  private previewImport(raw: string): void {
    let data: unknown;
    try {
      data = JSON.parse(raw.replace(/^\uFEFF/, ''));
    } catch {
      this.pendingImport = { ok: false, text: 'The file is not valid JSON; nothing was changed.', raw };
      return;
    }
    const result = parseRecord(data, true);
    this.pendingImport = result.ok
      ? { ok: true, raw, text: `The file has ${result.record.seats.length} seats (you have ${this.current.length} now). ${summaryText(result.record.seats)}` }
      : { ok: false, raw, text: `The file cannot be loaded: ${result.errors.join(' ')} Nothing was changed.` };
  }

  private files: FilesHost = {
    snapshots: () => this.snapshots,
    setAside: () => this.setAside,
    compareWith: () => this.compareWith,
    pending: () => this.pendingImport,
    compare: (id) => (this.compareWith = id),
    saveSnapshot: () => this.saveSnapshot(),
    download: (name, text, type) => download(this, name, text, type),
    json: () => this.exportJson(),
    csv: () => this.exportCsv(),
    read: (e) => readFile(e, (text) => this.previewImport(text)),
    confirm: () => {
      const pending = this.pendingImport;
      this.pendingImport = undefined;
      if (pending?.ok) this.importJson(pending.raw);
    },
    cancel: () => (this.pendingImport = undefined),
  };
}
