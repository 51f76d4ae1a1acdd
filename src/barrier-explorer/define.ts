import { define } from '../internal/define.js';
import { BarrierExplorer } from './barrier-explorer.js';

export { BarrierExplorer };
export type { ExplorerView, FilterChangeDetail, SelectDetail } from './barrier-explorer.js';

define('barrier-explorer', BarrierExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'barrier-explorer': BarrierExplorer;
  }
  // No HTMLElementEventMap entries here: 'cl-select' (SelectDetail, src/internal/select-event.ts) is
  // declared once for every widget, and 'cl-filter-change' is fired by the gallery too with another
  // detail, so one global entry would mistype one of them. Type the listener with FilterChangeDetail.
}
