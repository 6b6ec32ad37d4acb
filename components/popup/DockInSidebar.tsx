// "Dock in the side panel" from the toolbar popup, for Firefox (issue 15, point 4). Firefox gives
// the panel's frame inside a web page no sidebarAction, so the panel offers no Dock button there
// (entrypoints/panel-frame/dock.ts); the popup is a top-level extension page, opened by the
// person's own click, and has it. Shown on a page of a platform Vigie guides; Vigie's sidebar page,
// once open, docks the checklist itself (entrypoints/sidepanel/). Chromium's panel has its own
// button, so the popup shows none there.
import { browser } from 'wxt/browser';
import { usePopupEnv } from './context';

type SidebarAction = { open(): Promise<void> };

export function DockInSidebar({ onPlatform }: { onPlatform: boolean }) {
  const { t } = usePopupEnv();
  const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  if (!sidebar || !onPlatform) return null;
  // Called in the click's own handler: Firefox opens a sidebar only while handling the person's input.
  const dock = () => void sidebar.open().then(() => window.close(), () => undefined);
  return (
    <p class="dock">
      <button type="button" class="link-button" onClick={dock}>
        {t('panelPlace.dock')}
      </button>
    </p>
  );
}
