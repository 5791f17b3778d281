// What every part of the catalogue editor needs to know: the language, whether the
// catalogue follows a central one (then only LOCAL_PATHS may change), read-only, the
// units to choose from, and the problems found at each path.
import { createContext, useContext } from 'react';
import { isLocalPath, type CatalogueIssue, type Lang, type Unit } from '@desk/common';
import { catalogueText, type CatalogueText } from './messages';

export interface EditorEnv {
  lang: Lang;
  t: CatalogueText;
  /** The catalogue follows the agency's central one. */
  central: boolean;
  readOnly: boolean;
  units: Unit[];
  /** The queue's departments, for a unit's department. */
  departments: { id: string; name: string }[];
  /** The first problem at each path (without the service and place: it stands beside the field). */
  issues: Map<string, string>;
}

export function editorEnv(options: {
  lang: Lang;
  central: boolean;
  readOnly: boolean;
  units: Unit[];
  departments?: { id: string; name: string }[];
  issues: CatalogueIssue[];
}): EditorEnv {
  const issues = new Map<string, string>();
  for (const i of options.issues) if (!issues.has(i.path)) issues.set(i.path, options.lang === 'en' ? i.detailEn : i.detail);
  return { ...options, t: catalogueText(options.lang), departments: options.departments ?? [], issues };
}

const Env = createContext<EditorEnv | null>(null);
export const EditorEnvProvider = Env.Provider;

export function useEditor(): EditorEnv & { locked(path: string): boolean; fromCentral(path: string): boolean } {
  const env = useContext(Env);
  if (!env) throw new Error('catalogue editor outside EditorEnvProvider');
  const fromCentral = (path: string) => env.central && !isLocalPath(path);
  return { ...env, fromCentral, locked: (path) => env.readOnly || fromCentral(path) };
}
