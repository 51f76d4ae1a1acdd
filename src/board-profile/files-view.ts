/**
 * The "Snapshots and files" part of the board profile: naming and saving a dated snapshot,
 * choosing one to compare with today (by id, so two snapshots with the same name stay apart) and
 * removing the one chosen (with Undo),
 * snapshots that could not be read (kept, and offered as a download), downloads and loading a file.
 */
import { html, nothing, type TemplateResult } from 'lit';
// live(): once a person has picked an option, only the property (not the attribute) still moves the choice (Undo, a new snapshot).
import { live } from 'lit/directives/live.js';
import { formatPartialDate } from '../data/date.js';
import { heading } from '../internal/heading.js';
import { importNote, snapshotLabel } from './files.js';
import { summaryText } from './model.js';
import { CSV_BOM } from '../internal/csv.js';
import { readJsonFile, recordFileName } from '../internal/record-files.js';
import { parseRecord, type BoardRecord, type Snapshot } from './storage.js';

export interface PendingImport {
  ok: boolean;
  text: string;
  raw: string;
}

/**
 * The file chosen in an `<input type="file">`, read with the one reader (the 2 MB cap before
 * reading, the byte order mark, JSON), checked and described before anything is replaced; the
 * input is cleared so the same file can be chosen again. Never rejects.
 */
export async function readChosen(event: Event, now: BoardRecord): Promise<PendingImport | undefined> {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return undefined;
  const read = await readJsonFile(file, 'a board profile export');
  const raw = read.text ?? '';
  const result = read.ok ? parseRecord(read.data, true) : { ok: false as const, errors: [read.error] };
  const seats = (n: number) => `${n} ${n === 1 ? 'seat' : 'seats'}`;
  return result.ok
    ? {
      ok: true, raw,
      // Issue 24: what happens to the saved snapshots, the switch and the AHP lead answer is said before anything changes.
      text: `“${file.name}” has ${seats(result.record.seats.length)} (you have ${now.seats.length} now). ${summaryText(result.record.seats)} ${importNote(now, result.record)} You can undo this.`,
    }
    : { ok: false, raw, text: `“${file.name}” cannot be loaded: ${result.errors.join(' ')} Nothing was changed.` };
}

export interface FilesHost {
  snapshots(): readonly Snapshot[];
  setAside(): readonly unknown[];
  compareWith(): string;
  pending(): PendingImport | undefined;
  compare(id: string): void;
  saveSnapshot(): void;
  /** Keeps these snapshots (saved), the one compared with, a notice, and moves focus to `focus` after the render. */
  putSnapshots(snapshots: Snapshot[], compareWith: string, notice: { text: string; undo?: () => void }, focus: string): void;
  download(filename: string, text: string, type: string): void;
  /** The storage key, for the downloads' names. */
  storageKey(): string | undefined;
  json(): string;
  csv(): string;
  read(event: Event): void;
  confirm(): void;
  cancel(): void;
}

/** "May 2026 board, 3 May 2026" and, where two share that, their position: "(2 of 2)". */
function optionLabels(snapshots: readonly Snapshot[]): string[] {
  const texts = snapshots.map((s) => `${s.label}, saved ${formatPartialDate(s.savedAt.slice(0, 10))}`);
  return texts.map((t, i) => {
    const same = texts.filter((x) => x === t).length;
    return same > 1 ? `${t} (${texts.slice(0, i + 1).filter((x) => x === t).length} of ${same})` : t;
  });
}

/** Removes one saved snapshot (a mistaken one, or to make room under the 60), with Undo, which takes the focus and puts it back in its place. */
function removeSnapshot(h: FilesHost, id: string): void {
  const snapshots = h.snapshots();
  const at = snapshots.findIndex((s) => s.id === id);
  if (at < 0) return;
  const gone = snapshots[at];
  const compareWith = h.compareWith() === id ? '' : h.compareWith();
  h.putSnapshots(snapshots.filter((s) => s !== gone), compareWith, {
    text: `Snapshot "${gone.label}" removed.`,
    undo: () => {
      const back = h.snapshots().filter((s) => s.id !== gone.id);
      back.splice(Math.min(at, back.length), 0, gone);
      h.putSnapshots(back, gone.id, { text: `Snapshot "${gone.label}" is back.` }, '#compare-with');
    },
  }, '[data-action="undo"]');
}

export function renderFiles(h: FilesHost, sub: number): TemplateResult {
  const snapshots = h.snapshots();
  const setAside = h.setAside();
  const labels = optionLabels(snapshots);
  const chosen = snapshots.findIndex((s) => s.id === h.compareWith());
  const pending = h.pending();
  return html`<div class="files" part="files">
    ${heading(sub, 'Snapshots and files', 'cl-heading', 'files-heading')}
    <div class="cl-field">
      <label for="snapshot-label">Snapshot name</label>
      <input id="snapshot-label" class="cl-input snapshot-label" placeholder=${snapshotLabel('')} maxlength="120" />
    </div>
    <p><button type="button" class="cl-button cl-button--secondary" data-action="snapshot" @click=${() => h.saveSnapshot()}>Save a snapshot</button></p>
    ${snapshots.length
      ? html`<div class="cl-field">
          <label for="compare-with">Compare today with</label>
          <select id="compare-with" class="cl-input" @change=${(e: Event) => h.compare((e.target as HTMLSelectElement).value)}>
            <option value="" .selected=${live(!h.compareWith())}>No comparison</option>
            ${snapshots.map((s, i) => html`<option value=${s.id} .selected=${live(s.id === h.compareWith())}>${labels[i]}</option>`)}
          </select>
        </div>
        ${chosen >= 0
          ? html`<p><button type="button" class="cl-button cl-button--secondary" data-action="remove-snapshot" @click=${() => removeSnapshot(h, h.compareWith())}>Remove this snapshot<span class="cl-visually-hidden">: ${labels[chosen]}</span></button></p>`
          : nothing}`
      : nothing}
    ${setAside.length
      ? html`<div class="cl-message set-aside" part="notice" role="status">
          <p>${setAside.length === 1 ? '1 saved snapshot could not be read' : `${setAside.length} saved snapshots could not be read`}. ${setAside.length === 1 ? 'It is' : 'They are'} kept as saved, set aside from the series; download ${setAside.length === 1 ? 'it' : 'them'} to look at or repair.</p>
          <button type="button" class="cl-button cl-button--secondary" data-action="set-aside"
            @click=${() => h.download('board-profile-unreadable-snapshots.json', JSON.stringify(setAside, null, 2), 'application/json')}>Download the unreadable snapshots (JSON)</button>
        </div>`
      : nothing}
    <p class="file-buttons">
      <button type="button" class="cl-button cl-button--secondary" data-action="json" @click=${() => h.download(recordFileName('board-profile', h.storageKey(), 'json'), h.json(), 'application/json')}>Download (JSON)</button>
      <button type="button" class="cl-button cl-button--secondary" data-action="csv" @click=${() => h.download(recordFileName('board-profile', h.storageKey(), 'csv'), CSV_BOM + h.csv(), 'text/csv')}>Download (CSV)</button>
      <label class="cl-button cl-button--secondary file-label">Load from a JSON file
        <input type="file" accept=".json,application/json" class="cl-visually-hidden" @change=${(e: Event) => h.read(e)} />
      </label>
    </p>
    ${pending
      ? html`<div class="cl-message" part="notice" role="status">
          <p>${pending.text}</p>
          ${pending.ok
            ? html`<button type="button" class="cl-button" data-action="confirm-import" @click=${() => h.confirm()}>Replace with the file's seats</button>
                <button type="button" class="cl-button cl-button--secondary" @click=${() => h.cancel()}>Cancel</button>`
            : nothing}
        </div>`
      : nothing}
  </div>`;
}
