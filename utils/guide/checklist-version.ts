// The version a settings page's checklist has now, for the passport's settings-review reminders
// (utils/passport/settings-review-reminders.ts): a review made against another version is due
// again. Here, in the guide, because the passport does not import the guide; the background and
// the popup, which have both, pass it in.
import { rulePacks } from '../detection/platforms';
import { checklistFor } from './checklists';
import type { PlatformId } from '../taxonomy';

export function checklistVersionOf(platform: PlatformId, pageId: string): string | undefined {
  const rule = rulePacks.find((pack) => pack.id === platform)?.pages.find((page) => page.id === pageId);
  return rule && checklistFor({ platform, context: rule.context, pageId })?.version;
}
