// What every part of the popup needs to speak: the translator, the locale for dates and times, and
// the moment "now" (one clock for the whole popup, so every "open now" agrees).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Formatting } from './format';

export interface PopupEnv extends Formatting {
  /** Undefined only in the pages prerendered at build time, when there is no "now" to speak of. */
  now: Date | undefined;
}

export const PopupContext = createContext<PopupEnv | null>(null);

export function usePopupEnv(): PopupEnv {
  const env = useContext(PopupContext);
  if (!env) throw new Error('Popup components need a PopupContext provider');
  return env;
}
