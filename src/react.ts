/**
 * React wrappers (for SharePoint SPFx web parts and other React hosts), built with @lit/react:
 * typed props for every property and `onCl…` props for every event. Importing this registers the
 * elements. React 17 (what SPFx ships), 18 and 19 are supported; 17.0.1 and 19 are tested;
 * React is an optional peer dependency.
 *
 *   import { CaseStudyCard } from 'clinical-leadership-elements/react';
 *   <CaseStudyCard caseId="rachel-mckeown" onClSelect={(e) => open(e.detail.id)} />
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  BarrierExplorer as BarrierExplorerElement,
  BoardProfile as BoardProfileElement,
  CaseStudyCard as CaseStudyCardElement,
  CaseStudyGallery as CaseStudyGalleryElement,
  ClinicalLeadershipData as ClinicalLeadershipDataElement,
  FrameworkChecklist as FrameworkChecklistElement,
} from './index.js';
import type { DataErrorDetail, DataLoadDetail } from './clinical-leadership-data/clinical-leadership-data.js';
import type { ChecklistChangeDetail } from './framework-checklist/framework-checklist.js';
import type { GalleryFilterChangeDetail } from './case-study-gallery/case-study-gallery.js';
import type { FilterChangeDetail } from './barrier-explorer/barrier-explorer.js';
import type { SelectDetail } from './internal/select-event.js';
import type { BoardProfileChangeDetail } from './board-profile/board-profile.js';

type Evt<T> = EventName<CustomEvent<T>>;

export const ClinicalLeadershipData = createComponent({
  tagName: 'clinical-leadership-data',
  elementClass: ClinicalLeadershipDataElement,
  react: React,
  events: { onClDataLoad: 'cl-data-load' as Evt<DataLoadDetail>, onClDataError: 'cl-data-error' as Evt<DataErrorDetail> },
});

export const CaseStudyCard = createComponent({
  tagName: 'case-study-card',
  elementClass: CaseStudyCardElement,
  react: React,
  events: { onClSelect: 'cl-select' as Evt<SelectDetail> },
});

export const CaseStudyGallery = createComponent({
  tagName: 'case-study-gallery',
  elementClass: CaseStudyGalleryElement,
  react: React,
  events: { onClFilterChange: 'cl-filter-change' as Evt<GalleryFilterChangeDetail>, onClSelect: 'cl-select' as Evt<SelectDetail> },
});

export const FrameworkChecklist = createComponent({
  tagName: 'framework-checklist',
  elementClass: FrameworkChecklistElement,
  react: React,
  events: { onClChange: 'cl-change' as Evt<ChecklistChangeDetail> },
});

export const BarrierExplorer = createComponent({
  tagName: 'barrier-explorer',
  elementClass: BarrierExplorerElement,
  react: React,
  events: { onClFilterChange: 'cl-filter-change' as Evt<FilterChangeDetail>, onClSelect: 'cl-select' as Evt<SelectDetail> },
});

export const BoardProfile = createComponent({
  tagName: 'board-profile',
  elementClass: BoardProfileElement,
  react: React,
  events: { onClChange: 'cl-change' as Evt<BoardProfileChangeDetail>, onClSelect: 'cl-select' as Evt<SelectDetail> },
});
