/**
 * One console warning per distinct problem: a widget re-rendering on every keystroke must not
 * flood the host's console, but the first occurrence must be said clearly.
 */
const said = new Set<string>();

export function warnOnce(tag: string, message: string): void {
  const key = `${tag}|${message}`;
  if (said.has(key)) return;
  if (said.size > 500) said.clear();
  said.add(key);
  console.warn(`<${tag}>: ${message}`);
}
