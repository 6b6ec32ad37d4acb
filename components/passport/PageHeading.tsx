// A view's main heading. It also names the tab, and after a move inside the page it takes the
// focus, so a screen reader announces where the user arrived and Tab starts from there.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { arrivals } from './navigation';
import { useLocale } from './locale';

export function PageHeading({ children, title }: { children: ComponentChildren; title: string }) {
  const { t } = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  const arrival = arrivals.value;
  useEffect(() => {
    document.title = `${title} · ${t('passport.title')}`;
    if (arrival > 0) heading.current?.focus();
  }, [title, arrival]);
  return (
    <h1 tabIndex={-1} ref={heading}>
      {children}
    </h1>
  );
}
