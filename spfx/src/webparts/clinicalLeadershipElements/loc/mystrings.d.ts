declare interface IClinicalLeadershipElementsWebPartStrings {
  PropertyPaneDescription: string;
  WidgetGroupName: string;
  WidgetLabel: string;
  CaseIdLabel: string;
  CaseIdDescription: string;
  VariantLabel: string;
  VariantCompact: string;
  VariantFull: string;
  HeadingLabel: string;
  HeadingLevelLabel: string;
  PageSizeLabel: string;
  StorageKeyLabel: string;
  StorageKeyDescription: string;
  OrganisationLabel: string;
  FoundationTrustLabel: string;
  StoreInLabel: string;
  StoreInBrowser: string;
  StoreInList: string;
  ListScopeLabel: string;
  ListScopeMember: string;
  ListScopeBoard: string;
  DataUrlLabel: string;
  DataUrlDescription: string;
}

declare module 'ClinicalLeadershipElementsWebPartStrings' {
  const strings: IClinicalLeadershipElementsWebPartStrings;
  export = strings;
}
