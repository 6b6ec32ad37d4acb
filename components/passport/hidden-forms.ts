// While the passport page is hidden, its form fields hold nothing. The browser's session files
// keep the state of a page's form fields (for "reopen closed tab" and restoring a session), and
// they kept what was typed in clear, even a draft Vigie itself stored sealed while locked. The
// draft is kept by the form's own state (use-draft-form.ts), which this does not touch: only the
// fields the browser sees are emptied, and they are filled again when the page is shown.
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const KEPT_TYPES = new Set(['button', 'submit', 'reset', 'hidden', 'image', 'file']);

export function emptyFieldsWhileHidden(doc: Document): () => void {
  const stash = new Map<Field, { value: string; checked: boolean }>();

  const empty = () => {
    for (const field of doc.querySelectorAll<Field>('input, textarea, select')) {
      if (stash.has(field) || (field instanceof HTMLInputElement && KEPT_TYPES.has(field.type))) continue;
      const ticked = field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');
      stash.set(field, { value: field.value, checked: ticked && (field as HTMLInputElement).checked });
      if (ticked) (field as HTMLInputElement).checked = false;
      else if (field instanceof HTMLSelectElement) field.selectedIndex = -1;
      else field.value = '';
    }
  };

  const refill = () => {
    for (const [field, { value, checked }] of stash) {
      if (!field.isConnected) continue;
      if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) field.checked = checked;
      else field.value = value;
    }
    stash.clear();
  };

  const onVisibility = () => (doc.visibilityState === 'hidden' ? empty() : refill());
  const view = doc.defaultView;
  doc.addEventListener('visibilitychange', onVisibility);
  view?.addEventListener('pagehide', empty);
  view?.addEventListener('pageshow', refill);
  return () => {
    doc.removeEventListener('visibilitychange', onVisibility);
    view?.removeEventListener('pagehide', empty);
    view?.removeEventListener('pageshow', refill);
  };
}
