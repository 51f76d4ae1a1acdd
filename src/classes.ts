/**
 * Every element class, with nothing registered: for subclassing, scoped registries, or
 * registering under your own tag names (`customElements.define('trust-case-card', class extends CaseStudyCard {})`).
 */
export { ClinicalLeadershipData } from './clinical-leadership-data/clinical-leadership-data.js';
export { CaseStudyCard } from './case-study-card/case-study-card.js';
export { CaseStudyGallery } from './case-study-gallery/case-study-gallery.js';
export { FrameworkChecklist } from './framework-checklist/framework-checklist.js';
export { BarrierExplorer } from './barrier-explorer/barrier-explorer.js';
export { BoardProfile } from './board-profile/board-profile.js';
export { SystemBoardProfile } from './system-board-profile/system-board-profile.js';
