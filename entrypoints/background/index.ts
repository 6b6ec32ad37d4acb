// The only place that writes: it owns the extension's IndexedDB and answers typed messages from
// the popup, the passport page and the content script, after checking who sent them.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../../utils/messaging';
import { routes } from './routes';
import { registerReviewReminders } from '../../utils/passport/review-reminders';
import { registerBackupReminder } from '../../utils/passport/backup-reminder';
import { registerSettingsReviewReminders } from '../../utils/passport/settings-review-reminders';
import { checklistVersionOf } from '../../utils/guide/checklist-version';
import { registerToolbarPopup } from '../../utils/help/toolbar-popup-startup';
import { registerFocusPanelCommand } from './focus-panel-command';

export default defineBackground({
  type: 'module',
  main() {
    const route = createRouter(routes, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });
    browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
    registerReviewReminders();
    registerBackupReminder();
    registerSettingsReviewReminders(checklistVersionOf);
    registerToolbarPopup();
    registerFocusPanelCommand();
  },
});
