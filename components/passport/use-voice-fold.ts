// The child's own part is the child's (issue 16.6): on screen it stays folded until someone opens
// it, and folds again when the page is hidden (another tab, the browser minimised, the screen
// locked) or left. What prints or exports is still the child's choice (the print options).
import { useEffect, useState } from 'preact/hooks';

export function useVoiceFold(childId: string): [open: boolean, setOpen: (open: boolean) => void] {
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [childId]);
  useEffect(() => {
    const foldWhenHidden = () => {
      if (document.visibilityState === 'hidden') setOpen(false);
    };
    const fold = () => setOpen(false);
    document.addEventListener('visibilitychange', foldWhenHidden);
    window.addEventListener('pagehide', fold);
    window.addEventListener('hashchange', fold);
    return () => {
      document.removeEventListener('visibilitychange', foldWhenHidden);
      window.removeEventListener('pagehide', fold);
      window.removeEventListener('hashchange', fold);
    };
  }, []);
  return [open, setOpen];
}
