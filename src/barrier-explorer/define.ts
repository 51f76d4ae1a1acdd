import { define } from '../internal/define.js';
import { BarrierExplorer } from './barrier-explorer.js';

export { BarrierExplorer };
export type { ExplorerView, FilterChangeDetail, SelectDetail } from './barrier-explorer.js';

// Loads, for a .d.ts consumer, the one 'cl-filter-change' entry (typed by FilterChangeDetails).
export type { FilterChangeDetails } from '../internal/filter-controller.js';

define('barrier-explorer', BarrierExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'barrier-explorer': BarrierExplorer;
  }
  // No HTMLElementEventMap entries here: 'cl-select' (SelectDetail, src/internal/select-event.ts) and
  // 'cl-filter-change' (src/internal/filter-controller.ts, typed by FilterChangeDetails, which barrier-explorer.ts extends)
  // are each declared once for every widget.
}
