import { css } from 'lit';

export const styles = css`
  [part='error'] {
    margin-bottom: var(--cl-space-3);
  }
`;
