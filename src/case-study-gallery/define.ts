// The gallery shows its case studies in <case-study-card>s, so registering it registers the card too.
import '../case-study-card/define.js';
import { define } from '../internal/define.js';
import { CaseStudyGallery } from './case-study-gallery.js';

export { CaseStudyGallery };
export { DEFAULT_DOCS_HREF } from './case-study-gallery.js';
export type { CaseStudyGalleryCardVariant, GalleryFilterChangeDetail } from './case-study-gallery.js';

define('case-study-gallery', CaseStudyGallery);

declare global {
  interface HTMLElementTagNameMap {
    'case-study-gallery': CaseStudyGallery;
  }
  // 'cl-filter-change' has one HTMLElementEventMap entry, in internal/filter-controller.ts, typed by
  // the FilterChangeDetails below. ('cl-select' is declared once, in the card's define.ts.)
}

// Also makes a .d.ts consumer load the module that holds the one 'cl-filter-change' entry.
export type { FilterChangeDetails } from '../internal/filter-controller.js';

declare module '../internal/filter-controller.js' {
  interface FilterChangeDetails {
    'case-study-gallery': import('./case-study-gallery.js').GalleryFilterChangeDetail;
  }
}
