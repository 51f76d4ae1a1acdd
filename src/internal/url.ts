/**
 * URLs from data are untrusted. Lit does not sanitise `href`, so every URL is parsed and only
 * these schemes (and relative addresses) are bound; anything else is rendered as plain text.
 */
const ALLOWED = new Set(['https:', 'http:', 'mailto:']);

/** The URL to bind, or `undefined` when it must not become a link. */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Browsers ignore control characters and surrounding spaces in schemes ("java\tscript:"), so do we.
  const trimmed = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (!trimmed || trimmed.length > 2000) return undefined;
  try {
    const base = typeof document !== 'undefined' ? document.baseURI : 'https://example.invalid/';
    const url = new URL(trimmed, base);
    if (!ALLOWED.has(url.protocol)) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/** A social-media handle ("@name") as a link to its profile, or `undefined` if it is not a plain handle. */
export function handleHref(handle: unknown): string | undefined {
  if (typeof handle !== 'string' || !/^@[A-Za-z0-9_]{1,30}$/.test(handle)) return undefined;
  return `https://x.com/${handle.slice(1)}`;
}
