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
  // No HTMLElementEventMap entry for 'cl-filter-change': <barrier-explorer> fires it with another
  // detail, so one global entry would mistype one of them. Type the listener with
  // GalleryFilterChangeDetail. ('cl-select' is declared once, in the card's define.ts.)
}
