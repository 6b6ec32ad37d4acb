// The country whose numbers and services the passport names: the one chosen in Vigie's toolbar
// popup, else the region of the browser's languages. Undefined while it is being read, so that no
// screen names a number before it knows the country.
import { useEffect, useState } from 'preact/hooks';
import { browserCountry, rememberedCountry } from '../../utils/help/country';
import type { DirectoryId } from '../../utils/help/helplines';

export function useCountry(): DirectoryId | undefined {
  const [country, setCountry] = useState<DirectoryId | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void rememberedCountry()
      .catch(() => undefined)
      .then((chosen) => live && setCountry(chosen ?? browserCountry()));
    return () => {
      live = false;
    };
  }, []);
  return country;
}
