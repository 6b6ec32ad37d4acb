// A link to a web page outside Vigie: opens in a new tab and says so to screen readers.
import type { ComponentChildren } from 'preact';
import { usePopupEnv } from './context';

export function ExternalLink({ href, class: className, children }: { href: string; class?: string; children: ComponentChildren }) {
  const { t } = usePopupEnv();
  return (
    <a href={href} class={className} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="visually-hidden"> {t('popup.newTab')}</span>
    </a>
  );
}
