import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { indexDataset, type DatasetIndex } from '../data/lookup.js';
import { DatasetController } from '../internal/dataset-controller.js';
import { VERSION } from '../internal/define.js';
import { clampLevel, heading } from '../internal/heading.js';
import { fireSelect } from '../internal/select-event.js';
import { renderError, renderLoading } from '../internal/states.js';
import type { StorageAdapter } from '../internal/storage.js';
import { shared } from '../internal/styles.js';
import { formStyles } from '../internal/form-styles.js';
import { warnOnce } from '../internal/warn.js';
import { styles } from './board-profile.styles.js';
import {
  ahpLeadCheck, changesSince, countSeats, exampleSeats, newSeatId, statutorySeatsCheck, summaryText, type Seat,
} from './model.js';
import { parseRecord, parseSeats, STORAGE_PREFIX, toCsv, toJson, type BoardRecord, type Snapshot } from './storage.js';
import type { BoardStore } from './saved.js';
import { chart, checkItem, contextFigures, countsTable, gaps, seatList } from './templates.js';
import { download, importNote, newSnapshots, readFile, snapshotLabel } from './files.js';

const TAG = 'board-profile';

/** Why the seats changed. */
export type BoardChangeReason = 'add' | 'edit' | 'remove' | 'undo' | 'move' | 'example' | 'import' | 'property' | 'foundation-trust' | 'snapshot' | 'storage';

export interface BoardProfileChangeDetail {
  reason: BoardChangeReason;
  seats: Seat[];
  foundationTrust: boolean;
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

  /**
   * Where seats are kept, when not in this browser's localStorage: any object with async `load`,
   * `save` and `subscribe` (see `StorageAdapter` in the storage adapters guide). Used with `storage-key`.
   */
  @property({ attribute: false }) adapter?: StorageAdapter;

  @state() private current: Seat[] = [];
  @state() private snapshots: Snapshot[] = [];
  @state() private compareWith = '';
  @state() private notice?: { text: string; undo?: () => void };
  @state() private inputErrors: string[] = [];
  @state() private example = false;
  @state() private announcement = '';

  private data = new DatasetController(this);
  private uid = `bp${uid++}`;
  /** The saved record (saved.ts, loaded with the first storage key); `storeLoad` while it is fetched. */
  private store?: BoardStore;
  private storeLoad?: Promise<typeof import('./saved.js')>;
  private saved?: typeof import('./saved.js');
  @state() private kitFailed = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    try {
      if (changed.has('storageKey') || changed.has('adapter')) this.open();
      if (changed.has('seats') && this.seats !== undefined) this.takeSeats(this.seats, 'property');
    } catch (error) {
      warnOnce(TAG, `The board profile could not read its input (${String((error as Error)?.message ?? error)}).`);
    }
  }

  /** The full key: `storage-key` trimmed (as the checklist's), or `undefined`. */
  private get key(): string | undefined {
    const key = this.storageKey?.trim();
    return key ? `${STORAGE_PREFIX}${key}` : undefined;
  }

  /** Opens the record under the key through the adapter (fetching the saved-record part first). */
  private open(): void {
    if (this.store) return this.store.open(this.key, this.adapter);
    if (!this.key) return;
    this.storeLoad ??= import('./saved.js');
    this.storeLoad.then((m) => {
      this.saved = m;
      this.store ??= m.boardStore(this, {
        changed: (value, first) => {
          this.takeRecord(value, first);
          if (!first) {
            this.say('The board profile was updated from another window.');
            this.emit('storage');
          }
        },
        conflict: () => this.say('A seat was also changed in another window. This page’s version is kept: see the message above.'),
        failed: (problem) => {
          this.say(`Seats could not be saved (storage ${problem}). They stay on this page.`);
          warnOnce(TAG, `The board profile could not be saved (storage ${problem}).`);
        },
      });
      this.open();
      this.requestUpdate();
    }, () => {
      this.kitFailed = true;
      warnOnce(TAG, 'The saving part of the board profile could not be loaded; seats stay on this page.');
    });
  }

  /** What the record holds, shown (seats given by property win at the first read; the rest is taken). */
  private takeRecord(value: BoardRecord, first = false): void {
    if (!(first && this.seats !== undefined)) this.current = value.seats;
    this.snapshots = value.snapshots;
    if (!first || value.foundationTrust) this.foundationTrust = value.foundationTrust;
  }

  private record(): BoardRecord {
    return { foundationTrust: this.foundationTrust, seats: this.current, snapshots: this.snapshots };
  }

  /** Saves (merged with what is stored) through the saved-record kit. */
  private save(): void {
    this.store?.set(this.record());
  }

  /** What the saved-record notices call back: a conflict resolved (`took`: the other version is now on the page). */
  private storeHost = (text: string, took?: boolean): void => {
    if (took && this.store) {
      this.takeRecord(this.store.value);
      this.emit('storage');
    }
    this.say(text);
  };

  private say(text: string): void {
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
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
      detail: { reason, seats: this.current.map((s) => ({ ...s })), foundationTrust: this.foundationTrust, summary: summaryText(this.current) },
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
    return toJson({ foundationTrust: this.foundationTrust, seats: this.current, snapshots: this.snapshots });
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
    // Issue 24: the seats and the switch come from the file; the file's snapshots are added to those kept here (none is
    // deleted); Undo puts back all three.
    const before = this.record();
    const file = result.record;
    this.foundationTrust = file.foundationTrust;
    this.snapshots = [...before.snapshots, ...newSnapshots(before.snapshots, file.snapshots)];
    this.change(file.seats, 'import', {
      text: `Loaded ${file.seats.length} seats from the file. ${importNote(before, file)}`,
      undo: () => {
        this.foundationTrust = before.foundationTrust;
        this.snapshots = before.snapshots;
        this.change(before.seats, 'undo', { text: 'The seats, snapshots and foundation-trust switch are back as they were before the file was loaded.' });
      },
    });
    return [];
  }

  private handlers = {
    edit: (seat: Seat, field: keyof Seat, value: string) =>
      this.change(this.current.map((s) => (s.id === seat.id ? { ...s, [field]: field === 'role' ? value.trim().slice(0, 120) : value } : s)), 'edit'),
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
    this.change(exampleSeats(), 'example', { text: 'An example board has been filled in. It is an example, not a real board: change or remove any seat.' });
  }

  private toggleFoundationTrust(e: Event): void {
    this.foundationTrust = (e.target as HTMLInputElement).checked;
    this.save();
    this.emit('foundation-trust');
  }

  private saveSnapshot(): void {
    const label = snapshotLabel(this.renderRoot.querySelector<HTMLInputElement>('#snapshot-label')?.value);
    this.snapshots = [{ label, savedAt: new Date().toISOString(), seats: this.current.map((s) => ({ ...s })) }, ...this.snapshots].slice(0, 24);
    this.compareWith = label;
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
    const store = this.store;
    // Until the saved seats are read (or cannot be), the profile shows its loading state: nothing shown is replaced later.
    const reading = !!this.key && !this.kitFailed && !(store?.loaded || store?.problem);
    if (state.status === 'loading' || reading) return renderLoading('Loading the board profile…', 'board');
    const index: DatasetIndex | undefined = state.status === 'ready' ? indexDataset(state.dataset) : undefined;
    const counts = countSeats(this.current);
    const summary = summaryText(this.current);
    const checks = [ahpLeadCheck(this.current), ...(this.foundationTrust ? [statutorySeatsCheck(this.current)] : [])];
    const compared = this.snapshots.find((s) => s.label === this.compareWith);
    return html`
      ${this.heading ? heading(level, this.heading, 'cl-heading title', 'title') : nothing}
      <p class="intro" part="intro">List the seats at and around your board table by role. No names or other personal data are needed; seats are saved only in this browser${this.storageKey ? '' : ' (set storage-key to keep them)'}.</p>
      ${this.inputErrors.length ? renderError('Some seats could not be used', 'The seats given are not valid; nothing already entered was changed:', this.inputErrors) : nothing}
      ${state.status === 'error' ? html`<p class="cl-message" part="notice">The data set could not be loaded, so barriers, enablers and sources are not shown.</p>` : nothing}
      ${store ? this.saved!.storeNotices(store, this.renderRoot, this.storeHost) : nothing}
      ${this.notice
        ? html`<p class="cl-message notice" part="notice" role="status">${this.notice.text}
            ${this.notice.undo ? html`<button type="button" class="cl-button cl-button--secondary" data-action="undo" @click=${() => this.notice?.undo?.()}>Undo</button>` : nothing}</p>`
        : nothing}
      <div class="cl-visually-hidden" role="status">${this.announcement}</div>
      ${store ? this.saved!.savingNotice(store, this.adapter?.label ?? 'in this browser') : nothing}
      ${this.kitFailed ? html`<p class="cl-message" part="notice">Seats cannot be saved (storage failed); they stay on this page: download them before you leave.</p>` : nothing}
      <div class="cl-checkbox ft">
        <input type="checkbox" id="foundation-trust" .checked=${this.foundationTrust} @change=${this.toggleFoundationTrust} />
        <label for="foundation-trust">We are an NHS foundation trust</label>
      </div>
      ${this.current.length
        ? this.renderProfile(summary, counts, checks, index, sub, compared)
        : html`<div class="empty" part="empty">
            <p>No seats yet. Add each seat at or around the board, or start from an example board and change it.</p>
            <button type="button" class="cl-button cl-button--secondary" data-action="example" @click=${this.useExample}>Use an example board</button>
          </div>`}
      ${heading(sub, 'Seats', 'cl-heading', 'seats-heading')}
      ${seatList(this.current, this.handlers)}
      <p><button type="button" class="cl-button" data-action="add" @click=${this.addSeat}>Add a seat</button></p>
      ${this.renderFiles(sub)}`;
  }

  private renderProfile(summary: string, counts: ReturnType<typeof countSeats>, checks: ReturnType<typeof ahpLeadCheck>[], index: DatasetIndex | undefined, sub: number, compared?: Snapshot): TemplateResult {
    const changes = compared ? changesSince(compared.seats, this.current) : [];
    return html`
      ${this.example ? html`<p class="cl-tag example-tag">Example board</p>` : nothing}
      <p class="summary" part="summary">${summary}</p>
      ${chart(counts, summary, this.uid)}
      ${countsTable(counts, 'Seats by professional background and membership')}
      ${heading(sub, 'Checks against the recommendation and the law', 'cl-heading', 'checks-heading')}
      <ul class="checks" part="checks">${checks.map((c) => checkItem(c, index?.boardFacts.get(c.factId), index, Math.min(sub + 1, 6)))}</ul>
      ${index ? html`${heading(sub, 'Disciplines with no seat at the board', 'cl-heading', 'gaps-heading')}
        ${gaps(this.current, { index, level: Math.min(sub + 1, 6), onSelect: (k, id) => this.select(k, id) })}
        ${contextFigures(index, Math.min(sub + 1, 6))}` : nothing}
      ${compared
        ? html`<div class="compare" part="compare" role="status">
            <p><strong>Since ${compared.label}:</strong> ${changes.length ? changes.join('; ') : 'no change'}.</p>
          </div>`
        : nothing}`;
  }

  private renderFiles(sub: number): TemplateResult {
    return html`<div class="files" part="files">
      ${heading(sub, 'Snapshots and files', 'cl-heading', 'files-heading')}
      <div class="cl-field">
        <label for="snapshot-label">Snapshot name</label>
        <input id="snapshot-label" class="cl-input snapshot-label" placeholder=${snapshotLabel('')} maxlength="120" />
      </div>
      <p><button type="button" class="cl-button cl-button--secondary" data-action="snapshot" @click=${this.saveSnapshot}>Save a snapshot</button></p>
      ${this.snapshots.length
        ? html`<div class="cl-field">
            <label for="compare-with">Compare today with</label>
            <select id="compare-with" class="cl-input" @change=${(e: Event) => (this.compareWith = (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!this.compareWith}>No comparison</option>
              ${this.snapshots.map((s) => html`<option value=${s.label} ?selected=${s.label === this.compareWith}>${s.label}</option>`)}
            </select>
          </div>`
        : nothing}
      <p class="file-buttons">
        <button type="button" class="cl-button cl-button--secondary" data-action="json" @click=${() => download(this, 'board-profile.json', this.exportJson(), 'application/json')}>Download (JSON)</button>
        <button type="button" class="cl-button cl-button--secondary" data-action="csv" @click=${() => download(this, 'board-profile.csv', '\uFEFF' + this.exportCsv(), 'text/csv')}>Download (CSV)</button>
        <label class="cl-button cl-button--secondary file-label">Load from a JSON file
          <input type="file" accept=".json,application/json" class="cl-visually-hidden" @change=${(e: Event) => readFile(e, (text) => this.previewImport(text))} />
        </label>
      </p>
      ${this.pendingImport
        ? html`<div class="cl-message" part="notice" role="status">
            <p>${this.pendingImport.text}</p>
            ${this.pendingImport.ok
              ? html`<button type="button" class="cl-button" data-action="confirm-import" @click=${this.confirmImport}>Replace with the file's seats</button>
                  <button type="button" class="cl-button cl-button--secondary" @click=${() => (this.pendingImport = undefined)}>Cancel</button>`
              : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  @state() private pendingImport?: { ok: boolean; text: string; raw: string };

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
      ? { ok: true, raw, text: `The file has ${result.record.seats.length} seats (you have ${this.current.length} now). ${summaryText(result.record.seats)} ${importNote(this.record(), result.record)} You can undo this.` }
      : { ok: false, raw, text: `The file cannot be loaded: ${result.errors.join(' ')} Nothing was changed.` };
  }

  private confirmImport = (): void => {
    const pending = this.pendingImport;
    this.pendingImport = undefined;
    if (pending?.ok) this.importJson(pending.raw);
  };
}
