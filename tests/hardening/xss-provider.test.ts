/**
 * Issue 8, XSS corpus through a provider: every payload in every text field of a data set given
 * to `<clinical-leadership-data .data=…>` around every widget, then the same payload in a field
 * the schema rejects (an accessible error in every widget). See xss-routes.ts.
 */
import { eachPayload, throughProvider, useXssHarness } from './xss-routes.js';

describe('hardening: XSS corpus through a provider', () => {
  useXssHarness();
  eachPayload('through a provider', throughProvider);
});
