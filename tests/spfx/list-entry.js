// The browser side of the list-store scenarios (tests/spfx/list-scenarios.mjs): each call mounts one
// web part instance the way ClinicalLeadershipElementsWebPart.render() does (render, then the list
// store from store-choice.ts handed to the element, then the list's status), for one signed-in
// person. The emulator knows who is calling from the x-emulator-user header, which stands in for
// SharePoint's sign-in cookie.
import { render } from '../../spfx/src/webparts/clinicalLeadershipElements/render.ts';
import { sharePointListStore } from '../../spfx/src/webparts/clinicalLeadershipElements/list-store.ts';
import { connectStore, listSetupText, listStoreFor, scopeOf, showListStatus } from '../../spfx/src/webparts/clinicalLeadershipElements/store-choice.ts';

export const PEOPLE = { olivia: 'Olivia Owner', ann: 'Ann Adams', ben: 'Ben Brown', sam: 'Sam Secretary', cara: 'Cara Chair', vic: 'Vic Visitor' };
const SITE = `${location.origin}/sites/board/`;

function site(login) {
  return {
    siteUrl: SITE,
    member: { login: `i:0#.f|membership|${login}@example.nhs.uk`, name: PEOPLE[login] },
    fetch: (input, init = {}) => fetch(input, { ...init, headers: { ...init.headers, 'x-emulator-user': login } }),
    pollMs: 400,
  };
}

window.sp = {
  /** One web part for `login`; `device` gives the person a second store of their own (another tab or device). */
  async mount(id, login, props, { device = false } = {}) {
    const host = document.createElement('section');
    host.id = id;
    host.setAttribute('aria-label', `${PEOPLE[login]}: ${id}`);
    document.getElementById('hosts').append(host);
    const s = site(login);
    const store = device ? sharePointListStore({ ...s, scope: scopeOf(props), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) }) : listStoreFor(props, s);
    const done = render(host, props, location.href);
    connectStore(host, props, store);
    await done;
    return showListStatus(host, store);
  },
  /** What the property pane says when `login` chooses "a list on this site" (the web part calls ensureList). */
  async choose(login) {
    const store = listStoreFor({ widget: 'framework-checklist', storeIn: 'list' }, site(login));
    return listSetupText(await store.ensureList());
  },
  /** The store's own answers, for the adapter-level checks. */
  store(login, scope = 'member') {
    return sharePointListStore({ ...site(login), scope, pollMs: 0 });
  },
};
window.spReady = true;
