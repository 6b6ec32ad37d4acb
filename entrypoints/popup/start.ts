// The popup's first script. On a page prerendered at build time (utils/help/popup-pages.ts) the
// emergency numbers are already in the HTML, so the popup itself (main.tsx) starts only once that
// first screen is painted: Chromium shows an extension's popup when its document has loaded
// (ExtensionPopup shows the bubble on DocumentOnLoadCompletedInPrimaryMainFrame), Firefox when its
// content has loaded, and a script run before then delays that moment, or the popup's first frame
// (a frame later in the benchmark). On popup.html, which has nothing to show without it, the popup
// starts at once.
// The stylesheet belongs to this first script so that popup.html links it in its head (the
// prerendered pages carry it inline).
import '../../components/popup/popup.css';
import '../../components/popup/popup-services.css';

const start = () => import('./main');

const prerendered = document.documentElement.dataset.directory !== undefined;
if (!prerendered) {
  void start();
} else if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  new PerformanceObserver((_entries, observer) => {
    observer.disconnect();
    void start();
  }).observe({ type: 'paint', buffered: true });
} else if (document.readyState === 'complete') {
  void start();
} else {
  addEventListener('load', () => void start(), { once: true });
}
