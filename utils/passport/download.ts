// Hands a file to the browser's downloads from an extension page: a Blob, an object URL and an
// <a download> click. No `downloads` permission and no connection: the extension pages' CSP
// (connect-src 'none') does not cover navigating to a blob: URL of the page's own origin.
// Runs in the passport page only.

/** How long the object URL stays valid: Firefox reads it after the click returns, so not at once. */
const REVOKE_AFTER_MS = 60_000;

export function downloadText(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
