/**
 * `cl-select`: a widget asks its host page to show a record (the explorer's case-study names, the
 * card's barriers and enablers), so the host can open that record. One detail type for every
 * widget, because the HTMLElementEventMap entries for one event name must agree.
 * Cancelable: a host that handles it itself can cancel it to stop a link from navigating.
 */
export type SelectKind = 'case-study' | 'barrier' | 'enabler' | 'element';

export interface SelectDetail {
  kind: SelectKind;
  /** The record's id in the data set. */
  id: string;
  /** When the choice was made inside a case study card: that card's case study. */
  caseStudyId?: string;
}

/** Fires `cl-select` from `target`; returns false when a listener cancelled it. */
export function fireSelect(target: EventTarget, detail: SelectDetail): boolean {
  return target.dispatchEvent(new CustomEvent<SelectDetail>('cl-select', { detail, bubbles: true, composed: true, cancelable: true }));
}
