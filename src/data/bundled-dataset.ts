/**
 * The data set bundled with the library, written from the research notes with a source on every
 * record (see data/README.md). Importable directly: `import { dataset } from 'clinical-leadership-elements/data'`.
 */
import type { Dataset } from './schema.js';
import meta from '../../data/meta.json';
import sources from '../../data/sources.json';
import disciplines from '../../data/disciplines.json';
import professions from '../../data/professions.json';
import elements from '../../data/elements.json';
import caseStudies from '../../data/case-studies.json';
import barriers from '../../data/barriers.json';
import enablers from '../../data/enablers.json';
import checklistPrompts from '../../data/checklist-prompts.json';
import keyMessages from '../../data/key-messages.json';
import boardFacts from '../../data/board-facts.json';

export const dataset: Dataset = {
  ...meta,
  sources,
  disciplines,
  professions,
  elements,
  caseStudies,
  barriers,
  enablers,
  checklistPrompts,
  keyMessages,
  boardFacts,
} as Dataset;

// These records are checked by `npm run check-data` and the data tests. Whoever loads this module
// says so to the widgets with `rememberDataset` (internal/known-results.ts): the data controller
// when it loads it, and the `data` entry (src/data.ts) for pages that import it.
