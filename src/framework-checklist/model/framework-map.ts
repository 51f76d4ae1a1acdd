/**
 * The board's other frameworks, as the data set's maps tie them to the checklist (issue 31): which
 * prompts an item (a CQC well-led quality statement, an LCF domain) maps to, and which items an
 * element's evidence may serve. Pure, no DOM. Every mapping is ours, and whatever shows it says so.
 */
import type { FrameworkMap, FrameworkMapItem } from '../../data/schema.js';
import type { ChecklistGroup } from './progress.js';

/** The label every view puts beside a mapping. */
export const OUR_MAPPING = "Our mapping, not CQC's or NHS England's";

/** "CQC single assessment framework: well-led quality statements (CQC, 2024)". */
export const mapTitle = (m: FrameworkMap): string => `${m.name} (${m.publisher}, ${m.version})`;

/** An item's label, flagged when its name was read only on secondary pages. */
export const itemLabel = (item: FrameworkMapItem): string => (item.secondary ? `${item.label} (name from secondary sources)` : item.label);

/** The prompt ids mapped to `<map id>:<item id>`, or `undefined` when the filter names nothing known. */
export function mappedPromptIds(maps: readonly FrameworkMap[], filter: string): Set<string> | undefined {
  const [mapId, itemId] = filter.split(':');
  const map = maps.find((m) => m.id === mapId);
  if (!map || !map.items.some((i) => i.id === itemId)) return undefined;
  return new Set(map.mappings.filter((m) => m.itemId === itemId).flatMap((m) => m.promptIds));
}

/** For one element: per map, the items mapped to the element or to any of its prompts, in the map's order. */
export function mayServe(maps: readonly FrameworkMap[], group: ChecklistGroup): { map: FrameworkMap; items: FrameworkMapItem[] }[] {
  const prompts = new Set(group.prompts.map((p) => p.id));
  return maps.flatMap((map) => {
    const ids = new Set(map.mappings.filter((m) => m.elementIds.includes(group.id) || m.promptIds.some((id) => prompts.has(id))).map((m) => m.itemId));
    const items = map.items.filter((i) => ids.has(i.id));
    return items.length ? [{ map, items }] : [];
  });
}

/** "CQC single assessment framework: … (CQC, 2024): Shared direction and culture; …", one line per map. */
export const mayServeLines = (maps: readonly FrameworkMap[], group: ChecklistGroup): string[] =>
  mayServe(maps, group).map(({ map, items }) => `${mapTitle(map)}: ${items.map(itemLabel).join('; ')}`);
