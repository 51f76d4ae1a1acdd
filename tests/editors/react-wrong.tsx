// Must NOT type-check: `variant` takes 'compact' | 'full' only (scripts/test-editor-types.mjs asserts the error).
import type {} from 'clinical-leadership-elements/types/react-jsx';

export const Wrong = () => <case-study-card case-id="rachel-mckeown" variant="wide" />;
