/** Registers `<clinical-leadership-data>` only. */
export * from './clinical-leadership-data/define.js';
