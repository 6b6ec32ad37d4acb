// The way back (issue 15, point 4): when the person turned the panel off on the site of the tab the
// popup was opened from, or everywhere, one line says so with a button that turns it back on. The
// content script follows at once (storage.onChanged), so the panel reappears on the open page.
import { useEffect, useState } from 'preact/hooks';
import {
  isOffOn, readPlacement, siteOf, turnBackOnOn, updatePlacement, watchPlacement, type PanelPlacement,
} from '../../utils/guide/panel-placement';
import { usePopupEnv } from './context';

function hostnameOf(url: string | null | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

export function PanelOffNotice({ pageUrl }: { pageUrl: string | null | undefined }) {
  const { t } = usePopupEnv();
  const [placement, setPlacement] = useState<PanelPlacement | undefined>(undefined);
  useEffect(() => {
    const stop = new AbortController();
    readPlacement().then(setPlacement, () => undefined);
    watchPlacement(setPlacement, stop.signal);
    return () => stop.abort();
  }, []);
  const hostname = hostnameOf(pageUrl);
  if (!placement) return null;
  const everywhere = placement.offEverywhere;
  if (!everywhere && !(hostname && isOffOn(placement, hostname))) return null;
  const turnBackOn = () =>
    void updatePlacement((p) => (everywhere ? { ...p, offEverywhere: false } : turnBackOnOn(hostname!)(p))).then(setPlacement, () => undefined);
  return (
    <p class="panel-off" role="status">
      {everywhere ? t('panelPlace.popup.offEverywhere') : t('panelPlace.popup.offHere', { site: siteOf(hostname!) })}{' '}
      <button type="button" class="link-button" onClick={turnBackOn}>
        {t('panelPlace.popup.turnBackOn')}
      </button>
    </p>
  );
}
