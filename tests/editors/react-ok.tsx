// Must type-check: our tags in React 19 TSX with the generated types.
import type {} from 'clinical-leadership-elements/types/react-jsx';
import { dataset } from 'clinical-leadership-elements/data';

export const Page = () => (
  <main>
    <case-study-card case-id="rachel-mckeown" variant="full" heading-level={3} barrier-href="/barriers#{id}" oncl-select={(e) => console.log(e.detail.id)} />
    <case-study-card caseStudy={dataset.caseStudies[0]} open className="card" />
    <case-study-gallery heading="Leaders" disciplines="ahp,nurse" ahp-only page-size={12} card-variant="compact" oncl-filter-change={(e) => console.log(e.detail)} />
    <barrier-explorer view="elements" levels="system" sync-url="explorer" />
    <framework-checklist storage-key="team-a" organisation="Example trust" heading-level={2} />
    <clinical-leadership-data src="/data.json" timeout={3000} oncl-data-error={(e) => console.log(e.detail.message)} />
  </main>
);
