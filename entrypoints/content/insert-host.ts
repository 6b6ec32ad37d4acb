// Puts the panel's host in the page as early as the page allows, at its place for good: the end
// of <body>, so that a keyboard user meets the page's own controls first.
//
// The content script runs at document_start so that the panel's frame, an extension page with
// its own scripts to load, loads while the page is still being parsed rather than after it (the
// checklist is then painted sooner after DOMContentLoaded: tests/bench). Until the page is parsed
// its <body> is not complete, and whatever the parser adds would come after a host put there. So
// the host waits as a child of <html> and moves to the end of <body> at DOMContentLoaded with
// `moveBefore()`, which keeps the frame's document (an `append` would unload and reload it):
// "move an iframe without reloading its content" (web-features, move-before: Chrome 133,
// Firefox 144; read 2026-12-04). Where the browser has no `moveBefore`, the host is inserted
// only once the page is parsed, as before.

type Movable = Element & { moveBefore?(node: Node, child: Node | null): void };

const canMove = (parent: Element): parent is Movable & { moveBefore(node: Node, child: Node | null): void } =>
  typeof (parent as Movable).moveBefore === 'function';

/** Appends `host` to <body> now, or to <html> now and to <body> once parsed; `settled` runs once it is in <body>. */
export function insertHost(host: Element, signal: AbortSignal, settled: () => void): void {
  const root = document.documentElement;
  const toBody = () => {
    if (signal.aborted) return;
    const body = document.body ?? root;
    if (host.isConnected && host.parentNode !== body && canMove(body)) {
      try {
        body.moveBefore(host, null);
      } catch {
        // The page moved the host somewhere moveBefore refuses: a plain append (the frame reloads).
        body.append(host);
      }
    } else if (host.parentNode !== body) body.append(host);
    settled();
  };
  if (document.readyState !== 'loading') return toBody();
  if (root && canMove(root)) root.append(host);
  document.addEventListener('DOMContentLoaded', toBody, { once: true, signal });
}
