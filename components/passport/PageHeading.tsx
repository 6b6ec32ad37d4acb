// A view's main heading. After a move inside the page it takes the focus, so a screen reader
// announces where the user arrived and Tab starts from there. It does not name the tab: the
// title says only what kind of place this is (tab-title.ts), never whose.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { arrivals } from './navigation';

export function PageHeading({ children }: { children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const arrival = arrivals.value;
  useEffect(() => {
    if (arrival > 0) heading.current?.focus();
  }, [arrival]);
  return (
    <h1 tabIndex={-1} ref={heading}>
      {children}
    </h1>
  );
}
