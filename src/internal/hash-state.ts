/**
 * Mirrors a widget's filters in the page URL's hash so a filtered view can be shared by link.
 * Several widgets can share one page: each owns the hash parameters under its own key
 * (`#gallery.discipline=ahp,nurse&gallery.q=director`). Parameters the widget does not own,
 * and a hash that is an ordinary anchor (`#section-2`), are left alone.
 * `history.replaceState` is used so typing in a search box does not flood the back button.
 */
export type HashValues = Record<string, string>;

function params(): URLSearchParams {
  const hash = location.hash.slice(1);
  return hash.includes('=') ? new URLSearchParams(hash) : new URLSearchParams();
}

/** The values stored under `key`, without the prefix. */
export function readHashState(key: string): HashValues {
  const out: HashValues = {};
  try {
    for (const [name, value] of params()) {
      if (name.startsWith(`${key}.`)) out[name.slice(key.length + 1)] = value.slice(0, 1000);
    }
  } catch {
    /* an unreadable hash is an empty state */
  }
  return out;
}

/** Replaces the values under `key`; empty values are removed. */
export function writeHashState(key: string, values: HashValues): void {
  try {
    const anchor = location.hash.slice(1);
    const p = anchor.includes('=') ? params() : new URLSearchParams();
    for (const name of [...p.keys()]) if (name.startsWith(`${key}.`)) p.delete(name);
    for (const [name, value] of Object.entries(values)) if (value) p.set(`${key}.${name}`, value);
    const text = p.toString();
    const hash = text ? `#${text}` : anchor.includes('=') ? '' : location.hash;
    if (hash === location.hash) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  } catch {
    /* a sandboxed frame may refuse history access: filtering still works, only the link does not */
  }
}

/** Splits a comma-separated list from the hash, keeping only allowed values. */
export function readList(value: string | undefined, allowed?: ReadonlySet<string>): string[] {
  if (!value) return [];
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  return allowed ? items.filter((s) => allowed.has(s)) : items;
}
