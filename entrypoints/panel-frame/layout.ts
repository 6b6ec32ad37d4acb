// What the panel frame tells the content script around it (utils/guide/frame-layout.ts): open or
// folded and the pill's width, so the frame's box fits what is drawn; and, on Escape, that the
// focus goes back to the page. Posted to the web page's window, whose own scripts hear it too, so
// it says nothing the page could not measure. Also: when the frame itself gets the focus (the
// keyboard shortcut focuses it), the focus goes on to the panel's first control.
import type { FrameLayout } from '../../utils/guide/frame-layout';

/** Only an https page's origin, as the content script wrote it in the fragment. */
function pageOrigin(origin: string | null): string | undefined {
  if (!origin) return undefined;
  try {
    const parsed = new URL(origin);
    return parsed.protocol === 'https:' && parsed.origin === origin ? origin : undefined;
  } catch {
    return undefined;
  }
}

export function createLayoutReporter(origin: string | null) {
  const target = pageOrigin(origin);
  let last = '';
  const post = (layout: FrameLayout) => {
    if (target && window.parent !== window) window.parent.postMessage(layout, target);
  };
  const current = (release: boolean): FrameLayout => {
    const pill = document.querySelector('.opener');
    const pillWidth = pill ? Math.ceil(pill.getBoundingClientRect().width) : 160;
    return { vigie: 'layout', open: document.querySelector('.card') !== null, pillWidth, release };
  };

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && event.isTrusted) post(current(true));
  });
  window.addEventListener('focus', () => {
    if (document.activeElement === document.body) document.querySelector<HTMLElement>('button, input, a[href]')?.focus();
  });

  return {
    report() {
      const layout = current(false);
      const key = `${layout.open}/${layout.pillWidth}`;
      if (key === last) return;
      last = key;
      post(layout);
    },
  };
}
