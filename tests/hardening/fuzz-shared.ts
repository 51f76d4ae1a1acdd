/**
 * Shared pieces of the fuzz suites (issue 8, fuzz-*.test.ts): the configuration, the oracle
 * helpers, the per-run check and the hooks each file registers. See fuzz-by-property.test.ts for
 * what the suites do.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { loadBundledDataset } from '../../src/data/bundled.js';
import { loadValidators } from '../../src/internal/lazy-validation.js';
import { type Dataset } from '../../src/data/schema.js';
import {
  type Kind,
} from './arbitraries.js';
import {
  cleanupHosts, errorBlockProblems, installTrap, markupProblems, muteWarnings, settle, stateOf,
  watchPageErrors, type PageErrors, type Trap, type WidgetState,
} from './harness.js';


export interface Config {
  fuzzRuns: number;
  fuzzSeed: number | null;
}
export const config: Config = { fuzzRuns: 1000, fuzzSeed: null };
let trap: Trap;
let page: PageErrors;
let warnings: ReturnType<typeof muteWarnings>;

/** fast-check parameters: the configured runs, and the seed when one is given (a failure report prints its seed). */
export const params = () => ({ numRuns: config.fuzzRuns, ...(config.fuzzSeed !== null ? { seed: config.fuzzSeed } : {}) });

/** Milliseconds allowed for one fuzz test: generous per run on a slow machine. */
export const budget = (perRun: number) => 30_000 + config.fuzzRuns * perRun;

export const safely = <T>(f: () => T, fallback: T): T => {
  try {
    return f();
  } catch {
    return fallback;
  }
};

export const valid = <S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> | undefined =>
  safely(() => {
    const r = v.safeParse(schema, value);
    return r.success ? r.output : undefined;
  }, undefined);

/** Valid records of a list, as a widget that skips bad ones and repeated ids would keep them; `throws` when the list cannot even be read. */
export type Kept = { kept: number; problems: number } | 'not a list' | 'throws';
export function keptRecords(schema: v.GenericSchema, list: unknown): Kept {
  return safely<Kept>(
    () => {
      if (!Array.isArray(list)) return 'not a list' as const;
      let kept = 0;
      let problems = 0;
      const seen = new Set<string>();
      list.forEach((item: unknown) => {
        const out = valid(schema, item) as { id: string } | undefined;
        if (!out || seen.has(out.id)) problems++;
        else {
          seen.add(out.id);
          kept++;
        }
      });
      return { kept, problems };
    },
    'throws' as const,
  );
}

/** What a ready widget lists: it must match the data it was given, never an earlier run's. */
export const heading = (el: Element) => el.shadowRoot!.querySelector('[part~="heading"]')?.textContent ?? '';
export const count = (el: Element, selector: string) => el.shadowRoot!.querySelectorAll(selector).length;
export function same(what: string, actual: unknown, expected: unknown, context: () => string): void {
  if (actual !== expected) throw new Error(`${what}: ${String(actual)} instead of ${String(expected)}, given ${context()}`);
}

/**
 * What each widget inside a provider shows for a data set: errors everywhere when it is not valid
 * (`undefined`); otherwise the card is ready when it finds its id, and the lists are ready or empty.
 */
export function expectedThroughProvider(d: Dataset | undefined, caseId: string): Record<string, WidgetState> {
  const list = (n: number): WidgetState => (!d ? 'error' : n ? 'ready' : 'empty');
  return {
    'clinical-leadership-data': d ? 'ready' : 'error',
    'case-study-card': d?.caseStudies.some((c) => c.id === caseId) ? 'ready' : 'error',
    'case-study-gallery': list(d?.caseStudies.length ?? 0),
    'framework-checklist': list(d?.checklistPrompts.length ?? 0),
    'barrier-explorer': list(d?.barriers.length ?? 0),
  };
}

/** Tallies for the report line each test logs. */
export class Tally {
  private readonly start = performance.now();
  kinds: Record<string, number> = {};
  states: Record<string, number> = {};
  add(kind: Kind, state: string): void {
    this.kinds[kind] = (this.kinds[kind] ?? 0) + 1;
    this.states[state] = (this.states[state] ?? 0) + 1;
  }
  line(what: string): string {
    const f = (o: Record<string, number>) => Object.entries(o).map(([k, n]) => `${k} ${n}`).join(', ');
    const seconds = ((performance.now() - this.start) / 1000).toFixed(1);
    return `fuzz ${what}: ${Object.values(this.kinds).reduce((a, b) => a + b, 0)} runs (${f(this.kinds)}) → ${f(this.states)} in ${seconds} s`;
  }
}

/** After a run: settled, in an expected state, errors accessible, nothing injected, nothing ran, nothing thrown. */
export async function check(host: HTMLElement, widget: Element, expected: WidgetState[], describe: () => string): Promise<WidgetState> {
  const failures = await settle(host);
  const state = stateOf(widget);
  const where = `<${widget.localName}> given ${describe()}`;
  if (!expected.includes(state)) throw new Error(`${where}: expected ${expected.join(' or ')}, got ${state}\n${widget.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 400)}`);
  const problems = [...errorBlockProblems(widget), ...markupProblems(widget), ...failures, ...page.all, ...trap.hits];
  if (problems.length) throw new Error(`${where}: ${problems.join('; ')}`);
  return state;
}

export function describeValue(value: unknown): string {
  return safely(
    () => {
      const json = JSON.stringify(value, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x));
      return json === undefined ? String(value) : json.length > 300 ? `${json.slice(0, 300)}…` : json;
    },
    safely(() => Object.prototype.toString.call(value), 'an unreadable value'),
  );
}

/** fast-check's report with the failing run's own error, which it otherwise leaves in `cause`. */
export async function run<T>(property: fc.IAsyncProperty<T>, parameters: fc.Parameters<T>): Promise<void> {
  try {
    await fc.assert(property, parameters);
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    if (cause) (error as Error).message += `\nCaused by: ${String((cause as Error)?.stack ?? cause)}`;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
/** The page-error listener the hooks installed, for a test that reads it itself. */
export const pageErrors = () => page;

/**
 * Registers the hooks of the fuzz suites (call inside the top-level describe): the configuration
 * from /__test__/config.json, the trap and page-error listeners for the whole file, warnings muted
 * per test, and at the end nothing ran or reached the page over the whole file.
 */
export function useFuzzHooks(): void {
  before(async () => {
    const response = await fetch('/__test__/config.json');
    if (response.ok) Object.assign(config, (await response.json()) as Partial<Config>);
    trap = installTrap();
    page = watchPageErrors();
    // Loaded first, so widgets render at once: these tests check what they render, not the
    // loading (tests/lazy-validation.test.ts does).
    await loadBundledDataset();
    await loadValidators();
  });
  /** Everything trapped or thrown over the whole file: each run fails on its own, and nothing late is lost. */
  const seen: string[] = [];
  beforeEach(() => {
    warnings = muteWarnings();
  });
  afterEach(() => {
    warnings.restore();
    cleanupHosts();
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    seen.push(...trap.hits.splice(0), ...page.all);
    page.clear();
  });
  after(() => {
    page.stop();
    trap.restore();
    expect(seen.map((e) => e.split('\n')[0]), 'nothing ran or reached the page').to.deep.equal([]);
  });
}
