import { define } from '../internal/define.js';
import { BarrierExplorer } from './barrier-explorer.js';

export { BarrierExplorer };
export type { ExplorerView, FilterChangeDetail, SelectDetail } from './barrier-explorer.js';

define('barrier-explorer', BarrierExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'barrier-explorer': BarrierExplorer;
  }
  // No HTMLElementEventMap entries here: 'cl-select' (SelectDetail, src/internal/select-event.ts) and
  // 'cl-filter-change' (src/internal/filter-controller.ts, typed by the FilterChangeDetails below)
  // are each declared once for every widget.
}

// Also makes a .d.ts consumer load the module that holds the one 'cl-filter-change' entry.
export type { FilterChangeDetails } from '../internal/filter-controller.js';

declare module '../internal/filter-controller.js' {
  interface FilterChangeDetails {
    'barrier-explorer': import('./barrier-explorer.js').FilterChangeDetail;
  }
}
