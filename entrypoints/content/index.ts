// Runs on the supported platforms' pages (and only there: see contentScriptMatches). It shows the
// panel on settings pages and removes it elsewhere. It stores nothing: anything kept goes
// through typed messages to the background.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptMatches } from '../../utils/detection/platforms';
import { watchSettingsPage } from '../../utils/detection/page-watcher';
import { createPanelController } from './panel';
import { answerPageQueries } from './tab-query';
import { guardAgainstForgedRestarts } from './restart-guard';
import { focusPanelOnShortcut } from './focus-shortcut';

export default defineContentScript({
  matches: contentScriptMatches(),
  // As early as possible: the panel's frame then loads while the page is parsed (insert-host.ts).
  runAt: 'document_start',
  // WXT would also post "<extension id>:content:wxt:content-script-started" to the page with
  // window.postMessage (kept for its older versions only): it tells every page that Vigie is
  // installed, and under which id. See restart-guard.ts.
  noScriptStartedPostMessage: true,
  main(ctx) {
    guardAgainstForgedRestarts(ctx);
    const panel = createPanelController(ctx);
    watchSettingsPage(ctx, { onMatch: panel.show, onLeave: panel.hide });
    answerPageQueries(ctx);
    focusPanelOnShortcut(ctx, panel);
  },
});
