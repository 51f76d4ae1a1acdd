/**
 * Evidence per answer (issue 31): links (a label and an https:// or relative address) and a short
 * note, kept with the answer, refused when the address is anything else, and shown in the Summary,
 * the print summary, the CSV and the Word paper.
 */
import { expect } from '@open-wc/testing';
import { strFromU8, unzipSync } from 'fflate';
import { shadow, until } from '../helpers.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import { boardPaperInputFrom } from '../../src/framework-checklist/paper/board-paper.js';
import { boardPaperBlob } from '../../src/framework-checklist/paper/paper-download.js';
import { readAnswers } from '../../src/framework-checklist/model/answers.js';
import { isEvidenceHref, MAX_EVIDENCE_LABEL, MAX_EVIDENCE_NOTE } from '../../src/framework-checklist/model/evidence.js';
import { newKey, saved, seed, mount, $, $$, settle, liveRegion, useChecklistHooks } from './shared.js';

useChecklistHooks();

async function openEvidence(el: FrameworkChecklist, id: string): Promise<HTMLElement> {
  const details = $<HTMLDetailsElement>(el, `details[data-prompt-id="e:${id}"]`);
  details.open = true;
  await until(() => !!shadow(el).querySelector(`#p-${id}-evidence-label`), 'evidence fields');
  await settle(el);
  return details;
}

async function addLink(el: FrameworkChecklist, id: string, label: string, href: string): Promise<void> {
  $<HTMLInputElement>(el, `#p-${id}-evidence-label`).value = label;
  $<HTMLInputElement>(el, `#p-${id}-evidence-href`).value = href;
  $(el, `details[data-prompt-id="e:${id}"] [data-command="add-evidence"]`).click();
  await el.updateComplete;
  await settle(el);
}

const TWO = [
  { label: 'Board minutes, May 2026', href: 'https://intranet.example.nhs.uk/board/minutes-2026-05.pdf' },
  { label: 'People committee paper', href: '/papers/people-committee-2026-04.pdf' },
];

describe('<framework-checklist> evidence per answer', () => {
  it('keeps two evidence links and a note with an answer, refuses other addresses with a message, and is accessible', async () => {
    const key = newKey();
    const el = await mount(key);
    await openEvidence(el, 'mentors');
    await expect(el).to.be.accessible();
    await addLink(el, 'mentors', 'Bad link', 'javascript:alert(1)');
    expect($(el, '#p-mentors-evidence-href-error').textContent).to.contain('must start with https://');
    expect($(el, '#p-mentors-evidence-href').getAttribute('aria-invalid')).to.equal('true');
    expect(liveRegion(el)).to.match(/^Error: The address must start with https:\/\//);
    await addLink(el, 'mentors', 'Plain web', 'http://example.org/x');
    expect($(el, '#p-mentors-evidence-href-error').textContent).to.contain('https://');
    expect(saved(key)).to.equal(null);
    for (const link of TWO) await addLink(el, 'mentors', link.label, link.href);
    expect(shadow(el).querySelector('#p-mentors-evidence-href-error')).to.equal(null);
    const note = $<HTMLTextAreaElement>(el, '#p-mentors-evidence-note');
    expect(note.maxLength).to.equal(MAX_EVIDENCE_NOTE);
    expect($<HTMLInputElement>(el, '#p-mentors-evidence-label').maxLength).to.equal(MAX_EVIDENCE_LABEL);
    note.value = 'Minutes record the scheme agreed.';
    note.dispatchEvent(new Event('input'));
    await settle(el);
    expect(saved(key).answers.mentors.evidence).to.deep.equal({ links: TWO, note: 'Minutes record the scheme agreed.' });
    // Links are links (bound through safeHref), one per address.
    const links = $$<HTMLAnchorElement>(el, '.evidence-links a');
    expect(links.map((a) => a.textContent)).to.deep.equal(TWO.map((l) => l.label));
    expect(links[1].href).to.equal(new URL('/papers/people-committee-2026-04.pdf', document.baseURI).href);
    expect($(el, `details[data-prompt-id="e:mentors"] summary`).textContent!.trim()).to.equal('Evidence');
    await expect(el).to.be.accessible();
  });

  it('reads evidence back from storage, and shows it in the Summary, the print summary and the CSV', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'completed', note: 'Scheme running', evidence: { links: TWO, note: 'See both papers.' } } });
    const el = await mount(key);
    expect(el.answers.mentors.evidence).to.deep.equal({ links: TWO, note: 'See both papers.' });
    el.view = 'summary';
    await until(() => !!shadow(el).querySelector('.summary-view'), 'summary');
    await settle(el);
    const summary = $(el, '.summary-view .evidence');
    expect([...summary.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(TWO.map((l) => l.label));
    expect(summary.textContent).to.contain('See both papers.');
    await expect(el).to.be.accessible();
    const printed = $(el, '.summary .summary-evidence');
    expect(printed.textContent).to.contain('Board minutes, May 2026').and.contain('(/papers/people-committee-2026-04.pdf)');
    const csv = el.exportCsv();
    expect(csv.split('\r\n')[0]).to.equal('Element,Prompt,Status,Note,Action,Action owner,Action due,Action priority,Prompt ID,Evidence links,Evidence note');
    expect(csv).to.contain(`"${TWO[0].label} <${TWO[0].href}>\n${TWO[1].label} <${TWO[1].href}>",See both papers.`);
  });

  it('writes the evidence into the Word paper (word/document.xml)', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'completed', note: '', evidence: { links: TWO, note: 'See both papers.' } } });
    const el = await mount(key);
    const answers = readAnswers(el.answers).answers;
    const blob = await boardPaperBlob(boardPaperInputFrom(el.groups, answers, { date: new Date(2026, 5, 1) }));
    const xml = strFromU8(unzipSync(new Uint8Array(await blob.arrayBuffer()))['word/document.xml']);
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<w:br\/>/g, '\n').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(text).to.contain(`Evidence:\n${TWO[0].label} <${TWO[0].href}>\n${TWO[1].label} <${TWO[1].href}>\nSee both papers.`);
  });

  it('cuts a label or note set past its ceiling by script, so what is saved can be read back', async () => {
    const key = newKey();
    const el = await mount(key);
    await openEvidence(el, 'mentors');
    await addLink(el, 'mentors', 'L'.repeat(MAX_EVIDENCE_LABEL + 50), '/papers/a.pdf');
    const note = $<HTMLTextAreaElement>(el, '#p-mentors-evidence-note');
    note.value = 'n'.repeat(MAX_EVIDENCE_NOTE + 10);
    note.dispatchEvent(new Event('input'));
    await settle(el);
    const stored = saved(key).answers.mentors.evidence;
    expect(stored.links[0].label).to.have.length(MAX_EVIDENCE_LABEL);
    expect(stored.note).to.have.length(MAX_EVIDENCE_NOTE);
    expect(readAnswers(saved(key).answers).errors).to.deep.equal([]);
  });

  it('reads evidence with the ceilings the fields allow, and refuses a record whose evidence breaks them', () => {
    const longest = { links: [{ label: 'x'.repeat(MAX_EVIDENCE_LABEL), href: '/a' }], note: 'n'.repeat(MAX_EVIDENCE_NOTE) };
    expect(readAnswers({ a: { status: 'completed', note: '', evidence: longest } }).answers.get('a')!.evidence).to.deep.equal(longest);
    const over = { ...longest, note: 'n'.repeat(MAX_EVIDENCE_NOTE + 1) };
    expect(readAnswers({ a: { status: 'completed', note: '', evidence: over } }).errors[0]).to.match(/^answer "a": evidence is not valid/);
    const js = { links: [{ label: 'x', href: 'javascript:alert(1)' }], note: '' };
    expect(readAnswers({ a: { status: 'completed', note: '', evidence: js } }).errors[0]).to.contain('evidence is not valid');
    for (const ok of ['https://x', 'HTTPS://example.org/a', 'https://example.org/a', '/papers/a.pdf', 'papers/a.pdf', '../a.pdf']) expect(isEvidenceHref(ok), ok).to.equal(true);
    for (const bad of ['http://example.org', 'javascript:alert(1)', 'java\tscript:x', '//evil.example', '\\\\evil.example', 'data:text/html,x', 'mailto:a@b', 'https:///x', 'https://', 'https:// x', '/a b', '']) {
      expect(isEvidenceHref(bad), bad).to.equal(false);
    }
  });
});
