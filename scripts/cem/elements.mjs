// The custom elements of a manifest, flattened the way our generators and checks read them:
// the public, non-static API only (the analyzer plugin has already dropped private members).
export function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      out.push({
        tagName: d.tagName,
        name: d.name,
        modulePath: mod.path,
        summary: d.summary,
        description: d.description,
        attributes: d.attributes ?? [],
        properties: (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected'),
        methods: (d.members ?? []).filter((m) => m.kind === 'method' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected'),
        events: d.events ?? [],
        slots: d.slots ?? [],
        cssProperties: d.cssProperties ?? [],
        cssParts: d.cssParts ?? [],
      });
    }
  }
  return out.sort((a, b) => a.tagName.localeCompare(b.tagName));
}
