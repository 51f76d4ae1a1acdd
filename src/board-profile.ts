/** Registers `<board-profile>` only. */
export * from './board-profile/define.js';
