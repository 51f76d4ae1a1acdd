/**
 * The one source every invented story record cites. Stories show made-up records (a trust's own
 * barriers, prompts, case studies) and must never attribute them to NHS Improvement or to any real
 * document or person: the id resolves to no real source, and is shown as "Example data for this story".
 */
export const EXAMPLE_SOURCE_ID = 'example-data-for-this-story';
