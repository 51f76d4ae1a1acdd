// The fixture and the PDF checks of `npm run check:paper` (scripts/check-paper.mjs).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const STATUS_CYCLE = ['completed', 'in-progress', 'not-started', 'completed', 'not-applicable', 'in-progress'];

/** A realistic self-assessment of the bundled prompts: statuses, notes (hostile, long, multi-line), three actions, a baseline, the cover sheet; and three members' files. */
export function fixture(prompts, elements) {
  const answers = {};
  prompts.forEach((p, i) => {
    answers[p.id] = { status: STATUS_CYCLE[i % STATUS_CYCLE.length], note: '' };
  });
  const [a, b, c, d, e] = prompts.map((p) => p.id);
  answers[a].note = '<script>alert(1)</script> & < > " \' ]]> — 5 > 3 & 2 < 4';
  answers[b].note = `Evidence pack, part 1.\u000BPasted from Word with a manual line break.\n\nSecond paragraph after an empty line.`;
  answers[c].note = 'The board reviewed this at its development session. '.repeat(40).slice(0, 2000);
  answers[d].note = '=HYPERLINK("http://example.invalid/","Click")';
  answers[e].note = 'Board agreed ✅ — café naïve Zoë £1.2m ½ "smart quotes"';
  const culture = prompts.filter((p) => p.elementId === 'organisational-culture').map((p) => p.id);
  answers[culture[0]] = { status: 'in-progress', note: '', action: { what: 'Agree a visible route to the board for every clinical profession', owner: 'Director of Workforce and Organisational Development, reporting to the Chief Executive', due: '2026-11-01', priority: 'high' } };
  answers[b].action = { what: 'Publish the leadership development offer on the intranet', owner: 'Head of Leadership Development', due: '2027-03-31', priority: 'medium' };
  answers[e].action = { what: 'Report progress to the People Committee', owner: 'Chief People Officer', due: '2027-06-30', priority: 'low' };
  const baseline = { takenAt: '2026-09-15', answers: Object.fromEntries(prompts.slice(0, 8).map((p, i) => [p.id, { status: i % 2 ? 'in-progress' : 'completed' }])) };
  const paper = {
    meeting: 'Trust Board (public session)',
    'meeting-date': '14 January 2027',
    'agenda-item': 'Item 12, paper 07',
    author: 'Head of Leadership Development',
    'executive-lead': 'Chief People Officer',
    purpose: 'For assurance',
    summary: 'This paper reports the board\'s self-assessment against the five elements of the clinical leadership framework.\n\nMost progress is in building confidence; the largest gaps are in organisational culture, where one action is overdue.',
    recommendation: 'The board is asked to note the self-assessment and approve the action plan.',
    'strategic-objectives': 'Our people: develop leaders from every clinical profession.',
    'assurance-framework': 'BAF risk 3.1 (workforce capability).',
    'assurance-level': 'Reasonable',
    'equality-impact': 'The action plan widens routes to leadership for allied health professionals.',
    'quality-impact': 'No direct impact on patient safety.',
  };
  const storageKey = 'board-2026';
  const member = (name, shift) => ({
    name,
    text: JSON.stringify({
      format: 'clinical-leadership-elements/framework-checklist', schema: 2, storageKey, organisation: null, updatedAt: '2026-12-01T10:00:00.000Z',
      answers: Object.fromEntries(prompts.map((p, i) => [p.id, { status: STATUS_CYCLE[(i + (i % 3 === 0 ? shift : 0)) % STATUS_CYCLE.length], note: '' }])),
    }),
  });
  return {
    storageKey,
    storageKeyFull: `clinical-leadership-elements:checklist:${storageKey}`,
    heading: 'Clinical leadership self-assessment, December 2026',
    organisation: 'Anytown & District NHS Foundation Trust',
    record: { schema: 2, updatedAt: '2026-12-06T16:30:00.000Z', answers, baseline, paper },
    members: [member('chair.json', 0), member('medical-director.json', 1), member('chief-nurse.json', 2)],
    elementTitles: elements.map((el) => el.title),
  };
}

/** Decodes a PDF text string: literal `(…)` with escapes, or hex `<FEFF…>` (UTF-16BE). */
function pdfString(raw) {
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s/g, '');
    const bytes = Buffer.from(hex, 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  const body = raw.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e) =>
    ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' })[e] ?? String.fromCharCode(parseInt(e, 8)));
  const bytes = Buffer.from(body, 'latin1');
  return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : body;
}

/** The PDF's outline (bookmarks): title, depth and page (1-based), read from its objects. LibreOffice writes no object streams. */
export function pdfOutline(file) {
  const pdf = readFileSync(file).toString('latin1');
  const objects = new Map();
  for (const m of pdf.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(Number(m[1]), m[2]);
  // Pages in order: walk the page tree from the catalogue's /Pages.
  const ref = (body, key) => Number(new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(body)?.[1]);
  const catalogue = [...objects.values()].find((b) => /\/Type\s*\/Catalog/.test(b));
  const pages = [];
  const walk = (n) => {
    const body = objects.get(n) ?? '';
    if (/\/Type\s*\/Page\b/.test(body)) return void pages.push(n);
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
    for (const k of kids.matchAll(/(\d+) 0 R/g)) walk(Number(k[1]));
  };
  walk(ref(catalogue, 'Pages'));
  const items = [];
  const visit = (n, depth) => {
    for (let guard = 0; n && guard < 1000; guard++) {
      const body = objects.get(n) ?? '';
      const title = /\/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/.exec(body)?.[1];
      const dest = /\/Dest\s*\[\s*(\d+) 0 R\s*\/XYZ\s+[-\d.]+\s+([-\d.]+)/.exec(body);
      items.push({ title: title ? pdfString(title) : '', depth, page: dest ? pages.indexOf(Number(dest[1])) + 1 : 0, top: dest ? Number(dest[2]) : NaN });
      const first = ref(body, 'First');
      if (first) visit(first, depth + 1);
      n = ref(body, 'Next');
    }
  };
  const outlines = ref(catalogue, 'Outlines');
  if (outlines) visit(ref(objects.get(outlines) ?? '', 'First'), 0);
  return { pages: pages.length, items };
}

/** Each page's lines with their vertical position (pdftotext -bbox-layout). */
export function pdfLines(file) {
  const html = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
  const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => ({
    height: Number(p[2]),
    lines: [...p[3].matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((l) => ({
      yMin: Number(l[1]), yMax: Number(l[2]), text: decode([...l[3].matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ')),
    })),
  }));
}

const COVER_HEADINGS = ['Cover sheet', 'Executive summary', 'Recommendation', 'Strategic objectives', 'Board assurance framework',
  'Equality and health inequalities impact', 'Quality and patient safety impact'];
const MAIN_HEADINGS = ['Progress', 'Change since the baseline', "Members' answers compared", 'Summary', 'Action plan', 'About the prompts'];

/** Every check on the converted PDF: problems (empty when it passes) and a summary to print. */
export function checkPdf(file, fx) {
  const problems = [];
  const info = execFileSync('pdfinfo', [file]).toString('utf8');
  const pageCount = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const { items } = pdfOutline(file);
  const pages = pdfLines(file);
  const titles = items.map((i) => i.title);
  if (!(pageCount >= 4 && pageCount <= 30)) problems.push(`${pageCount} pages: expected between 4 and 30`);
  if (pages.length !== pageCount) problems.push(`pdftotext read ${pages.length} pages, pdfinfo says ${pageCount}`);
  for (const h of [...COVER_HEADINGS, ...MAIN_HEADINGS, ...fx.elementTitles]) {
    if (!titles.includes(h)) problems.push(`heading "${h}" is not in the PDF's outline (bookmarks)`);
  }
  for (const t of fx.elementTitles) {
    if (titles.filter((x) => x === t).length < 2) problems.push(`element "${t}" should be in the outline twice (members compared, and summary)`);
  }
  // Tagged: headings are H1/H2 and table header cells TH in the structure tree (not /P).
  const raw = readFileSync(file).toString('latin1');
  const roles = new Set([...raw.matchAll(/\/S\s*\/([A-Za-z0-9#]+)/g)].map((m) => m[1]));
  for (const role of ['H1', 'H2', 'TH', 'Table']) if (!roles.has(role)) problems.push(`the tagged PDF has no ${role} element`);
  // The cover sheet fills page 1; the self-assessment starts on a new page.
  const pageOf = (title) => items.find((i) => i.title === title)?.page;
  if (pageOf('Cover sheet') !== 1) problems.push(`the cover sheet starts on page ${pageOf('Cover sheet')}, not page 1`);
  if (!(pageOf('Progress') > 1)) problems.push('"Progress" should start after the cover sheet, on a new page');
  const page1 = pages[0]?.lines.map((l) => l.text).join('\n') ?? '';
  for (const text of ['Trust Board (public session)', 'Item 12, paper 07', 'For assurance', 'The board is asked to note']) {
    if (!page1.includes(text)) problems.push(`page 1 does not show "${text}"`);
  }
  // Footers: "Page x of y" on every page, with the title.
  pages.forEach((p, i) => {
    const text = p.lines.map((l) => l.text).join('\n');
    if (!new RegExp(`· Page ${i + 1} of ${pageCount}$`, 'm').test(text)) problems.push(`page ${i + 1} has no "Page ${i + 1} of ${pageCount}" in its footer`);
    if (!text.includes(fx.heading.split(',')[0])) problems.push(`page ${i + 1}'s footer has no title`);
  });
  // Columns wide enough for their words: the owner's longest word is not broken (pdftotext joins a cell's lines with spaces here).
  const words = pages.flatMap((p) => p.lines.map((l) => l.text)).join(' ');
  for (const phrase of ['Organisational Development', '(Organisational culture)', 'Not applicable', 'Priority']) {
    if (!words.includes(phrase)) problems.push(`"${phrase}" is broken inside a word (a column too narrow for it)`);
  }
  // No heading stranded at the foot of a page: when its section runs on overleaf, at least three
  // lines of it (the line under the heading and the first table rows) are on the heading's page.
  const headingTitles = new Set(titles);
  const isFooter = (text) => /· Page \d+ of \d+$/.test(text) || text.startsWith(fx.heading.split(',')[0]);
  let stranded = 0;
  for (const item of items) {
    const page = pages[item.page - 1];
    if (!page) {
      problems.push(`outline entry "${item.title}" points at no page`);
      continue;
    }
    // The heading's line: the one with its text nearest the bookmark's top (PDF y counts up from the foot).
    const y = page.height - item.top;
    const line = page.lines.filter((l) => l.text === item.title).sort((a, b) => Math.abs(a.yMin - y) - Math.abs(b.yMin - y))[0];
    if (!line) {
      problems.push(`"${item.title}" is not on page ${item.page} as a line of its own`);
      continue;
    }
    const below = page.lines.filter((l) => l.yMin > line.yMax && !isFooter(l.text)).sort((a, b) => a.yMin - b.yMin);
    const nextHeading = below.findIndex((l) => headingTitles.has(l.text));
    if (nextHeading >= 0) continue; // the section ends on this page
    const next = pages[item.page]?.lines.filter((l) => !isFooter(l.text)).sort((a, b) => a.yMin - b.yMin)[0];
    const runsOn = next && !headingTitles.has(next.text);
    if (below.length === 0 || (runsOn && below.length < 3)) {
      stranded += 1;
      problems.push(`"${item.title}" is stranded at the foot of page ${item.page} (${below.length} line(s) of its section there, the rest overleaf)`);
    }
  }
  const summary = [
    `${pageCount} pages; ${items.length} headings in the outline (${items.filter((i) => i.depth === 0).length} at the top level)`,
    `outline: ${items.map((i) => `${'  '.repeat(i.depth)}${i.title} (p. ${i.page})`).join('; ')}`,
    `headings last on a page: ${stranded}; tagged structure: ${[...roles].sort().join(', ')}`,
  ];
  return { problems, summary };
}
