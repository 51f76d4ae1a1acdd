/** Registers `<system-board-profile>` only. */
export * from './system-board-profile/define.js';
