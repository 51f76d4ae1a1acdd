/**
 * The board profile's parts loaded when first needed (the checks with the data set, the terms
 * view, the series): each is asked for once; when it arrives the element draws again, and its own
 * styles, if it has any, join the element's as a constructed sheet (so a strict CSP allows them).
 * A part that fails to load is reported once and the profile shows without it.
 */
import type { CSSResult, ReactiveElement } from 'lit';
import { warnOnce } from '../internal/warn.js';

export class Parts<M extends Record<string, object>> {
  private loaded: Partial<M> = {};
  /** Parts asked for: `true` while loading or loaded, `false` once failed. */
  private asked = new Map<keyof M, boolean>();

  constructor(private host: ReactiveElement, private loaders: { [K in keyof M]: () => Promise<M[K]> }) {}

  /** The part if loaded; otherwise asks for it (once) and returns undefined. */
  get<K extends keyof M>(name: K): M[K] | undefined {
    if (!this.loaded[name] && !this.asked.has(name)) {
      this.asked.set(name, true);
      this.loaders[name]().then(
        (part) => {
          this.loaded[name] = part;
          const sheet = (part as { styles?: CSSResult }).styles?.styleSheet;
          const root = this.host.renderRoot as ShadowRoot;
          if (sheet && root.adoptedStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
          this.host.requestUpdate();
        },
        () => {
          this.asked.set(name, false);
          warnOnce(this.host.localName, `Part of the board profile (${String(name)}) could not be loaded.`);
          this.host.requestUpdate();
        },
      );
    }
    return this.loaded[name];
  }

  /** The part if loaded, without asking for it. */
  peek<K extends keyof M>(name: K): M[K] | undefined {
    return this.loaded[name];
  }

  /** Asked for and still on its way (not loaded, not failed). */
  pending(name: keyof M): boolean {
    return !this.loaded[name] && this.asked.get(name) === true;
  }
}
