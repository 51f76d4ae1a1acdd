/** @jsxImportSource solid-js */
// Must type-check: our tags in Solid TSX with the generated types.
import type {} from 'clinical-leadership-elements/types/solid-jsx';

export const Page = () => (
  <div>
    <case-study-card case-id="rachel-mckeown" variant="full" on:cl-select={(e) => console.log(e.detail.id)} />
    <case-study-gallery heading="Leaders" page-size={6} />
  </div>
);
// @ts-expect-error a wrong attribute value is an error
export const Wrong = () => <case-study-card variant="wide" />;
