/**
 * The board profile's width, measured: the chart is drawn at the width it is shown (so its text
 * keeps its size at 320 px), and each table's scroll wrapper is a tab stop only while it scrolls
 * (a keyboard user can then scroll it; when it fits, a stop that does nothing is noise).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class WidthController implements ReactiveController {
  /** The host's content width in CSS pixels; 0 until measured (or without ResizeObserver). */
  width = 0;
  private observer?: ResizeObserver;

  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1].contentRect.width);
      // The next frame, not this one: drawing again inside the observer's callback would change
      // sizes it is still delivering ("ResizeObserver loop completed with undelivered notifications").
      requestAnimationFrame(() => {
        if (width !== this.width) {
          this.width = width;
          this.host.requestUpdate();
        }
        this.markScrollable();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdated(): void {
    this.markScrollable();
  }

  private markScrollable(): void {
    for (const wrap of this.host.shadowRoot?.querySelectorAll<HTMLElement>('.table-wrap') ?? []) {
      if (wrap.scrollWidth > wrap.clientWidth + 1) wrap.tabIndex = 0;
      else wrap.removeAttribute('tabindex');
    }
  }
}
