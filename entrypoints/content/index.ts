// Runs on the supported platforms' pages (and only there: see contentScriptMatches). It decides,
// at load and on every in-page navigation, whether this is a settings page, and shows or removes
// the panel. It stores nothing: anything kept goes through typed messages to the background.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage } from '../../utils/detect';
import { contentScriptMatches } from '../../utils/platforms';
import type { PageMatch } from '../../utils/platforms/types';

export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  main(ctx) {
    let ui: ShadowRootContentScriptUi<void> | undefined;
    let shownKey: string | undefined;

    const show = async (match: PageMatch) => {
      const key = `${match.platform}/${match.pageId}`;
      if (key === shownKey) return;
      hide();
      shownKey = key;
      ui = await createPanel(ctx, match);
      if (shownKey === key) ui.mount();
    };
    const hide = () => {
      shownKey = undefined;
      ui?.remove();
      ui = undefined;
    };
    const decide = () => {
      const match = detectPage(location.href, document);
      if (match) void show(match);
      else hide();
    };

    decide();
    ctx.addEventListener(window, 'wxt:locationchange', decide);
  },
});

function createPanel(ctx: ContentScriptContext, match: PageMatch) {
  return createShadowRootUi<void>(ctx, {
    name: 'vigie-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'closed',
    isolateEvents: true,
    onMount(container) {
      const heading = document.createElement('p');
      heading.textContent = `Vigie: ${match.platform} ${match.context}`;
      container.append(heading);
    },
  });
}
