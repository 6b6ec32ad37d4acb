// A service's other ways in (text, chat, WhatsApp, app, form…), each a link, with its own hours
// when they differ and a "not confirmed" mark where the research could not confirm it.
import type { Channel } from '../../utils/help/helplines';
import { usePopupEnv } from './context';
import { ExternalLink } from './ExternalLink';
import { OpenStatusLine } from './OpenStatusLine';

function ChannelLink({ channel }: { channel: Channel }) {
  const { t } = usePopupEnv();
  const text = `${t(`helplines.channel.${channel.kind}`)}: ${channel.label}`;
  if (channel.href.startsWith('https:')) return <ExternalLink href={channel.href}>{text}</ExternalLink>;
  return <a href={channel.href}>{text}</a>;
}

export function ServiceChannels({ channels }: { channels: readonly Channel[] }) {
  const { t } = usePopupEnv();
  if (channels.length === 0) return null;
  return (
    <ul class="channels" aria-label={t('popup.otherWays')}>
      {channels.map((channel) => (
        <li key={`${channel.kind}:${channel.href}:${channel.label}`}>
          <ChannelLink channel={channel} />
          {channel.unconfirmed ? <span class="unconfirmed"> ({t('popup.unconfirmed')})</span> : null}
          {channel.noteKey ? <span class="channel-note"> — {t(channel.noteKey)}</span> : null}
          {channel.hours?.kind === 'weekly' ? <OpenStatusLine hours={channel.hours} /> : null}
        </li>
      ))}
    </ul>
  );
}
