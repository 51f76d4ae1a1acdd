define([], function() {
  return {
    "PropertyPaneDescription": "Show one widget from 'Clinical leadership - a framework for action' (NHS Improvement, 2019).",
    "WidgetGroupName": "Widget",
    "WidgetLabel": "Widget",
    "CaseIdLabel": "Case study",
    "CaseIdDescription": "The case study's id, e.g. rachel-mckeown.",
    "VariantLabel": "Card layout",
    "VariantCompact": "Compact",
    "VariantFull": "Full",
    "HeadingLabel": "Heading",
    "HeadingLevelLabel": "Heading level",
    "PageSizeLabel": "Items per page (1-200)",
    "StorageKeyLabel": "Storage key",
    "StorageKeyDescription": "The name the answers are kept under (in this browser or in the site's list); use a different key for each board or team.",
    "OrganisationLabel": "Organisation",
    "FoundationTrustLabel": "NHS foundation trust (adds the statutory board seats check)",
    "StoreInLabel": "Keep answers in",
    "StoreInBrowser": "this browser",
    "StoreInList": "a list on this site",
    "ListScopeLabel": "Answers on this page",
    "ListScopeMember": "each member's own answers",
    "ListScopeBoard": "the board's agreed record (the secretary compares members' answers here)",
    "DataUrlLabel": "Data-set file (optional)",
    "DataUrlDescription": "A JSON file in this site that follows the published schema, e.g. /sites/intranet/Shared Documents/leadership-data.json. Leave empty to use the bundled NHS Improvement data."
  }
});
