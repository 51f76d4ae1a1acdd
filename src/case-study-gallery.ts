/** Registers `<case-study-gallery>` (and the `<case-study-card>` it shows). */
export * from './case-study-gallery/define.js';
