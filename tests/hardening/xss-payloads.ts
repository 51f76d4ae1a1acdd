/**
 * The XSS corpus for the hardening suite (issue 8). Every payload that could run script calls the
 * global trap `__pwned()` (installed by `installTrap()` in harness.ts) in one spelling or another;
 * `alert`, `confirm` and `prompt` are trapped too. A payload never needs to run for a test to fail:
 * the suite also fails on any element or attribute the widgets did not put there themselves.
 *
 * Every payload is at most 300 characters and not blank after trimming, so the data model accepts
 * it in every short and long text field; ids, dates, handles and URLs reject most of them, and the
 * suite checks that those rejections end in an accessible error state.
 */

export type PayloadCategory =
  | 'tag injection'
  | 'attribute breaking'
  | 'event handlers'
  | 'dangerous URL schemes'
  | 'hostile http(s) URLs'
  | 'entity-encoded forms'
  | 'SVG and MathML'
  | 'template literals and markers'
  | 'prototype-pollution keys'
  | 'spreadsheet and miscellaneous';

export interface Payload {
  category: PayloadCategory;
  value: string;
}

const T = '__pwned()';

const corpus: Record<PayloadCategory, string[]> = {
  'tag injection': [
    `<script>${T}</script>`,
    `<script src="data:text/javascript,${T}"></script>`,
    `<img src=x onerror=${T}>`,
    `<iframe src="javascript:parent.${T}"></iframe>`,
    `<iframe srcdoc="<script>parent.${T}</script>"></iframe>`,
    `<object data="javascript:${T}"></object>`,
    `<embed src="javascript:${T}">`,
    `<body onload=${T}>`,
    `<input autofocus onfocus=${T}>`,
    `<video><source onerror=${T}></video>`,
    `<audio src=x onerror=${T}>`,
    `<marquee onstart=${T}>x</marquee>`,
    `<style>@import 'javascript:${T}';</style>`,
    `<link rel=stylesheet href="javascript:${T}">`,
    `<base href="javascript:${T}//">`,
    `<meta http-equiv="refresh" content="0;url=javascript:${T}">`,
    `<form><button formaction="javascript:${T}">Go</button></form>`,
    `<template><img src=x onerror=${T}></template>`,
    `<noscript><p title="</noscript><img src=x onerror=${T}>">`,
    `</textarea><img src=x onerror=${T}>`,
    `</title><img src=x onerror=${T}>`,
    `<!--<img src="--><img src=x onerror=${T}//">`,
    `<scr<script>ipt>${T}</scr</script>ipt>`,
    `<SCRIPT SRC=//x.invalid/x.js></SCRIPT>`,
    `<a href="javascript:${T}">Read the journey</a>`,
    `<select autofocus onfocus=${T}></select>`,
    `<div style="background:url(javascript:${T})">x</div>`,
    `<case-study-card onclick=${T}></case-study-card>`,
    `<clinical-leadership-data src="javascript:${T}"></clinical-leadership-data>`,
    `<plaintext><img src=x onerror=${T}>`,
  ],
  'attribute breaking': [
    `" onmouseover="${T}`,
    `' onfocus='${T}' autofocus='`,
    `"><img src=x onerror=${T}>`,
    `'><svg onload=${T}>`,
    `" autofocus onfocus=${T} x="`,
    `\` onmouseover=${T} \``,
    `"/><script>${T}</script>`,
    `x" style="animation-name:x" onanimationstart="${T}`,
    `"onclick=${T}//`,
    `' -- "><img src=x onerror=${T}>`,
    `" id="__pwned`,
    `javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+${T}//'>`,
    `" part="error" role="alert`,
    `"}; ${T}; x={"`,
  ],
  'event handlers': [
    `<svg onload=${T}>`,
    `<body onpageshow=${T}>`,
    `<div onpointerover=${T}>hover me</div>`,
    `<button onclick=${T}>Click me</button>`,
    `<a onmouseover=${T}>x</a>`,
    `<img src=x:x onerror=window.${T}>`,
    `<img src onerror=top.${T}>`,
    `<video src=x onerror=self.${T}>`,
    `<iframe onload=${T}></iframe>`,
    `<details open ontoggle=${T}>`,
    `<form onsubmit=${T}><button>Go</button></form>`,
    `<div contenteditable autofocus onfocus=${T}>x</div>`,
    `<img srcset=",,,,,x" onerror=${T}>`,
    `<x onclick=${T}>click</x>`,
    `<img src=x onerror=alert(1)>`,
    `<img src=x onerror="window['__pw'+'ned']()">`,
    `<img src=x onerror=eval(atob('X19wd25lZCgp'))>`,
    `<img src=x onerror=(0,__pwned)()>`,
    `<img src=x onerror=__pwned\`\`>`,
  ],
  'dangerous URL schemes': [
    `javascript:${T}`,
    `JaVaScRiPt:${T}`,
    `JAVASCRIPT:${T}`,
    ` javascript:${T}`,
    `\tjavascript:${T}`,
    `java\tscript:${T}`,
    `java\nscript:${T}`,
    `java\rscript:${T}`,
    `\u0000javascript:${T}`,
    `java\u0000script:${T}`,
    `\u0001javascript:${T}`,
    `\u001fjavascript:${T}`,
    `\u00a0javascript:${T}`,
    `\ufeffjavascript:${T}`,
    `javascript&colon;${T}`,
    `javascript&#58;${T}`,
    `javascript&#x3A;${T}`,
    `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${T}`,
    `jav&#x09;ascript:${T}`,
    `javascript://%0a${T}`,
    `javascript:void(${T})`,
    `javascript:${T}//{id}`,
    `%6a%61%76%61%73%63%72%69%70%74:${T}`,
    `data:text/html,<script>parent.${T}</script>`,
    `data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZCgpPC9zY3JpcHQ+`,
    `DATA:text/html,<script>parent.${T}</script>`,
    ` data:image/svg+xml,<svg onload=parent.${T}>`,
    `data:application/javascript,${T}`,
    `vbscript:msgbox(1)`,
    `VBScript:${T}`,
    ` vbscript:${T}`,
    `livescript:${T}`,
    `file:///etc/passwd`,
    `view-source:javascript:${T}`,
    `blob:https://x.invalid/0000`,
    `//javascript:${T}`,
  ],
  'hostile http(s) URLs': [
    `https://x.invalid/"onmouseover="${T}"`,
    `https://x.invalid/'><img/src=x/onerror=${T}>`,
    `https://x.invalid/#"><script>${T}</script>`,
    `http://x.invalid/?q=<svg/onload=${T}>`,
    `https://javascript:${T}@x.invalid/`,
    `https://x.invalid/%22%3E%3Cscript%3E${T}%3C/script%3E`,
    `HTTPS://X.INVALID/"onfocus="${T}"autofocus="`,
    `https://x.invalid/javascript:${T}`,
    `http://x.invalid/{id}"onclick="${T}`,
  ],
  'entity-encoded forms': [
    `&lt;img src=x onerror=${T}&gt;`,
    `&#60;script&#62;${T}&#60;/script&#62;`,
    `&#x3C;svg onload=${T}&#x3E;`,
    `\\u003cimg src=x onerror=${T}\\u003e`,
    `%3Cscript%3E${T}%3C%2Fscript%3E`,
    `&amp;lt;script&amp;gt;${T}&amp;lt;/script&amp;gt;`,
    `&lt;a href=&quot;javascript:${T}&quot;&gt;x&lt;/a&gt;`,
    `\uff1cscript\uff1e${T}\uff1c/script\uff1e`,
    `\\x3cscript\\x3e${T}\\x3c/script\\x3e`,
    `+ADw-script+AD4-${T}+ADw-/script+AD4-`,
    `&#0000060script&#0000062${T}`,
    `\u00bcscript\u00be${T}\u00bc/script\u00be`,
  ],
  'SVG and MathML': [
    `<svg><script>${T}</script></svg>`,
    `<svg><a xlink:href="javascript:${T}"><text x=20 y=20>click</text></a></svg>`,
    `<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=x onerror=${T} /></svg>#x"/></svg>`,
    `<svg><foreignObject><img src=x onerror=${T}></foreignObject></svg>`,
    `<svg><set attributeName=onmouseover to=${T}>`,
    `<svg><animate attributeName=href values=javascript:${T} /><a><text>x</text></a></svg>`,
    `<svg><style><img src=x onerror=${T}></style></svg>`,
    `<math><mtext><table><mglyph><style><img src=x onerror=${T}>`,
    `<math href="javascript:${T}">click</math>`,
    `<math><maction actiontype=statusline xlink:href=javascript:${T}>x</maction></math>`,
    `<svg/onload=${T}>`,
    `<svg><image href=x onerror=${T}>`,
    `<svg><discard onbegin=${T}>`,
    `<svg><title><a id="</title><img src=x onerror=${T}>">`,
  ],
  'template literals and markers': [
    `\${${T}}`,
    `\${window.${T}}`,
    `#{${T}}`,
    `{{constructor.constructor('${T}')()}}`,
    `<%= ${T} %>`,
    `\`\${${T}}\``,
    `{{${T}}}`,
    `<?lit$1234567890$>`,
    `<!--?lit$1234567890$-->`,
    `lit$1234567890$`,
    `]]><script>${T}</script>`,
  ],
  'prototype-pollution keys': [
    '__proto__',
    'constructor',
    'prototype',
    '__proto__[polluted]=1',
    'constructor.prototype.polluted',
    'hasOwnProperty',
    'toString',
    'valueof',
    '__defineGetter__',
    '{"__proto__":{"polluted":true}}',
  ],
  'spreadsheet and miscellaneous': [
    `=HYPERLINK("https://x.invalid","click")`,
    `+cmd|' /C calc'!A0`,
    `-2+3+cmd|' /C calc'!A0`,
    `@SUM(1+1)*cmd|' /C calc'!A0`,
    `\u202e${T}<img src=x onerror=${T}>`,
    `\u200b<img\u200bsrc=x\u200bonerror=${T}>`,
    `expression(${T})`,
    `</style><img src=x onerror=${T}>`,
    `a${'<b>'.repeat(60)}`.slice(0, 300),
    `x${' '.repeat(100)}<img src=x onerror=${T}>`,
  ],
};

export const PAYLOADS: readonly Payload[] = Object.freeze(
  (Object.entries(corpus) as Array<[PayloadCategory, string[]]>).flatMap(([category, values]) => values.map((value) => ({ category, value }))),
);

export const CATEGORIES = Object.keys(corpus) as PayloadCategory[];

/** A short, printable name for a test title. */
export function label(p: Payload, i: number): string {
  // eslint-disable-next-line no-control-regex
  const shown = JSON.stringify(p.value).slice(1, -1).replace(/[\u0000-\u001f]/g, '?');
  return `#${i} [${p.category}] ${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}`;
}
