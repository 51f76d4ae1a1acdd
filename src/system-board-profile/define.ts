import { define } from '../internal/define.js';
import { SystemBoardProfile } from './system-board-profile.js';

export { SystemBoardProfile };
export type { SystemBoardProfileChangeDetail } from './system-board-profile.js';
export type { OrganisationKind, SharedBoardRecord, SharedSeat, SharingDetails } from '../data/board-record.js';
export { SHARED_FORMAT, SHARED_VERSION, toSharedRecord } from '../data/board-record.js';

define('system-board-profile', SystemBoardProfile);

declare global {
  interface HTMLElementTagNameMap {
    'system-board-profile': SystemBoardProfile;
  }
}
