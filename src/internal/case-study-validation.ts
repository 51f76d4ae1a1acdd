/**
 * Validation of one case study given by property, with valibot (see `lazy-validation.ts` for why
 * this is its own module). Importing it registers the validator.
 */
import { CaseStudySchema } from '../data/schema.js';
import { provideCaseStudyValidator, type CaseStudyValidator } from './lazy-validation.js';
import { validateCached } from './validate-cache.js';

export const validateCaseStudy: CaseStudyValidator = (value, label, options) => validateCached(CaseStudySchema, value, label, options);

provideCaseStudyValidator(validateCaseStudy);
