/**
 * What the seat editor's controls do: add a seat (focus goes to its role), start from the example
 * board, edit a field, open a seat's terms, move a seat (focus stays on the button that moved it)
 * and remove one (with Undo, which takes the focus). The element gives
 * its state and its `change` through the host, so this holds no state of its own.
 */
import type { TemplateResult } from 'lit';
import { newSeatId, type Seat } from './model.js';
import { warnOnce } from '../internal/warn.js';
import type { SeatHandlers } from './templates.js';

export interface SeatActionsHost {
  seats(): readonly Seat[];
  change(seats: Seat[], reason: 'add' | 'example' | 'move' | 'remove' | 'undo', notice?: { text: string; undo?: () => void }): void;
  edit(seat: Seat, patch: Partial<Seat>): void;
  openTerms(): ReadonlySet<string>;
  setOpenTerms(open: Set<string>): void;
  terms(seat: Seat): TemplateResult | undefined;
  /** Runs `then` once the element has drawn the change. */
  afterUpdate(then: (root: ParentNode) => void): void;
}

export function seatHandlers(host: SeatActionsHost): SeatHandlers & { add(): void; example(): void } {
  return {
    add: () => {
      const seat: Seat = { id: newSeatId(), role: '', membership: 'voting', side: 'executive', background: 'not-known' };
      host.change([...host.seats(), seat], 'add');
      host.afterUpdate((root) => root.querySelector<HTMLInputElement>(`#seat-${seat.id}-role`)?.focus());
    },
    // Loaded when asked for: most boards are entered, not started from the example.
    example: () => void import('./example.js').then(
      (m) => host.change(m.exampleSeats(), 'example', { text: 'An example board has been filled in. It is an example, not a real board: change or remove any seat.' }),
      () => warnOnce('board-profile', 'The example board could not be loaded.'),
    ),
    edit: (seat, field, value) => host.edit(seat, { [field]: field === 'role' ? value.trim().slice(0, 120) : value }),
    toggleTerms: (seat, open) => {
      if (open === host.openTerms().has(seat.id)) return;
      const next = new Set(host.openTerms());
      if (open) next.add(seat.id);
      else next.delete(seat.id);
      host.setOpenTerms(next);
    },
    isTermsOpen: (seat) => host.openTerms().has(seat.id),
    terms: (seat) => host.terms(seat),
    move: (seat, by) => {
      const list = [...host.seats()];
      const i = list.findIndex((s) => s.id === seat.id);
      const j = i + by;
      if (i < 0 || j < 0 || j >= list.length) return;
      [list[i], list[j]] = [list[j], list[i]];
      host.change(list, 'move');
      // Keep focus on the button that moved, now on its new row.
      host.afterUpdate((root) => {
        const row = root.querySelector(`[data-seat-id="${seat.id}"]`);
        const target = row?.querySelector<HTMLButtonElement>(`[data-action="${by < 0 ? 'up' : 'down'}"]:not([disabled])`) ?? row?.querySelector<HTMLButtonElement>('[data-action="remove"]');
        target?.focus();
      });
    },
    remove: (seat) => {
      const at = host.seats().findIndex((s) => s.id === seat.id);
      host.change(host.seats().filter((s) => s.id !== seat.id), 'remove', {
        text: `Removed ${seat.role || 'a seat'}.`,
        // Undo puts back the removed seat only, in its place: the seats as they are now are kept
        // (never the whole list as it was, which would undo another window's changes too).
        undo: () => {
          const now = host.seats().filter((s) => s.id !== seat.id);
          now.splice(Math.min(at, now.length), 0, seat);
          host.change(now, 'undo');
        },
      });
      host.afterUpdate((root) => root.querySelector<HTMLButtonElement>('[data-action="undo"]')?.focus());
    },
  };
}
