/**
 * SharePoint and Teams themes → our colour hooks. Kept free of SPFx imports (like render.ts) so
 * the CSP browser test (scripts/test-spfx-render.mjs) runs it. Our widgets read `--cl-*`, which each
 * widget's :host sets from the `--nhsuk-*` properties it inherits (src/internal/styles.ts), so the
 * web part sets the `--nhsuk-*` names on its container (and the card's `--cl-card-accent-text`, the
 * initials' colour, which no `--nhsuk-*` name reaches).
 *
 * Fills with text on them come from the theme's button slots, not from `themePrimary`: on a
 * **Strong** section SharePoint's variant makes `themePrimary` white and the body the primary
 * colour, while `primaryButtonBackground`/`primaryButtonText` stay a readable pair (white fill,
 * primary text); in an **inverted** theme (Dark Blue, Dark Yellow) `primaryButtonText` is the dark
 * body colour. The focus colours stay NHS yellow on purpose (yellow with dark text reads on any
 * section); success keeps NHS green (no semantic slot in the theme).
 */

/** The part of SharePoint's IReadonlyTheme we read (structural, so this module needs no SPFx import). */
export interface ThemeColours {
  isInverted?: boolean;
  palette?: { themePrimary?: string };
  semanticColors?: {
    bodyText?: string;
    bodySubtext?: string;
    link?: string;
    linkHovered?: string;
    errorText?: string;
    bodyDivider?: string;
    inputBorder?: string;
    bodyBackground?: string;
    bodyStandoutBackground?: string;
    primaryButtonBackground?: string;
    primaryButtonText?: string;
  };
}

/** Every hook we set (and remove when a theme has no value for it). */
const HOOKS = [
  '--nhsuk-text-colour', '--nhsuk-secondary-text-colour', '--nhsuk-blue-colour', '--nhsuk-reverse-text-colour',
  '--nhsuk-link-colour', '--nhsuk-link-visited-colour', '--nhsuk-link-hover-colour', '--nhsuk-error-colour',
  '--nhsuk-border-colour', '--nhsuk-input-border-colour', '--nhsuk-card-background-colour', '--nhsuk-body-background-colour',
  // The card's own hook for text on its accent (the initials; white by default): the same text-on-fill colour.
  '--cl-card-accent-text',
] as const;

// A theme value goes into a CSS custom property, never into markup; still, accept only colour-shaped strings.
const COLOUR = /^(#[0-9a-fA-F]{3,8}|(rgb|rgba|hsl|hsla)\([0-9., %]+\)|[a-zA-Z]{3,20})$/;

/** Theme → [hook, colour] pairs, colour-shaped values only. */
export function themeProperties(theme: ThemeColours | undefined): [string, string][] {
  const s = theme?.semanticColors ?? {};
  const values: (string | undefined)[] = [
    s.bodyText, s.bodySubtext, s.primaryButtonBackground ?? theme?.palette?.themePrimary, s.primaryButtonText,
    s.link, s.link, s.linkHovered, s.errorText,
    s.bodyDivider, s.inputBorder, s.bodyBackground, s.bodyStandoutBackground,
    s.primaryButtonText,
  ];
  return HOOKS.map((name, i): [string, string | undefined] => [name, values[i]?.trim()])
    .filter((pair): pair is [string, string] => typeof pair[1] === 'string' && COLOUR.test(pair[1]));
}

/** Applies (or, for a theme without a value, removes) each colour hook on the container with CSSOM, which a CSP allows. */
export function applyTheme(host: HTMLElement, theme: ThemeColours | undefined): void {
  const set = new Map(themeProperties(theme));
  for (const name of HOOKS) {
    const value = set.get(name);
    if (value) host.style.setProperty(name, value);
    else host.style.removeProperty(name);
  }
}

/**
 * Microsoft Teams' own themes (`app.getContext()` → `app.theme`: "default", "dark" or "contrast").
 * In a Teams tab the SharePoint theme is the site's, whatever the person chose in Teams; for "dark"
 * and "contrast" we use these sets instead (our values: a dark grey body with light text and a light
 * brand purple, and black, white, yellow links and cyan fills for high contrast). "default" and
 * anything else: `undefined`, i.e. keep the site's theme.
 */
export function teamsTheme(name: string | undefined): ThemeColours | undefined {
  if (name === 'dark') {
    return {
      isInverted: true,
      semanticColors: {
        bodyText: '#ffffff', bodySubtext: '#d6d6d6', link: '#a6a7dc', linkHovered: '#c5c6ec', errorText: '#f9a6ac',
        bodyDivider: '#5c5c5c', inputBorder: '#adadad', bodyBackground: '#292929', bodyStandoutBackground: '#1f1f1f',
        primaryButtonBackground: '#a6a7dc', primaryButtonText: '#1f1f1f',
      },
    };
  }
  if (name === 'contrast') {
    return {
      isInverted: true,
      semanticColors: {
        bodyText: '#ffffff', bodySubtext: '#ffffff', link: '#ffff01', linkHovered: '#ffff01', errorText: '#ffff01',
        bodyDivider: '#ffffff', inputBorder: '#ffffff', bodyBackground: '#000000', bodyStandoutBackground: '#000000',
        primaryButtonBackground: '#1aebff', primaryButtonText: '#000000',
      },
    };
  }
  return undefined;
}
