// The toolbar opens a page prerendered for one country (utils/help/popup-pages.ts), whose country
// menu works before this script has run. A person who picked another country there, in the
// moment before the script took over, made a choice: the script starts from it (and remembers it)
// instead of drawing the prerendered country over it.
import { isDirectoryId, type DirectoryId } from '../../utils/help/helplines';

/** The country picked in the prerendered menu, if it is not the one the page was prerendered for. */
export function countryPickedBeforeScript(doc: Document, prerenderedFor: string | undefined): DirectoryId | undefined {
  const picked = doc.querySelector<HTMLSelectElement>('select#country')?.value;
  return prerenderedFor !== undefined && isDirectoryId(picked) && picked !== prerenderedFor ? picked : undefined;
}
