// The npm aliases react-17 and react-dom-17 (react@17.0.1, react-dom@17.0.1), served to the browser
// by tests/server/react-plugin.mjs. React 17's element API is typed with @types/react (19) here: the
// tests use only what both versions share; ReactDOM 17's legacy root API is declared by hand.
declare module 'react-17' {
  import React = require('react');
  export = React;
}
declare module 'react-dom-17' {
  import type { ReactElement } from 'react';
  export function render(element: ReactElement, container: Element, callback?: () => void): void;
  export function unmountComponentAtNode(container: Element): boolean;
  export function flushSync<R>(fn: () => R): R;
  export const version: string;
}
