// A custom-elements-manifest analyzer plugin: the manifest describes the public API only.
// TypeScript `private`/`protected` members and `#private` ones are plumbing, so they are dropped
// (the analyzer itself drops members tagged `@internal` or `@ignore`). Storybook's tables, the
// editor files and the framework types all read this manifest. An attribute that reflects a
// property stays once as an attribute (with its `fieldName`) and once as a member; a member,
// attribute or event listed twice (an accessor pair) is kept once.
const hidden = (member) =>
  member.privacy === 'private' || member.privacy === 'protected' || member.name?.startsWith('#') || member.name === 'styles';

export function publicApiPlugin() {
  return {
    name: 'cle-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const seen = new Set();
          decl.members = (decl.members ?? []).filter((m) => {
            const key = `${m.static ? 'static ' : ''}${m.name}`;
            if (hidden(m) || seen.has(key)) return false;
            seen.add(key);
            return true;
          });
          const names = new Set();
          decl.attributes = (decl.attributes ?? []).filter((a) => !names.has(a.name) && names.add(a.name));
          const events = new Set();
          decl.events = (decl.events ?? []).filter((e) => !events.has(e.name) && events.add(e.name));
        }
      }
    },
  };
}
