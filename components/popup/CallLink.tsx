// The big, labelled link that dials a number (tel:) or starts a text (sms:), saying so when no
// official page confirms the number.
import type { Phone } from '../../utils/help/helplines';
import { usePopupEnv } from './context';

export function CallLink({ phone, name, size = 'big' }: { phone: Phone; name?: string; size?: 'big' | 'normal' }) {
  const { t } = usePopupEnv();
  return (
    <a class={`call call-${size}`} href={phone.tel}>
      <span class="call-action">{t('popup.call', { number: phone.display })}</span>
      {name && name !== phone.display ? <span class="call-name">{name}</span> : null}
      {phone.unconfirmed ? <span class="call-unconfirmed">{t('popup.numberUnconfirmed')}</span> : null}
    </a>
  );
}

export function TextLink({ href, number, name, size = 'big' }: { href: string; number: string; name?: string; size?: 'big' | 'normal' }) {
  const { t } = usePopupEnv();
  return (
    <a class={`call call-${size} call-text`} href={href}>
      <span class="call-action">{t('popup.text', { number })}</span>
      {name && name !== number ? <span class="call-name">{name}</span> : null}
    </a>
  );
}
