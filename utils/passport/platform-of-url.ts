// Which of Vigie's platforms an address belongs to (the popup's "record an incident" passes the
// tab's address). Pure; runs in the passport page.
import { packForUrl } from '../detection/detect';
import type { PlatformId } from '../taxonomy';

export function platformOfUrl(address: string): PlatformId | undefined {
  return packForUrl(address)?.id;
}
