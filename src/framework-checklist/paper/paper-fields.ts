/**
 * The board paper's cover sheet ("Paper details"): the fields an NHS trust board paper opens with,
 * and a trust's own changes to them (the checklist's `paperFields` property). Pure, no DOM. Loaded
 * only with the Paper details view, the print summary and the Word paper, never with the form.
 *
 * The default fields follow the conventional NHS trust board cover sheet (meeting and date, agenda
 * item, author and executive lead, purpose, executive summary, recommendation, links to strategic
 * objectives and the board assurance framework, level of assurance, impact). The labels and hints
 * are our wording; trusts name these fields differently, so every one can be relabelled or hidden,
 * and a trust can add its own.
 */
import { isId } from '../../data/id.js';
import type { PaperDetails } from '../model/answers.js';

/** `text`: one line; `textarea`: paragraphs; `choice`: radios, one of `options`. */
export type PaperFieldKind = 'text' | 'textarea' | 'choice';

/** One cover-sheet field as shown. */
export interface PaperField {
  /** Where its text is kept in the record: a slug such as `meeting` or `finance-impact`. */
  id: string;
  label: string;
  hint?: string;
  kind: PaperFieldKind;
  /** The choices, for `kind: 'choice'`. */
  options?: string[];
}

/**
 * A trust's change to the cover sheet: an existing `id` relabels it (any of `label`, `hint`,
 * `options`) or, with `hidden: true`, leaves it out; a new `id` with a `label` adds a field at the end.
 */
export interface PaperFieldChange {
  id: string;
  label?: string;
  hint?: string;
  kind?: PaperFieldKind;
  options?: string[];
  hidden?: boolean;
}

export const PURPOSES = ['For decision', 'For approval', 'For assurance', 'For discussion', 'For information'];

/** The default cover sheet, in the order a board paper shows it. */
export const PAPER_FIELDS: readonly PaperField[] = [
  { id: 'meeting', label: 'Meeting', hint: 'For example, Trust Board (public session)', kind: 'text' },
  { id: 'meeting-date', label: 'Meeting date', hint: 'For example, 14 January 2027', kind: 'text' },
  { id: 'agenda-item', label: 'Agenda item', hint: 'For example, item 12, paper 07', kind: 'text' },
  { id: 'author', label: 'Report author', hint: "A role, not a person's name: for example, Head of Leadership Development", kind: 'text' },
  { id: 'executive-lead', label: 'Executive lead', hint: 'A role: for example, Chief People Officer', kind: 'text' },
  { id: 'purpose', label: 'Purpose of this paper', kind: 'choice', options: PURPOSES },
  { id: 'summary', label: 'Executive summary', hint: 'The key messages: what has changed since the last report, and where the gaps and risks are.', kind: 'textarea' },
  { id: 'recommendation', label: 'Recommendation', hint: 'For example, "The board is asked to note the self-assessment and approve the action plan."', kind: 'textarea' },
  { id: 'strategic-objectives', label: 'Strategic objectives', hint: "Which of the trust's strategic objectives this paper supports.", kind: 'textarea' },
  { id: 'assurance-framework', label: 'Board assurance framework', hint: 'The risks this paper bears on, by their reference, and any new risk.', kind: 'textarea' },
  { id: 'assurance-level', label: 'Level of assurance', hint: 'For example, substantial, reasonable or limited.', kind: 'text' },
  { id: 'equality-impact', label: 'Equality and health inequalities impact', kind: 'textarea' },
  { id: 'quality-impact', label: 'Quality and patient safety impact', kind: 'textarea' },
];

/** The most a field takes (the form's `maxlength`). */
export const MAX_PAPER_TEXT = 10_000;

const KINDS: readonly PaperFieldKind[] = ['text', 'textarea', 'choice'];
const MAX_LABEL = 200;
const MAX_FIELDS = 60;

const str = (v: unknown, max = MAX_LABEL): string | undefined => (typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : undefined);
const describe = (v: unknown): string => (Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v === 'string' ? 'text' : typeof v);

/**
 * The fields to show: the defaults with a trust's changes applied. Each change that cannot be
 * applied is named in `errors` (for the view's message and one console warning); the rest still apply.
 * Accepts what an attribute gives: an array, or text that was not JSON.
 */
export function resolvePaperFields(value: unknown): { fields: PaperField[]; errors: string[] } {
  const fields = PAPER_FIELDS.map((f) => ({ ...f }));
  const errors: string[] = [];
  let changes = value;
  if (typeof value === 'string') {
    // From the attribute: JSON text.
    try {
      changes = JSON.parse(value);
    } catch {
      return { fields, errors: ['paper-fields is not valid JSON'] };
    }
  }
  if (changes === undefined || changes === null) return { fields, errors };
  if (!Array.isArray(changes)) return { fields, errors: [`paper-fields must be a list, not ${describe(changes)}`] };
  const hidden = new Set<string>();
  changes.slice(0, MAX_FIELDS).forEach((raw: unknown, i) => {
    const c = raw as Partial<PaperFieldChange> | null;
    const where = `paper-fields item ${i + 1}`;
    if (!c || typeof c !== 'object' || Array.isArray(c)) return errors.push(`${where} must be an object, not ${describe(raw)}`);
    if (!isId(c.id)) return errors.push(`${where} needs an "id" written as a slug (for example "finance-impact")`);
    const kind = c.kind === undefined ? undefined : KINDS.includes(c.kind) ? c.kind : null;
    if (kind === null) return errors.push(`${where} ("${c.id}"): kind must be "text", "textarea" or "choice"`);
    const options = Array.isArray(c.options) ? c.options.map((o) => str(o)).filter((o): o is string => !!o) : undefined;
    const existing = fields.find((f) => f.id === c.id);
    if (c.hidden === true) return existing ? hidden.add(c.id) : errors.push(`${where}: there is no field "${c.id}" to hide`);
    const field = existing ?? { id: c.id, label: '', kind: kind ?? 'text' };
    if (str(c.label)) field.label = str(c.label)!;
    if (c.hint !== undefined) field.hint = str(c.hint, 1000);
    if (kind) field.kind = kind;
    if (options) field.options = options;
    if (!field.label) return errors.push(`${where} ("${c.id}") adds a field, so it needs a "label"`);
    if (field.kind === 'choice' && !field.options?.length) return errors.push(`${where} ("${c.id}") is a choice, so it needs "options"`);
    if (!existing) fields.push(field);
  });
  if (changes.length > MAX_FIELDS) errors.push(`paper-fields has more than ${MAX_FIELDS} items; the rest were not read`);
  return { fields: fields.filter((f) => !hidden.has(f.id)), errors };
}

/** A field's text: own properties only (a field may be called "constructor"), text only. */
export const paperText = (paper: PaperDetails | undefined, id: string): string =>
  (paper && Object.hasOwn(paper, id) && typeof paper[id] === 'string' ? paper[id] : '');

/** One filled-in field, ready to show: its label and text; `long` for paragraphs. */
export interface CoverLine {
  id: string;
  label: string;
  text: string;
  long: boolean;
}

/** The filled-in fields in the order shown, for the print summary and the Word paper. Hidden fields stay in the record but are not printed. */
export function coverLines(fields: readonly PaperField[], paper: PaperDetails | undefined): CoverLine[] {
  return fields.flatMap((f) => {
    const text = paperText(paper, f.id).trim();
    return text ? [{ id: f.id, label: f.label, text, long: f.kind === 'textarea' }] : [];
  });
}
