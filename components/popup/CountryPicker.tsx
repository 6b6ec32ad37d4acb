// "Helplines for: [France ▾]": the country whose services are shown, changeable at any time.
import { COUNTRIES, type DirectoryId } from '../../utils/help/helplines';
import { usePopupEnv } from './context';
import { countryName } from './format';

export function CountryPicker({ country, onChange }: { country: DirectoryId; onChange: (country: DirectoryId) => void }) {
  const { t, locale } = usePopupEnv();
  const options = COUNTRIES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <p class="country">
      <label for="country">{t('popup.country.label')}</label>
      <select
        id="country"
        value={country}
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as DirectoryId)}
      >
        {options.map(({ code, name }) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
        <option value="INT">{t('popup.country.other')}</option>
      </select>
    </p>
  );
}
