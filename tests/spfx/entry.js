// The browser side of scripts/test-spfx-render.mjs, bundled with the web part's render code and
// our package (esbuild, code splitting) and loaded from the page's own origin only. Each case is
// one web part instance: a host element (the web part's domElement), its properties, and the
// theme SharePoint would pass to onThemeChanged.
import { applyTheme, render } from '../../spfx/src/webparts/clinicalLeadershipElements/render.ts';

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
  { id: 'themed', props: { widget: 'case-study-gallery', heading: 'Themed gallery', pageSize: 1 }, theme: { palette: { themePrimary: '#8764b8' }, semanticColors: { bodyText: '#123456', link: '#0f6cbd', linkHovered: '#115ea3', bodyBackground: '#fafafa', bodyDivider: '#e1dfdd', errorText: '#a4262c', bodySubtext: 'not a colour;}' } } },
];

const main = document.getElementById('hosts');
const done = CASES.map(async ({ id, props, theme }) => {
  const host = document.createElement('section');
  host.id = id;
  host.setAttribute('aria-label', id);
  main.append(host);
  if (theme) applyTheme(host, theme);
  await render(host, props, location.href);
});
Promise.all(done).then(() => { window.spfxRendered = true; }, (error) => { window.spfxRendered = String(error); });
