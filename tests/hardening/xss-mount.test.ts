/**
 * Issue 8, XSS corpus through the CMS `<div data-cl-widget>` mount: every payload in every
 * `data-*` attribute the widgets take, with a provider loading a hostile data set from `data-src`,
 * a payload as a provider's `src` and as a widget name. See xss-routes.ts.
 */
import { eachPayload, throughMount, useXssHarness } from './xss-routes.js';

describe('hardening: XSS corpus through the div mount', () => {
  useXssHarness();
  eachPayload('through the div mount', throughMount);
});
