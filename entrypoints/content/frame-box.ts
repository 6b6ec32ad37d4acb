// The box the panel's frame occupies in the page: a bottom corner (right unless the person moved
// it left, utils/guide/panel-placement.ts), a pill when folded, a card when open. Given as a string
// to the closed root (a stylesheet file would be fetched by the page). Every size in px: rem would
// follow the site's root font size.
import type { Side } from '../../utils/guide/panel-placement';

export const PILL_HEIGHT = 44;

export const frameBoxCss = (side: Side) => `
:host {
  position: fixed !important;
  ${side}: 16px !important;
  bottom: 16px !important;
  z-index: 2147483000 !important;
  display: block !important;
}
body {
  margin: 0;
}
@media print {
  :host { display: none !important; }
}
iframe {
  display: block;
  border: 0;
  margin: 0;
  padding: 0;
  background: transparent;
  color-scheme: normal;
  width: 160px;
  height: ${PILL_HEIGHT}px;
  max-width: calc(100vw - 32px);
}
iframe.open {
  width: 360px;
  height: min(600px, calc(100vh - 32px));
}
`;
