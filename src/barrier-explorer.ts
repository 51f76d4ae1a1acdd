/** Registers `<barrier-explorer>` only. */
export * from './barrier-explorer/define.js';
