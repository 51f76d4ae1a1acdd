/**
 * The checks and what the data set adds to the board profile, loaded with the data set rather than
 * up front: the statutory check (by registration) and the AHP-lead information, each with its board
 * fact and sources; for each discipline with no seat at the board, its recorded barriers, what has
 * helped and the case studies; and the published figures for context.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DatasetIndex } from '../data/lookup.js';
import type { BoardFact, BoardFigure, Source } from '../data/schema.js';
import { citationOf, renderCitation } from '../internal/citation.js';
import { heading } from '../internal/heading.js';
import type { AhpLeadPost, Check, Registration, Seat } from './model.js';
import { atBoard, DISCIPLINES, listText, noun, roleList, type DisciplineId } from './model.js';

const AHP_LEAD_TEXT: Record<AhpLeadPost, string> = {
  'board-member': 'You have recorded that the organisation has named a senior strategic AHP lead, who is a board member.',
  attends: 'You have recorded that the organisation has named a senior strategic AHP lead, who attends the board.',
  'reports-to-executive': 'You have recorded that the organisation has named a senior strategic AHP lead, who reports to an executive director.',
  elsewhere: 'You have recorded that the organisation has named a senior strategic AHP lead, whose post sits elsewhere.',
  none: 'You have recorded that the organisation has not named a senior strategic AHP lead.',
};

/**
 * The recommendation is that trust boards consider appointing a senior strategic AHP lead; no
 * source read says the lead sits on the board or sets a reporting line. So this is information,
 * never a Met / Not met, and it reads what the organisation says about the lead, not the
 * background of any seat: a chief operating officer who trained as a physiotherapist is not that lead.
 */
export function ahpLeadCheck(seats: readonly Seat[], lead: AhpLeadPost | undefined): Check {
  const base = {
    id: 'ahp-lead', kind: 'recommendation' as const, title: 'A senior strategic AHP lead', factId: 'senior-strategic-ahp-lead', status: 'info' as const, contextId: 'chief-ahp-foi-2024',
  };
  const ahps = seats.filter((s) => s.background === 'ahp' && atBoard(s.membership));
  const text = [
    lead ? AHP_LEAD_TEXT[lead] : 'Not answered yet: has the organisation named a senior strategic AHP lead, and where does the post sit?',
    'The recommendation is that trust boards consider appointing one; it does not say whether the lead sits on the board.',
  ];
  if (ahps.length && (!lead || lead === 'none')) {
    text.push(`A seat with an allied health professional background (${roleList(ahps)}) is not, on its own, a named lead for allied health professionals.`);
  }
  return { ...base, text: text.join(' ') };
}

/**
 * For foundation trusts: the two statutory clinical executive seats. The law (NHS Act 2006, Sch. 7
 * para 16(2)) asks for a *registered* medical practitioner or dentist and a *registered* nurse or
 * midwife among the executive directors, so the check reads each seat's registration, not its
 * background; a seat whose registration is not recorded is named, never counted.
 */
export function statutorySeatsCheck(seats: readonly Seat[]): Check {
  const execs = seats.filter((s) => s.side === 'executive' && s.membership === 'voting');
  const medical = execs.filter((s) => s.registration === 'medical');
  const nursing = execs.filter((s) => s.registration === 'nursing');
  const missing = [!medical.length && 'medical', !nursing.length && 'nursing'].filter((x): x is Registration => !!x);
  const words = { medical: 'a registered medical practitioner or registered dentist', nursing: 'a registered nurse or registered midwife' } as Record<Registration, string>;
  // Seats whose background matches a missing seat: named when their registration is not recorded
  // (record it) or recorded as none (so the reason is plain), never counted.
  const couldFill = (s: Seat) =>
    (missing.includes('medical') && s.background === 'doctor') || (missing.includes('nursing') && (s.background === 'nurse' || s.background === 'midwife'));
  const unrecorded = execs.filter((s) => !s.registration && couldFill(s));
  const lapsed = execs.filter((s) => s.registration === 'none' && couldFill(s));
  const filled = [medical.length && `${roleList(medical)} (registered medical practitioner or dentist)`, nursing.length && `${roleList(nursing)} (registered nurse or midwife)`].filter(Boolean);
  const text = [
    filled.length ? `Recorded as registered: ${listText(filled as string[])}.` : '',
    missing.length ? `No voting executive director is recorded as ${listText(missing.map((m) => words[m]), 'or')}.` : '',
    lapsed.length ? `${roleList(lapsed)} ${lapsed.length === 1 ? 'is' : 'are'} recorded as not registered, so the background does not fill the seat.` : '',
    unrecorded.length ? `The registration of ${roleList(unrecorded)} is not recorded: a professional background is not a registration; record it under the seat.` : '',
    missing.length ? "The law requires one of each among a foundation trust's executive directors." : '',
    // Dated, and for foundation trusts only: the rule for other NHS trusts was not read, and whether
    // the 2026 Health Bill changes this paragraph was not found.
    'This is the National Health Service Act 2006, Schedule 7, paragraph 16(2), as read in its version of 9 May 2022; it applies to NHS foundation trusts, and whether later changes such as the 2026 Health Bill alter it is not known here.',
  ].filter(Boolean).join(' ');
  return {
    id: 'statutory-seats',
    kind: 'law',
    title: 'The two statutory clinical executive seats (foundation trusts)',
    factId: 'ft-statutory-executive-seats',
    status: missing.length === 0 ? 'met' : unrecorded.length ? 'not-recorded' : missing.length === 1 ? 'partly' : 'not-met',
    text,
  };
}

/** Disciplines with no seat at the board (voting, non-voting or attending). */
export function absentDisciplines(seats: readonly Seat[]): DisciplineId[] {
  return DISCIPLINES.filter((d) => !seats.some((s) => s.background === d && atBoard(s.membership)));
}


/** The sources of a fact, each cited in the one wording every widget uses. */
export function sourceList(ids: readonly string[], index: DatasetIndex | undefined): TemplateResult | typeof nothing {
  const sources = ids.map((id) => index?.sources.get(id)).filter((s): s is Source => !!s);
  if (!sources.length) return nothing;
  // One citation per source, in the wording every widget uses (internal/citation.ts).
  return html`<p class="sources cl-secondary">Sources: ${sources.map((s, i) => html`${i ? ' ' : ''}${renderCitation(citationOf(s.id, s))}`)}</p>`;
}

/** A fact marked `inferred` says so before its text: it is our reading, not a source's words. */
const inferred = (fact: BoardFact) => (fact.inferred ? html`<strong>Our inference:</strong> ` : nothing);

/** "Label: 81% (who was counted, year)": a figure always with its population and year. */
const figureText = (g: BoardFigure) => `${g.label}: ${g.value.toLocaleString('en-GB')}${g.unit === 'percent' ? '%' : ''} (${g.population}, ${g.year})`;

const STATUS_TEXT = { met: 'Met', partly: 'Partly met', 'not-met': 'Not met', 'not-recorded': 'Registration not recorded', info: '' } as const;
const STATUS_CLASS = { met: 'cl-tag--green', partly: 'cl-tag--yellow', 'not-met': 'cl-tag--red', 'not-recorded': 'cl-tag--grey', info: '' } as const;

export function checkItem(check: Check, fact: BoardFact | undefined, index: DatasetIndex | undefined, level: number): TemplateResult {
  const context = check.contextId ? index?.boardFacts.get(check.contextId) : undefined;
  // The heading first, then its kind and status: a reader moving by headings meets the heading and
  // then hears "Law, Not met", rather than a status that belongs to the heading not yet reached.
  return html`<li class="check" part="check" data-check=${check.id}>
    ${heading(level, check.title, 'cl-heading check__title', 'check-heading')}
    <p class="check__kind"><strong class="cl-tag ${check.kind === 'law' ? 'cl-tag--purple' : 'cl-tag--blue'}">${check.kind === 'law' ? 'Law' : 'Recommendation'}</strong>
      ${check.status === 'info' ? nothing : html`<strong class="cl-tag ${STATUS_CLASS[check.status]}">${STATUS_TEXT[check.status]}</strong>`}</p>
    <p class="check__text">${check.text}</p>
    ${fact ? html`<p class="cl-secondary">${inferred(fact)}${fact.text}</p>` : nothing}
    ${fact?.scope ? html`<p class="cl-secondary scope">Applies to: ${fact.scope}</p>` : nothing}
    ${fact ? sourceList(fact.sourceIds, index) : nothing}
    ${context?.figures?.length
      ? html`<div class="check__context"><p class="cl-secondary">For context, not a target: ${context.text}</p>
          <ul class="cl-secondary">${context.figures.map((g) => html`<li>${figureText(g)}</li>`)}</ul>
          ${sourceList(context.sourceIds, index)}</div>`
      : nothing}
  </li>`;
}

export interface GapContext {
  index: DatasetIndex;
  level: number;
  onSelect: (kind: 'barrier' | 'enabler' | 'case-study', id: string) => void;
}

const button = (label: string, kind: 'barrier' | 'enabler' | 'case-study', id: string, ctx: GapContext) =>
  html`<button type="button" class="cl-link-button" data-kind=${kind} data-id=${id} @click=${() => ctx.onSelect(kind, id)}>${label}</button>`;

/** For each discipline with no seat at the board: the barriers reported for it and what helps. */
export function gaps(seats: readonly Seat[], ctx: GapContext): TemplateResult | typeof nothing {
  const absent = absentDisciplines(seats);
  if (!absent.length) return nothing;
  const { index } = ctx;
  return html`<ul class="gaps" part="gaps">
    ${absent.map((d) => {
      const barriers = [...index.barriers.values()].filter((b) => b.disciplineIds.includes(d));
      const enablerIds = [...new Set(barriers.flatMap((b) => b.enablerIds))].filter((id) => index.enablers.has(id));
      const cases = [...index.caseStudies.values()].filter((c) => index.professions.get(c.professionId)?.disciplineId === d);
      return html`<li class="gap" data-discipline=${d}>
        ${heading(ctx.level, `No ${noun(d, 1)} at the board`, 'cl-heading gap__title', 'gap-heading')}
        ${barriers.length
          ? html`<p class="gap__label">Barriers recorded for ${noun(d, 2)} in the data set:</p>
              <ul>${barriers.map((b) => html`<li>${button(b.title, 'barrier', b.id, ctx)}</li>`)}</ul>`
          : html`<p class="cl-secondary">The data set records no barrier for ${noun(d, 2)} alone; the barriers for all disciplines apply.</p>`}
        ${enablerIds.length
          ? html`<p class="gap__label">What has helped:</p>
              <ul>${enablerIds.map((id) => html`<li>${button(index.enablers.get(id)!.title, 'enabler', id, ctx)}</li>`)}</ul>`
          : nothing}
        ${cases.length
          ? html`<p class="gap__label">Case studies that show a way through:</p>
              <ul>${cases.map((c) => html`<li>${button(c.name, 'case-study', c.id, ctx)}</li>`)}</ul>`
          : nothing}
      </li>`;
    })}
  </ul>`;
}

/** Published figures for context, each with its population, year and source; never a target. */
export function contextFigures(index: DatasetIndex, level: number): TemplateResult | typeof nothing {
  const facts = [...index.boardFacts.values()].filter((f) => f.kind === 'figure' && f.figures?.length);
  if (!facts.length) return nothing;
  return html`<details class="figures" part="figures">
    <summary><span>Published figures for context (not targets)</span></summary>
    <p class="cl-secondary">These are other organisations' figures, each with who was counted and when. They are not a benchmark your board is scored against.</p>
    ${facts.map(
      (f) => html`<section class="figure">
        ${heading(level, f.title, 'cl-heading figure__title', 'figure-heading')}
        ${f.inferred ? html`<p class="cl-secondary">${inferred(f)}${f.text}</p>` : nothing}
        <ul>${f.figures!.map((g) => html`<li>${figureText(g)}</li>`)}</ul>
        ${sourceList(f.sourceIds, index)}
      </section>`,
    )}
  </details>`;
}

