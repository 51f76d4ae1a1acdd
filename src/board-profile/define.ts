import { define } from '../internal/define.js';
import { BoardProfile } from './board-profile.js';

export { BoardProfile };
export type { BoardChangeReason, BoardProfileChangeDetail } from './board-profile.js';
export type { AhpLeadPost, Background, Membership, Registration, Seat, Side } from './model.js';
export { BACKGROUNDS, MEMBERSHIPS, SIDES } from './model.js';

define('board-profile', BoardProfile);

declare global {
  interface HTMLElementTagNameMap {
    'board-profile': BoardProfile;
  }
  // No HTMLElementEventMap entry for 'cl-change': <framework-checklist> types it with its own
  // detail, and one event name can have one entry. Listen with
  // `(e: CustomEvent<BoardProfileChangeDetail>) => …`.
}
