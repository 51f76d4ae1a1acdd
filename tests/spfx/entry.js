// The browser side of scripts/test-spfx-render.mjs, bundled with the web part's render code and
// our package (esbuild, code splitting) and loaded from the page's own origin only. Each case is
// one web part instance: a host element (the web part's domElement), its properties, and the
// theme SharePoint would pass to onThemeChanged.
import { render } from '../../spfx/src/webparts/clinicalLeadershipElements/render.ts';
import { applyTheme, teamsTheme } from '../../spfx/src/webparts/clinicalLeadershipElements/theme.ts';

// SharePoint's Blue theme as Fluent derives its semantic slots (normal section) and its Strong
// section variant (Fluent's getStrongVariant: themePrimary white, the body the primary colour,
// white text, a white button fill with primary text), and the inverted "Dark Blue" theme from
// Microsoft's site-theming JSON schema page (white = #262a35, neutralPrimary = #ffffff), with the
// slots Fluent derives from that palette (bodyText = neutralPrimary, primaryButtonText = white).
export const STRONG = {
  palette: { themePrimary: '#ffffff' },
  semanticColors: { bodyText: '#ffffff', bodySubtext: '#ffffff', link: '#ffffff', linkHovered: '#ffffff', bodyBackground: '#0078d4', bodyStandoutBackground: '#0078d4', bodyDivider: '#ffffff', primaryButtonBackground: '#ffffff', primaryButtonText: '#0078d4' },
};
export const DARK_BLUE = {
  isInverted: true,
  palette: { themePrimary: '#00bcf2' },
  semanticColors: { bodyText: '#ffffff', bodySubtext: '#dadada', link: '#00bcf2', linkHovered: '#44d6ff', errorText: '#f1707b', bodyBackground: '#262a35', bodyStandoutBackground: '#2e3340', bodyDivider: '#404759', inputBorder: '#d0d0d0', primaryButtonBackground: '#00bcf2', primaryButtonText: '#262a35' },
};
/** A checklist whose store refuses to read: its "not saved" warning shows. */
const refusingStore = { label: 'in the test store', load: async () => ({ problem: 'blocked' }), save: async () => 'blocked', subscribe: () => () => {} };
const THEMED = [
  ['strong', STRONG], ['inverted', DARK_BLUE], ['teams-dark', teamsTheme('dark')], ['teams-contrast', teamsTheme('contrast')],
];
const themedCases = THEMED.flatMap(([name, theme]) => [
  { id: `${name}-gallery`, props: { widget: 'case-study-gallery', heading: 'Gallery', pageSize: 1 }, theme },
  { id: `${name}-card`, props: { widget: 'case-study-card', caseId: 'rachel-mckeown', variant: 'compact' }, theme },
  { id: `${name}-checklist`, props: { widget: 'framework-checklist', heading: 'Checklist', storageKey: `theme-${name}` }, theme, adapter: refusingStore },
]);

export const CASES = [
  { id: 'gallery', props: { widget: 'case-study-gallery', heading: 'Clinicians who lead', headingLevel: 2, variant: 'full', pageSize: 2 } },
  { id: 'card', props: { widget: 'case-study-card', caseId: 'rachel-mckeown', variant: 'compact', headingLevel: 3 } },
  { id: 'explorer', props: { widget: 'barrier-explorer', headingLevel: 3, pageSize: 3 } },
  { id: 'checklist', props: { widget: 'framework-checklist', heading: 'Board self-assessment', organisation: 'Example Community NHS Trust', storageKey: 'spfx-test-checklist', headingLevel: 2 } },
  { id: 'board', props: { widget: 'board-profile', heading: 'Our board', storageKey: 'spfx-test-board', foundationTrust: true, headingLevel: 2 } },
  { id: 'data-file', props: { widget: 'case-study-card', caseId: 'rachel-mckeown', dataUrl: '/sites/intranet/Shared%20Documents/leadership-data.json' } },
  { id: 'cross-origin', props: { widget: 'case-study-gallery', dataUrl: 'https://cdn.example.org/leadership-data.json', pageSize: 1 } },
  { id: 'unknown', props: { widget: 'marquee' } },
  { id: 'bad-options', props: { widget: 'framework-checklist', headingLevel: 9, storageKey: 'not a key!', dataUrl: 'javascript:alert(1)' } },
  { id: 'no-case', props: { widget: 'case-study-card' } },
  ...themedCases,
  { id: 'themed', props: { widget: 'case-study-gallery', heading: 'Themed gallery', pageSize: 1 }, theme: { palette: { themePrimary: '#8764b8' }, semanticColors: { bodyText: '#123456', link: '#0f6cbd', linkHovered: '#115ea3', bodyBackground: '#fafafa', bodyDivider: '#e1dfdd', errorText: '#a4262c', bodySubtext: 'not a colour;}' } } },
];

const main = document.getElementById('hosts');
const done = CASES.map(async ({ id, props, theme, adapter }) => {
  const host = document.createElement('section');
  host.id = id;
  host.setAttribute('aria-label', id);
  main.append(host);
  if (theme) {
    applyTheme(host, theme);
    // The section around the web part, painted as SharePoint paints it.
    host.style.background = theme.semanticColors?.bodyBackground ?? '';
    host.style.color = theme.semanticColors?.bodyText ?? '';
  }
  const rendered = render(host, props, location.href);
  // The web part hands a store to the element it created (as it does with the SharePoint-list store).
  if (adapter) host.querySelector(props.widget).adapter = adapter;
  await rendered;
});
Promise.all(done).then(() => { window.spfxRendered = true; }, (error) => { window.spfxRendered = String(error); });
