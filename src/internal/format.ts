/**
 * Small words shared by every widget: the AHP discipline id and readable text for an id that did
 * not resolve. (Dates: date.ts; links: url.ts and link-template.ts; citations: citation.ts; a bad value in a message:
 * describe.ts.)
 */

/** The discipline id of allied health professionals in the data model. */
export const AHP = 'ahp';

/** "clinical-psychologist" → "Clinical psychologist": a readable stand-in for an id that did not resolve. */
export function humanise(id: string): string {
  const text = id.replace(/[-_]+/g, ' ').trim();
  return text ? text[0].toLocaleUpperCase('en-GB') + text.slice(1) : id;
}
