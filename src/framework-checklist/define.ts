import { define } from '../internal/define.js';
import { FrameworkChecklist } from './framework-checklist.js';

export { FrameworkChecklist };
export type { ChecklistChangeDetail, ImportOutcome } from './framework-checklist.js';
export type { ChangeReason } from './host.js';
export type { ChecklistAction, ChecklistAnswer, ChecklistBaseline, ChecklistPriority, ChecklistStatus } from './model/answers.js';
export type { AdapterRead, SaveOptions, SaveResult, StorageAdapter, StorageProblem } from '../internal/storage.js';
export type { ChecklistViewDef, ChecklistViewModule } from './views/registry.js';
export { STATUSES, STATUS_LABELS } from './model/answers.js';
export type { ChecklistProgress, ProgressTally } from './model/progress.js';

define('framework-checklist', FrameworkChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'framework-checklist': FrameworkChecklist;
  }
  interface HTMLElementEventMap {
    'cl-change': CustomEvent<import('./framework-checklist.js').ChecklistChangeDetail>;
  }
}
