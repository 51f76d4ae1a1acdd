/**
 * A small host that gives the Compare view (views/compare-view.ts) the CompareHost the checklist
 * element gives it: the board's answers, "Use this answer" as an import, what was announced, focus.
 * Each test file subclasses it with its own prompts (`groups`) and, where it needs one, a store.
 */
import { css, html, LitElement } from 'lit';
import { renderView, viewStyles, type CompareHost } from '../../src/framework-checklist/views/compare-view.js';
import { parseExport } from '../../src/framework-checklist/store/export.js';
import { answerOf, answersToObject, changedIds, type AnswerMap } from '../../src/framework-checklist/model/answers.js';
import type { ChecklistGroup } from '../../src/framework-checklist/model/progress.js';
import type { StorageAdapter } from '../../src/internal/storage.js';
import { shared } from '../../src/internal/styles.js';
import { shadow } from '../helpers.js';

export class CompareTestHost extends LitElement implements CompareHost {
  static override styles = [...shared, viewStyles, css`:host { display: block; container-type: inline-size; }`];
  adapter?: StorageAdapter;
  storageKey?: string = 'board';
  map: AnswerMap = new Map();
  /** Each record the view loaded into the board's answers. */
  imported: AnswerMap[] = [];
  said: string[] = [];
  groups: ChecklistGroup[] = [];
  sectionLevel = 3;
  answerFor = (id: string) => answerOf(this.map, id);
  get answers() {
    return answersToObject(this.map);
  }
  setAside?: CompareHost['setAside'];
  importJson(text: string) {
    const result = parseExport(text);
    if (!result.ok) return result;
    const changed = changedIds(this.map, result.answers).length;
    this.imported.push((this.map = result.answers));
    this.requestUpdate();
    return { ok: true as const, changed };
  }
  announce(text: string) {
    this.said.push(text);
  }
  focusIn(selector: string) {
    void this.updateComplete.then(() => shadow(this).querySelector<HTMLElement>(selector)?.focus());
  }
  override render() {
    return html`<h2>Compare</h2>${renderView(this)}`;
  }
}
