// Puts the panel's host back at the end of <body> when the page takes it out: a framework that
// re-renders <body> or swaps it for a new one, or a script that removes or moves it. Runs in the
// content script only while a panel is shown. It watches the direct children of the document,
// <html> and <body> (never a subtree), and gives up after `limit` returns so that a page set on
// removing the panel cannot draw us into an endless fight.

export function keepAttached(host: Element, limit: number): () => void {
  let returns = 0;
  const observer = new MutationObserver(() => {
    const body = document.body;
    if (!body || host.parentNode === body) return;
    if (returns === limit) return observer.disconnect();
    returns++;
    body.append(host);
    watch();
  });
  const watch = () => {
    observer.disconnect();
    for (const node of [document, document.documentElement, document.body]) if (node) observer.observe(node, { childList: true });
  };
  watch();
  return () => observer.disconnect();
}
