// The shortcut into the panel (manifest `commands`, wxt.config.ts): passed on to the content
// script of the tab it was pressed in. On a tab without a panel nobody answers, and that is fine.
import { browser } from 'wxt/browser';
import { FOCUS_PANEL_COMMAND, FOCUS_PANEL_MESSAGE } from '../../utils/guide/framed-page';

export function registerFocusPanelCommand(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== FOCUS_PANEL_COMMAND || tab?.id === undefined) return;
    browser.tabs.sendMessage(tab.id, { type: FOCUS_PANEL_MESSAGE }, { frameId: 0 }).catch(() => undefined);
  });
}
