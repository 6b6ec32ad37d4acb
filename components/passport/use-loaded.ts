// Loads what a view shows from the store, and loads it again whenever the passport changes (here
// or in another tab), so every open view stays true to what is saved.
import { useEffect, useState } from 'preact/hooks';
import { onPassportChanged } from '../../utils/passport/store';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown };

export function useLoaded<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    const run = () =>
      load().then(
        (value) => live && setLoaded({ state: 'ready', value }),
        (error: unknown) => live && setLoaded({ state: 'failed', error }),
      );
    setLoaded({ state: 'loading' });
    void run();
    const stop = onPassportChanged(() => void run());
    return () => {
      live = false;
      stop();
    };
  }, deps);
  return loaded;
}
