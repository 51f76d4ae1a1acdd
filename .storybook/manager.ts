import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

addons.setConfig({
  theme: create({ base: 'light', brandTitle: 'clinical-leadership-elements', colorPrimary: '#005eb8', colorSecondary: '#005eb8' }),
});
