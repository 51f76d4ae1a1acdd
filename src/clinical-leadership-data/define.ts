import { define } from '../internal/define.js';
import { ClinicalLeadershipData } from './clinical-leadership-data.js';

export { ClinicalLeadershipData };
export type { DataErrorDetail, DataLoadDetail } from './clinical-leadership-data.js';

define('clinical-leadership-data', ClinicalLeadershipData);

declare global {
  interface HTMLElementTagNameMap {
    'clinical-leadership-data': ClinicalLeadershipData;
  }
  interface HTMLElementEventMap {
    'cl-data-load': CustomEvent<import('./clinical-leadership-data.js').DataLoadDetail>;
    'cl-data-error': CustomEvent<import('./clinical-leadership-data.js').DataErrorDetail>;
  }
}
