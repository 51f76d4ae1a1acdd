/**
 * Guarded registration. CMS pages often load the same widget script twice (two web parts, two
 * copies of a theme plugin): `customElements.define` would throw for the second. Here the first
 * definition wins; the later copy warns once (for all its tags) and returns.
 */
declare const __CLE_VERSION__: string | undefined;

/** package.json's version, put in by the build (scripts/version.mjs); never written here by hand. */
export const VERSION: string = typeof __CLE_VERSION__ === 'string' ? __CLE_VERSION__ : '0.0.0-unbuilt';

type Versioned = CustomElementConstructor & { version?: string };

let warned = false;

export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing !== ctor && !warned) {
      warned = true;
      const other = existing.version ? `version ${existing.version}` : 'another script';
      console.warn(
        `clinical-leadership-elements ${VERSION}: <${tag}> (and any other of its elements) is already defined by ${other}; ` +
          'keeping those. Load the library once per page to avoid this.',
      );
    }
    return;
  }
  try {
    customElements.define(tag, ctor);
  } catch (error) {
    // A race with another copy, or the class registered under another name: never throw into the page.
    console.warn(`clinical-leadership-elements ${VERSION}: <${tag}> could not be defined (${(error as Error).message}).`);
  }
}
