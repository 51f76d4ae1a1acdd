#!/usr/bin/env node
// Validates the bundled data set (data/*.json) against the schema and its cross-references,
// without a browser: esbuild bundles src/data for Node in memory. Prints the errors or "ok".
import { importTs } from './lib/import-ts.mjs';

const { result: outcome, counts, coverage } = await importTs(`import { validateDataset } from './src/data/validate.ts';
  import { dataset } from './src/data/bundled-dataset.ts';
  export const result = validateDataset(dataset);
  export const coverage = dataset.coverage;
  export const counts = Object.fromEntries(Object.entries(dataset).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, v.length]));`);
if (outcome.ok) {
  console.log('data set ok:', Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', '));
  if (coverage) {
    console.log(`coverage: ${coverage.caseStudiesIncluded} of ${coverage.caseStudiesInCompendium} case studies in the compendium; ${coverage.notes.length} notes of what the sources could not give`);
  }
} else {
  console.error(`data set has ${outcome.errors.length} problem(s):`);
  for (const e of outcome.errors) console.error('  - ' + e);
  process.exit(1);
}
