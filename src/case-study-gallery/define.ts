// The gallery shows its case studies in <case-study-card>s, so registering it registers the card too.
import '../case-study-card/define.js';
import { define } from '../internal/define.js';
import { CaseStudyGallery } from './case-study-gallery.js';

export { CaseStudyGallery };
export { DEFAULT_DOCS_HREF } from './case-study-gallery.js';
export type { CaseStudyGalleryCardVariant, GalleryFilterChangeDetail } from './case-study-gallery.js';

// Loads, for a .d.ts consumer, the one 'cl-filter-change' entry (typed by FilterChangeDetails).
export type { FilterChangeDetails } from '../internal/filter-controller.js';

define('case-study-gallery', CaseStudyGallery);

declare global {
  interface HTMLElementTagNameMap {
    'case-study-gallery': CaseStudyGallery;
  }
  // 'cl-filter-change' has one HTMLElementEventMap entry, in internal/filter-controller.ts, typed by
  // FilterChangeDetails, which case-study-gallery.ts extends. ('cl-select' is declared once, in the card's define.ts.)
}
