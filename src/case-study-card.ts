/** Registers `<case-study-card>` only. */
export * from './case-study-card/define.js';
