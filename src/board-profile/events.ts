/** The board profile's `cl-change` event. */
import type { AhpLeadPost, Seat } from './model.js';

/** Why the seats changed. */
export type BoardChangeReason = 'add' | 'edit' | 'remove' | 'undo' | 'move' | 'example' | 'import' | 'property' | 'foundation-trust' | 'ahp-lead' | 'snapshot' | 'storage';

export interface BoardProfileChangeDetail {
  reason: BoardChangeReason;
  seats: Seat[];
  foundationTrust: boolean;
  /** Whether a senior strategic AHP lead is named, and where the post sits (left out: not answered). */
  ahpLead?: AhpLeadPost;
  summary: string;
}
