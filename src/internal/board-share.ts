/**
 * "Share with the system": the form inside the board profile that writes the board's shared record
 * (data/board-record.ts, format `clinical-leadership-board-profile`) for its integrated care system
 * or region. Loaded when the disclosure is first opened (./board-share-hook.ts).
 *
 * Sharing is the board's own decision, named as such: the form says so, and nothing is sent
 * anywhere; it makes a file. What the record needs beyond the board profile (the organisation's
 * name, ODS code and kind, the date, the other organisations of shared posts) is typed here and,
 * when the board profile has a `storage-key`, kept in this browser beside it, so it is not typed
 * twice and never lost on a reload.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  KIND_LABELS, ODS_CODE, ORGANISATION_KINDS, parseOdsList, sharedFileName, toSharedRecord, type OrganisationKind, type ProfileForSharing,
} from '../data/board-record.js';
import { downloadText } from './download.js';
import { heading } from './heading.js';
import { VERSION } from './define.js';

export interface ShareHost {
  /** The board profile's record as it stands. */
  shareSource(): ProfileForSharing;
  /** Where the board profile saves (the details are kept under the same key). */
  readonly storageKey?: string;
  readonly shadowRoot: ShadowRoot | null;
  requestUpdate(): void;
}

interface Draft {
  name: string;
  odsCode: string;
  kind: OrganisationKind | '';
  date: string;
  partners: Record<string, string>;
  errors: string[];
  done?: string;
}

const PREFIX = 'clinical-leadership-elements:board-share:';
const drafts = new WeakMap<ShareHost, Draft>();

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function draftOf(host: ShareHost): Draft {
  let draft = drafts.get(host);
  if (draft) return draft;
  draft = { name: '', odsCode: '', kind: '', date: today(), partners: {}, errors: [] };
  try {
    const saved = host.storageKey ? localStorage.getItem(PREFIX + host.storageKey) : null;
    if (saved) {
      const s = JSON.parse(saved) as Partial<Draft>;
      for (const k of ['name', 'odsCode', 'kind'] as const) if (typeof s[k] === 'string') draft[k] = s[k] as never;
      if (s.partners && typeof s.partners === 'object') draft.partners = Object.fromEntries(Object.entries(s.partners).filter(([, v]) => typeof v === 'string'));
    }
  } catch {
    /* blocked or damaged storage: the fields start empty, and the board profile's own record is untouched */
  }
  drafts.set(host, draft);
  return draft;
}

function keep(host: ShareHost, draft: Draft): void {
  try {
    if (host.storageKey) localStorage.setItem(PREFIX + host.storageKey, JSON.stringify({ name: draft.name, odsCode: draft.odsCode, kind: draft.kind, partners: draft.partners }));
  } catch {
    /* full or blocked storage: what was typed stays on the page */
  }
}

/** Every problem with the details, in the order of the fields; none: the record can be made. */
export function shareErrors(draft: Pick<Draft, 'name' | 'odsCode' | 'date' | 'partners'>, sharedSeats: readonly { id: string; role: string }[]): string[] {
  const errors: string[] = [];
  if (!draft.name.trim()) errors.push("Enter the organisation's name.");
  if (!ODS_CODE.test(draft.odsCode.trim())) errors.push('Enter the ODS code: 1 to 9 letters and digits, such as RXX or G7H8J.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date) || Number.isNaN(Date.parse(draft.date))) errors.push('Enter the date the board agreed to share this.');
  for (const seat of sharedSeats) {
    const bad = parseOdsList(draft.partners[seat.id] ?? '').filter((c) => !ODS_CODE.test(c));
    if (bad.length) errors.push(`${seat.role || 'A shared seat'}: ${bad.join(', ')} ${bad.length === 1 ? 'is not an ODS code' : 'are not ODS codes'}.`);
  }
  return errors;
}

export function renderShare(host: ShareHost, level: number): TemplateResult {
  const draft = draftOf(host);
  const source = host.shareSource();
  const sharedSeats = source.seats.filter((s) => s.shared);
  const kind = draft.kind || (source.foundationTrust ? 'foundation-trust' : 'nhs-trust');
  const set = (patch: Partial<Draft>) => {
    Object.assign(draft, patch, { done: undefined });
    keep(host, draft);
    host.requestUpdate();
  };
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  const make = () => {
    draft.errors = shareErrors(draft, sharedSeats);
    draft.done = undefined;
    if (!draft.errors.length) {
      const partners = Object.fromEntries(sharedSeats.map((s) => [s.id, parseOdsList(draft.partners[s.id] ?? '')]));
      const record = toSharedRecord(source, { name: draft.name, odsCode: draft.odsCode, kind, date: draft.date, sharedWith: partners, generator: `clinical-leadership-elements ${VERSION}` });
      const name = sharedFileName(record);
      const ok = downloadText(host.shadowRoot ?? document.body, name, JSON.stringify(record, null, 2), 'application/json;charset=utf-8');
      draft.done = ok ? `${name} was made: ${record.seats.length} seats by role, for the board to send to its system.` : 'The download could not be made in this browser.';
    }
    host.requestUpdate();
  };
  return html`<div class="share-form">
    ${heading(level, 'Share with the system', 'cl-heading', 'share-heading')}
    <p>Makes a file of this board's seats by role (no names), its professional backgrounds and registrations, and its senior strategic AHP lead, for your integrated care system or region to see beside other boards. Sharing it is the board's own decision: download it when the board has agreed. Nothing is sent anywhere.</p>
    ${draft.errors.length ? html`<div class="cl-message cl-message--error" role="alert"><p>The file was not made:</p><ul>${draft.errors.map((e) => html`<li>${e}</li>`)}</ul></div>` : nothing}
    <div class="cl-field"><label for="share-name">Organisation name</label>
      <input id="share-name" class="cl-input" maxlength="200" autocomplete="organization" .value=${live(draft.name)} @input=${(e: Event) => set({ name: value(e) })} /></div>
    <div class="cl-field"><label for="share-ods">ODS code</label>
      <p class="cl-secondary" id="share-ods-hint">The organisation's code from the Organisation Data Service: 1 to 9 letters and digits.</p>
      <input id="share-ods" class="cl-input" maxlength="9" aria-describedby="share-ods-hint" autocomplete="off" spellcheck="false" .value=${live(draft.odsCode)} @input=${(e: Event) => set({ odsCode: value(e) })} /></div>
    <div class="cl-field"><label for="share-kind">Kind of organisation</label>
      <select id="share-kind" class="cl-input" @change=${(e: Event) => set({ kind: value(e) as OrganisationKind })}>
        ${ORGANISATION_KINDS.map((k) => html`<option value=${k} ?selected=${k === kind}>${KIND_LABELS[k]}</option>`)}
      </select></div>
    <div class="cl-field"><label for="share-date">Date the board agreed to share it</label>
      <input id="share-date" type="date" class="cl-input" .value=${live(draft.date)} @input=${(e: Event) => set({ date: value(e) })} /></div>
    ${sharedSeats.map((s, i) => html`<div class="cl-field"><label for="share-partners-${i}">${s.role || 'Shared seat'}: the other organisations' ODS codes</label>
      <input id="share-partners-${i}" class="cl-input" autocomplete="off" spellcheck="false" .value=${live(draft.partners[s.id] ?? '')}
        @input=${(e: Event) => set({ partners: { ...draft.partners, [s.id]: value(e) } })} /></div>`)}
    <p><button type="button" class="cl-button cl-button--secondary" data-action="share" @click=${make}>Download the shared record (JSON)</button></p>
    <p role="status">${draft.done ?? ''}</p>
  </div>`;
}
