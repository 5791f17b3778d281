// The catalogue editor (services' info packages, forms, workflows, units), shared by the
// office admin's screen (counter) and the central desk's page (central/web).
export { CatalogueEditor, type CatalogueEditorProps } from './CatalogueEditor';
export { EditorEnvProvider, editorEnv } from './context';
export { IssueList, VersionHistory, type VersionRow } from './Versions';
export { catalogueText, type CatalogueText } from './messages';
