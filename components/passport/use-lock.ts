// The passport page's view of the lock: off, locked (this page has no key), or unlocked. Read
// again when this page unlocks or locks, and whenever the passport changes in any tab (another
// tab may turn the lock on or off). Runs in the passport page.
import { signal } from '@preact/signals';
import { readLock, sessionFor, onSessionChange } from '../../utils/passport/lock-state';
import { onPassportChanged } from '../../utils/passport/store';

export type LockView = 'checking' | 'off' | 'locked' | 'unlocked';

export const lockView = signal<LockView>('checking');

export async function refreshLockView(): Promise<void> {
  const lock = await readLock();
  lockView.value = !lock ? 'off' : sessionFor(lock) ? 'unlocked' : 'locked';
}

/** Starts following the lock; returns the function that stops. */
export function followLock(): () => void {
  void refreshLockView();
  const stops = [onSessionChange(() => void refreshLockView()), onPassportChanged(() => void refreshLockView())];
  return () => stops.forEach((stop) => stop());
}
