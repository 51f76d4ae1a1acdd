/** @jsxImportSource preact */
// Must type-check: our tags in Preact TSX with the generated types.
import type {} from 'clinical-leadership-elements/types/preact-jsx';

export const Page = () => (
  <div>
    <case-study-card case-id="rachel-mckeown" variant="compact" heading-level={4} oncl-select={(e) => console.log(e.detail.kind)} />
    <barrier-explorer view="barriers" page-size={0} />
  </div>
);
// @ts-expect-error a wrong attribute value is an error
export const Wrong = () => <case-study-card variant="wide" />;
