// Mounts the in-page panel in a closed shadow root and removes it when the page is left.
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageMatch } from '../../utils/platforms/types';

export interface PanelController {
  show(match: PageMatch): void;
  hide(): void;
}

export function createPanelController(ctx: ContentScriptContext): PanelController {
  let ui: ShadowRootContentScriptUi<void> | undefined;
  let generation = 0;
  return {
    show(match) {
      const mine = ++generation;
      ui?.remove();
      ui = undefined;
      void createShadowRootUi<void>(ctx, {
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
      }).then((created) => {
        if (mine !== generation) return;
        ui = created;
        created.mount();
      });
    },
    hide() {
      generation++;
      ui?.remove();
      ui = undefined;
    },
  };
}
