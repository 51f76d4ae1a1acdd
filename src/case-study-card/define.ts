import { define } from '../internal/define.js';
import { CaseStudyCard } from './case-study-card.js';

export { CaseStudyCard };
export type { CaseStudyCardVariant, CaseStudySelectDetail } from './case-study-card.js';

define('case-study-card', CaseStudyCard);

declare global {
  interface HTMLElementTagNameMap {
    'case-study-card': CaseStudyCard;
  }
  interface HTMLElementEventMap {
    // One entry per event name across the library: the shared detail type (the card adds caseStudyId).
    'cl-select': CustomEvent<import('../internal/select-event.js').SelectDetail>;
  }
}
