/** Registers `<framework-checklist>` only. */
export * from './framework-checklist/define.js';
