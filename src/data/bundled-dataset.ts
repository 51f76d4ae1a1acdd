/**
 * The data set bundled with the library, written from the research notes with a source on every
 * record (see data/README.md). Importable directly: `import { dataset } from 'clinical-leadership-elements/data'`.
 */
import type { Dataset } from './schema.js';
import { rememberValid } from './known-results.js';
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
import frameworkMaps from '../../data/framework-maps.json';

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
  frameworkMaps,
} as Dataset;

/**
 * Marks the bundled case studies as valid (known-results.ts): they are checked by `npm run
 * check-data` and the data tests, so a card given one by property (`card.caseStudy =
 * dataset.caseStudies[0]`) renders at once, without loading the validators. Called by whoever loads
 * this module: `loadBundledDataset` (bundled.ts) and the `data` entry (src/data.ts).
 */
export function rememberBundled(): void {
  for (const caseStudy of dataset.caseStudies) rememberValid('caseStudy', caseStudy);
}
