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
import { shareSection } from '../internal/board-share-hook.js';
import { WidthController } from './scrollable.js';
import { styles } from './board-profile.styles.js';
import { AHP_LEAD_POSTS, countSeats, summaryText, type AhpLeadPost, type Check, type Seat } from './model.js';
import { addSnapshot, MAX_SNAPSHOTS, parseExport, parseSeats, STORAGE_PREFIX, toCsv, toJson, type BoardRecord, type Snapshot } from './storage.js';
import { chart, countsTable, seatList, settings } from './templates.js';
import { download, importNote, newSnapshots, snapshotLabel } from './files.js';
import type { BoardStore } from './saved.js';
import type { FilesHost, PendingImport } from './files-view.js';
import { Parts } from './parts.js';
import type { BoardChangeReason, BoardProfileChangeDetail } from './events.js';
import type { TermsHost } from './terms.js';
import { seatHandlers } from './seat-actions.js';

const TAG = 'board-profile';

export type { BoardChangeReason, BoardProfileChangeDetail } from './events.js';

let uid = 0;

/**
 * A board's professional mix against the framework: the seats at and around the board table, by
 * role and never by name, their professional backgrounds and registrations, a plain-language
 * summary, a chart with the same numbers in a table, and two checks: whether the organisation has
 * named a senior strategic AHP lead and where the post sits (information, as the recommendation sets
 * no test), and, for NHS foundation trusts, the law's two statutory clinical executive seats, read
 * from each seat's registration. Optional term dates give the tenure notes for chairs and
 * non-executives and a look-ahead at the professional voices leaving with term ends. For each
 * discipline with no seat at the board it lists the barriers recorded for it, what has helped and
 * the case studies. Published figures are context, never targets. Seats are saved in this browser
 * under `storage-key`; dated snapshots show the mix over time (chart and table) and one can be
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
 * @csspart terms - Terms and tenure: the tenure notes, the look-ahead and the shared posts.
 * @csspart look-ahead - The sentence naming the professional voices leaving with term ends.
 * @csspart gaps - The disciplines with no seat at the board, with barriers, enablers and case studies.
 * @csspart figures - The published figures, for context.
 * @csspart series - The mix over every saved snapshot and today (chart and table).
 * @csspart compare - The changes since the snapshot chosen to compare with.
 * @csspart seats - The list of seats being edited.
 * @csspart seat - One seat.
 * @csspart notice - Storage and undo notices.
 * @csspart status - The visually hidden live region (a term date's error, when the fields are left).
 * @csspart error - The message shown when the data cannot be used.
 * @csspart loading - The loading message.
 *
 * @cssprop [--cl-board-voting=#005eb8] - Bar colour for voting board members.
 * @cssprop [--cl-board-non-voting=#41b6e6] - Bar colour for board members without a vote (striped).
 * @cssprop [--cl-board-attends=#ffb81c] - Bar colour for those who attend the board (dotted).
 * @cssprop [--cl-board-executive-team=#ffffff] - Bar colour for the executive team (outlined).
 *
 * @fires {CustomEvent<BoardProfileChangeDetail>} cl-change - The seats, the foundation-trust switch or the AHP-lead answer changed.
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
  @state() private ahpLead?: AhpLeadPost;
  /** Saved snapshots that could not be read: kept, shown and offered as a download. */
  @state() private setAside: unknown[] = [];
  @state() private compareWith = '';
  @state() private notice?: { text: string; undo?: () => void };
  @state() private inputErrors: string[] = [];
  @state() private example = false;

  private data = new DatasetController(this);
  private size = new WidthController(this);
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
            // An Undo offered before would put back a record another window has changed since: it is withdrawn.
            if (this.notice?.undo) this.notice = { text: this.notice.text };
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

  /** Saves (merged with what is stored) through the saved-record kit (saved.ts). */
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

  /**
   * The record, shown: seats (except at the first read when seats were given by property: those win),
   * the foundation-trust switch (at the first read only turned on, as the attribute may say so), and
   * everything else saved and exported besides the seats' list.
   */
  private takeRecord(record: BoardRecord, first = false): void {
    if (!(first && this.seats !== undefined)) this.current = record.seats;
    if (!first || record.foundationTrust) this.foundationTrust = record.foundationTrust;
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
    const result = parseExport(text);
    if (!result.ok) return result.errors;
    // Undo puts back the whole record (snapshots, answers, set-aside snapshots), not only the seats. The file's
    // snapshots are added to those kept here: none is deleted (issue 24).
    const before = this.record();
    const setAside = [...(before.setAsideSnapshots ?? []), ...(result.record.setAsideSnapshots ?? [])];
    const file: BoardRecord = {
      ...result.record,
      snapshots: [...before.snapshots, ...newSnapshots(before.snapshots, result.record.snapshots)],
      ...(setAside.length ? { setAsideSnapshots: setAside } : {}),
    };
    const take = (record: BoardRecord, reason: BoardChangeReason, notice?: BoardProfile['notice']) => {
      this.takeRecord(record);
      this.change(record.seats, reason, notice);
    };
    const n = file.seats.length;
    take(file, 'import', {
      text: `Loaded ${n} ${n === 1 ? 'seat' : 'seats'} from the file. ${importNote(before, result.record)}`,
      undo: () => take(before, 'undo', { text: 'The seats, snapshots and settings are back as they were before the file was loaded.' }),
    });
    return [];
  }

  /** Applies a change to one seat; a field set to undefined (or an empty registration) is removed. */
  private editSeat(seat: Seat, patch: Partial<Seat>): void {
    this.change(this.current.map((s) => {
      if (s.id !== seat.id) return s;
      const next = { ...s, ...patch } as Record<string, unknown>;
      for (const [k, v] of Object.entries(patch)) if (v === undefined || (k === 'registration' && v === '')) delete next[k];
      return next as unknown as Seat;
    }), 'edit');
  }

  // --- The parts loaded when used: the checks, the terms view and the series -----------------
  @state() private openTerms = new Set<string>();
  private termsHost: TermsHost = {
    dateDrafts: new Map(),
    horizon: 12,
    editSeat: (seat, patch) => this.editSeat(seat, patch),
    announce: (text) => (this.announcement = text),
    requestUpdate: () => this.requestUpdate(),
  };
  @state() private announcement = '';
  private parts = new Parts<{
    checks: typeof import('./checks.js'); files: typeof import('./files-view.js'); terms: typeof import('./terms.js'); series: typeof import('./series.js');
  }>(this, {
    checks: () => import('./checks.js'),
    files: () => import('./files-view.js'),
    terms: () => import('./terms.js'),
    series: () => import('./series.js'),
  });

  private handlers = seatHandlers({
    seats: () => this.current,
    change: (seats, reason, notice) => this.change(seats, reason, notice),
    edit: (seat, patch) => this.editSeat(seat, patch),
    openTerms: () => this.openTerms,
    setOpenTerms: (open) => (this.openTerms = open),
    terms: (seat) => this.parts.get('terms')?.termFields(this.termsHost, seat, this.current),
    afterUpdate: (then) => void this.updateComplete.then(() => then(this.renderRoot)),
  });

  private setAhpLead = (e: Event): void => {
    const value = (e.target as HTMLSelectElement).value;
    this.ahpLead = (AHP_LEAD_POSTS as readonly string[]).includes(value) ? (value as AhpLeadPost) : undefined;
    this.save();
    this.emit('ahp-lead');
  };

  private toggleFoundationTrust = (e: Event): void => {
    this.foundationTrust = (e.target as HTMLInputElement).checked;
    this.save();
    this.emit('foundation-trust');
  };

  private saveSnapshot(): void {
    const label = snapshotLabel(this.renderRoot.querySelector<HTMLInputElement>('#snapshot-label')?.value);
    const added = addSnapshot(this.snapshots, label, this.current);
    if (!added) {
      // Never drop the oldest to make room: a series is only worth its history.
      this.notice = { text: `${MAX_SNAPSHOTS} snapshots are saved, the most this board profile keeps: nothing was replaced. To make room, download the profile to keep them all, then choose one under “Compare today with” and remove it.` };
      return;
    }
    [this.snapshots, this.compareWith] = added;
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
    // The checks and the files part come in their own chunks, asked for beside the data set: the
    // profile shows when all are here (a part that failed is left out).
    const checks = this.parts.get('checks');
    const files = this.parts.get('files');
    const store = this.store;
    // Until the saved seats are read (or cannot be), the profile shows its loading state: nothing shown is replaced later.
    const reading = !!this.key && !this.kitFailed && !(store?.loaded || store?.problem);
    if (state.status === 'loading' || reading || this.parts.pending('checks') || this.parts.pending('files')) return renderLoading('Loading the board profile…', 'board');
    const index: DatasetIndex | undefined = state.status === 'ready' ? indexDataset(state.dataset) : undefined;
    const counts = countSeats(this.current);
    const summary = summaryText(this.current);
    const list = checks ? [checks.ahpLeadCheck(this.current, this.ahpLead), ...(this.foundationTrust ? [checks.statutorySeatsCheck(this.current)] : [])] : [];
    const compared = this.snapshots.find((s) => s.id === this.compareWith);
    return html`
      ${this.heading ? heading(level, this.heading, 'cl-heading title', 'title') : nothing}
      <p class="intro" part="intro">List the seats at and around your board table by role. No names or other personal data are needed; seats are saved ${this.adapter ? this.adapter.label ?? "where this page's store keeps them" : 'only in this browser'}${this.storageKey ? '' : ' (set storage-key to keep them)'}.</p>
      ${this.inputErrors.length ? renderError('Some seats could not be used', 'The seats given are not valid; nothing already entered was changed:', this.inputErrors) : nothing}
      ${state.status === 'error' ? html`<p class="cl-message" part="notice">The data set could not be loaded, so barriers, enablers and sources are not shown.</p>` : nothing}
      ${store ? this.saved!.storeNotices(store, this.renderRoot, this.storeHost) : nothing}
      ${this.notice
        ? html`<p class="cl-message notice" part="notice" role="status">${this.notice.text}
            ${this.notice.undo ? html`<button type="button" class="cl-button cl-button--secondary" data-action="undo" @click=${() => this.notice?.undo?.()}>Undo</button>` : nothing}</p>`
        : nothing}
      ${store ? this.saved!.savingNotice(store, this.adapter?.label ?? 'in this browser') : nothing}
      ${this.kitFailed ? html`<p class="cl-message" part="notice">Seats cannot be saved (storage failed); they stay on this page: download them before you leave.</p>` : nothing}
      ${settings(this.foundationTrust, this.ahpLead, this.toggleFoundationTrust, this.setAhpLead)}
      ${this.current.length
        ? this.renderProfile(summary, counts, list, index, sub, compared)
        : html`<div class="empty" part="empty">
            <p>No seats yet. Add each seat at or around the board, or start from an example board and change it.</p>
            <button type="button" class="cl-button cl-button--secondary" data-action="example" @click=${this.handlers.example}>Use an example board</button>
          </div>`}
      <p class="cl-visually-hidden" role="status" part="status">${this.announcement}</p>
      ${heading(sub, 'Seats', 'cl-heading', 'seats-heading')}
      ${seatList(this.current, this.handlers)}
      <p><button type="button" class="cl-button" data-action="add" @click=${this.handlers.add}>Add a seat</button></p>
      ${files?.renderFiles(this.files, sub)}
      ${shareSection(this, sub)}`;
  }

  private renderProfile(summary: string, counts: ReturnType<typeof countSeats>, checks: Check[], index: DatasetIndex | undefined, sub: number, compared?: Snapshot): TemplateResult {
    const c = this.parts.peek('checks');
    const level = Math.min(sub + 1, 6);
    // The terms view and the series are loaded only when there is something for them to show.
    const terms = this.current.some((s) => s.firstAppointed || s.termEnds || s.shared) || this.openTerms.size ? this.parts.get('terms') : undefined;
    const series = this.snapshots.length ? this.parts.get('series') : undefined;
    return html`
      ${this.example ? html`<p class="cl-tag example-tag">Example board</p>` : nothing}
      <p class="summary" part="summary">${summary}</p>
      ${chart(counts, summary, this.uid, this.size.width || undefined)}
      ${countsTable(counts, 'Seats by professional background and membership')}
      ${heading(sub, 'Checks against the recommendation and the law', 'cl-heading', 'checks-heading')}
      <ul class="checks" part="checks">${c ? checks.map((check) => c.checkItem(check, index?.boardFacts.get(check.factId), index, level)) : nothing}</ul>
      ${terms ? terms.termsSection(this.termsHost, this.current, sub, this.uid, index?.boardFacts.get(terms.TENURE_FACT), c && ((ids) => c.sourceList(ids, index))) : nothing}
      ${index && c ? html`${heading(sub, 'Disciplines with no seat at the board', 'cl-heading', 'gaps-heading')}
        ${c.gaps(this.current, { index, level, onSelect: (k, id) => this.select(k, id) })}
        ${c.contextFigures(index, level)}` : nothing}
      ${series ? series.seriesView(this.snapshots, this.current, sub, this.size.width) : nothing}
      ${compared && series ? series.compareLine(compared, this.current) : nothing}`;
  }

  @state() private pendingImport?: PendingImport;

  /** What "Share with the system" writes from (internal/board-share.ts): the record as it stands. */
  shareSource() {
    return { foundationTrust: this.foundationTrust, ahpLead: this.ahpLead, seats: this.current };
  }

  private files: FilesHost = {
    snapshots: () => this.snapshots,
    setAside: () => this.setAside,
    compareWith: () => this.compareWith,
    pending: () => this.pendingImport,
    compare: (id) => (this.compareWith = id),
    saveSnapshot: () => this.saveSnapshot(),
    putSnapshots: (snapshots, compareWith, notice, focus) => {
      [this.snapshots, this.compareWith, this.notice] = [snapshots, compareWith, notice];
      this.save();
      this.emit('snapshot');
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(focus)?.focus());
    },
    download: (name, text, type) => download(this, name, text, type),
    json: () => this.exportJson(),
    csv: () => this.exportCsv(),
    storageKey: () => this.storageKey,
    read: (e) => void this.parts.peek('files')?.readChosen(e, this.record()).then((p) => p && (this.pendingImport = p)),
    confirm: () => {
      const pending = this.pendingImport;
      this.pendingImport = undefined;
      if (pending?.ok) this.importJson(pending.raw);
    },
    cancel: () => (this.pendingImport = undefined),
  };
}
