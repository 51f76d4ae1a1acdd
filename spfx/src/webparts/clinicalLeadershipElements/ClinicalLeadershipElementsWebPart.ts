/**
 * The "Clinical leadership elements" web part: a property pane that picks one widget and its
 * options, and a render that hands them to ./render.ts. All of our code, our elements and their
 * lazy chunks are bundled into the .sppkg; nothing loads from a CDN and nothing runs inline, so
 * SharePoint Online's Content Security Policy (enforced since 1 March 2026) allows it as it is.
 */
import { Version } from '@microsoft/sp-core-library';
import {
  type IPropertyPaneConfiguration,
  type IPropertyPaneDropdownOption,
  type IPropertyPaneField,
  PropertyPaneChoiceGroup,
  PropertyPaneDropdown,
  PropertyPaneLabel,
  PropertyPaneTextField,
  PropertyPaneToggle,
} from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import * as strings from 'ClinicalLeadershipElementsWebPartStrings';

import {
  checkProperty,
  type ClinicalLeadershipProperties,
  isWidget,
  OPTIONS,
  render,
  WIDGET_LABELS,
  WIDGETS,
} from './render';
import { applyTheme, teamsTheme } from './theme';
import type { SiteContext } from './store-choice';
import { STORE_WIDGETS, wantsList, type StoreProperties } from './store-props';

type StoreChoice = typeof import('./store-choice');
let storeChoice: Promise<StoreChoice | undefined> | undefined;
/** The SharePoint-list store, in its own chunk: fetched only by a web part that keeps answers in the list. */
const loadStoreChoice = (): Promise<StoreChoice | undefined> =>
  (storeChoice ??= import(/* webpackChunkName: "cl-list-store" */ './store-choice').catch((error) => {
    console.warn('clinical-leadership-elements web part: the list store could not load.', error);
    storeChoice = undefined;
    return undefined;
  }));

type Properties = ClinicalLeadershipProperties & StoreProperties;

export default class ClinicalLeadershipElementsWebPart extends BaseClientSideWebPart<Properties> {
  private caseStudyOptions: IPropertyPaneDropdownOption[] = [];
  private rendering = 0;
  /** What happened when the editor last chose "a list on this site" (shown in the property pane). */
  private listSetup: string | undefined;
  private siteTheme: IReadonlyTheme | undefined;
  /** Microsoft Teams' theme ("default", "dark", "contrast") when the web part runs as a Teams tab. */
  private teamsThemeName: string | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    // In a Teams tab, follow the theme the person chose in Teams (dark, high contrast), not the site's.
    const teams = this.context.sdks?.microsoftTeams;
    if (!teams) return;
    try {
      this.teamsThemeName = (await teams.teamsJs.app.getContext()).app.theme;
      teams.teamsJs.app.registerOnThemeChangeHandler((theme: string) => {
        this.teamsThemeName = theme;
        this.paintTheme();
      });
    } catch (error) {
      console.warn('clinical-leadership-elements web part: the Teams theme could not be read; using the site theme.', error);
    }
    this.paintTheme();
  }

  protected get isRenderAsync(): boolean {
    return true;
  }

  public render(): void {
    const run = ++this.rendering;
    const list = wantsList(this.properties);
    void (list ? loadStoreChoice() : Promise.resolve(undefined)).then((choice) => {
      if (run !== this.rendering) return undefined;
      const store = choice?.listStoreFor(this.properties, this.site());
      const done = render(this.domElement, this.properties, this.pageUrl());
      // The element exists now (its code is still loading): it gets the list store before it first opens a record.
      if (choice && store) choice.connectStore(this.domElement, this.properties, store);
      return done.then(() => {
        if (run !== this.rendering) return;
        this.renderCompleted();
        if (choice && store) void choice.showListStatus(this.domElement, store);
        else if (list) this.domElement.prepend(this.note('The list on this site could not be reached, so answers are kept in this browser for now. Reload the page to try again.'));
      });
    });
  }

  private note(text: string): HTMLElement {
    const p = this.domElement.ownerDocument.createElement('p');
    p.className = 'cl-spfx-message';
    p.setAttribute('role', 'status');
    p.textContent = text;
    return p;
  }

  /** The site and the signed-in member, for the SharePoint-list store. */
  private site(): SiteContext {
    const { web, user } = this.context.pageContext;
    return { siteUrl: web.absoluteUrl, member: { login: user.loginName, name: user.displayName } };
  }

  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this.siteTheme = theme;
    this.paintTheme();
  }

  private paintTheme(): void {
    applyTheme(this.domElement, teamsTheme(this.teamsThemeName) ?? this.siteTheme);
  }

  protected onDispose(): void {
    this.domElement.replaceChildren();
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  /** The property pane's case-study list comes from our bundled data, in its own chunk, only when an editor opens the pane. */
  protected async loadPropertyPaneResources(): Promise<void> {
    try {
      const { dataset } = await import(/* webpackChunkName: "cl-property-pane-data" */ 'clinical-leadership-elements/data');
      this.caseStudyOptions = dataset.caseStudies.map((c) => ({ key: c.id, text: `${c.name} (${c.id})` }));
    } catch (error) {
      console.warn('clinical-leadership-elements web part: the case-study list could not load; type an id instead.', error);
    }
  }

  /** The base for a relative data-set address: the current site's URL with a trailing slash, so "Shared Documents/x.json" stays inside the site. */
  private pageUrl(): string {
    const web = this.context.pageContext?.web?.absoluteUrl;
    return web ? web.replace(/\/?$/, '/') : window.location.href;
  }

  private validate(name: keyof ClinicalLeadershipProperties): (value: string) => string {
    return (value: string) => checkProperty(name, value, this.pageUrl());
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const widget = isWidget(this.properties.widget) ? this.properties.widget : 'case-study-gallery';
    const shown = new Set(OPTIONS[widget]);
    const fields: IPropertyPaneField<unknown>[] = [
      PropertyPaneDropdown('widget', {
        label: strings.WidgetLabel,
        options: WIDGETS.map((w) => ({ key: w, text: WIDGET_LABELS[w] })),
        selectedKey: widget,
      }),
    ];
    if (shown.has('caseId')) {
      fields.push(this.caseStudyOptions.length
        ? PropertyPaneDropdown('caseId', { label: strings.CaseIdLabel, options: this.caseStudyOptions })
        : PropertyPaneTextField('caseId', { label: strings.CaseIdLabel, description: strings.CaseIdDescription, onGetErrorMessage: this.validate('caseId') }));
    }
    if (shown.has('variant')) {
      fields.push(PropertyPaneDropdown('variant', {
        label: strings.VariantLabel,
        options: [{ key: 'compact', text: strings.VariantCompact }, { key: 'full', text: strings.VariantFull }],
      }));
    }
    if (shown.has('heading')) fields.push(PropertyPaneTextField('heading', { label: strings.HeadingLabel, onGetErrorMessage: this.validate('heading') }));
    if (shown.has('headingLevel')) {
      fields.push(PropertyPaneDropdown('headingLevel', {
        label: strings.HeadingLevelLabel,
        options: [2, 3, 4, 5, 6].map((n) => ({ key: n, text: `h${n}` })),
      }));
    }
    if (shown.has('pageSize')) fields.push(PropertyPaneTextField('pageSize', { label: strings.PageSizeLabel, onGetErrorMessage: this.validate('pageSize') }));
    if (shown.has('storageKey')) {
      fields.push(PropertyPaneTextField('storageKey', { label: strings.StorageKeyLabel, description: strings.StorageKeyDescription, onGetErrorMessage: this.validate('storageKey') }));
    }
    if (shown.has('organisation')) fields.push(PropertyPaneTextField('organisation', { label: strings.OrganisationLabel, onGetErrorMessage: this.validate('organisation') }));
    if (shown.has('foundationTrust')) fields.push(PropertyPaneToggle('foundationTrust', { label: strings.FoundationTrustLabel }));
    if (STORE_WIDGETS.includes(widget)) {
      fields.push(PropertyPaneChoiceGroup('storeIn', {
        label: strings.StoreInLabel,
        options: [{ key: 'browser', text: strings.StoreInBrowser, checked: this.properties.storeIn !== 'list' }, { key: 'list', text: strings.StoreInList, checked: this.properties.storeIn === 'list' }],
      }));
      if (this.properties.storeIn === 'list' && widget === 'framework-checklist') {
        fields.push(PropertyPaneDropdown('listScope', {
          label: strings.ListScopeLabel,
          options: [{ key: 'member', text: strings.ListScopeMember }, { key: 'board', text: strings.ListScopeBoard }],
          selectedKey: this.properties.listScope === 'board' ? 'board' : 'member',
        }));
      }
      if (this.properties.storeIn === 'list' && this.listSetup) fields.push(PropertyPaneLabel('storeIn', { text: this.listSetup }));
    }
    if (shown.has('dataUrl')) {
      fields.push(PropertyPaneTextField('dataUrl', { label: strings.DataUrlLabel, description: strings.DataUrlDescription, onGetErrorMessage: this.validate('dataUrl'), deferredValidationTime: 500 }));
    }
    return {
      pages: [{
        header: { description: strings.PropertyPaneDescription },
        groups: [{ groupName: strings.WidgetGroupName, groupFields: fields }],
      }],
    };
  }

  protected onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
    // A different widget shows different options.
    if (propertyPath === 'widget' || propertyPath === 'storeIn') this.context.propertyPane.refresh();
    // The first time someone chooses the list, it is created (a site owner's rights; anyone else is told to ask the owner).
    if (propertyPath === 'storeIn' && newValue === 'list' && oldValue !== 'list') {
      this.listSetup = 'Setting up the list…';
      void loadStoreChoice().then(async (choice) => {
        const store = choice?.listStoreFor(this.properties, this.site());
        this.listSetup = choice && store ? choice.listSetupText(await store.ensureList()) : 'The list could not be set up: its code did not load. Reload the page and try again.';
        this.context.propertyPane.refresh();
        this.render();
      });
    }
  }
}
