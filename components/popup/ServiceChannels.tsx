// A service's other ways in (text, chat, WhatsApp, app, form…), one link per page they lead to,
// each kind marked "not confirmed" where no official page confirms it, with its own hours when
// they differ from the phone's.
import type { Channel } from '../../utils/help/helplines';
import { groupChannels, type ChannelGroup } from './channel-groups';
import { usePopupEnv } from './context';
import { ExternalLink } from './ExternalLink';
import { OpenStatusLine } from './OpenStatusLine';

function GroupLink({ group }: { group: ChannelGroup }) {
  const { t } = usePopupEnv();
  const kinds = group.channels.map((c) => (c.unconfirmed ? `${t(`helplines.channel.${c.kind}`)} (${t('popup.unconfirmed')})` : t(`helplines.channel.${c.kind}`)));
  const text = `${kinds.join(', ')}: ${group.label}`;
  if (group.href.startsWith('https:')) return <ExternalLink href={group.href}>{text}</ExternalLink>;
  return <a href={group.href}>{text}</a>;
}

export function ServiceChannels({ channels }: { channels: readonly Channel[] }) {
  const { t } = usePopupEnv();
  if (channels.length === 0) return null;
  return (
    <ul class="channels" aria-label={t('popup.otherWays')}>
      {groupChannels(channels).map((group) => {
        const notes = group.channels.flatMap((c) => (c.noteKey ? [t(c.noteKey)] : []));
        const hours = group.channels.find((c) => c.hours?.kind === 'weekly')?.hours;
        return (
          <li key={group.href}>
            <GroupLink group={group} />
            {notes.length > 0 ? <span class="channel-note"> — {notes.join('; ')}</span> : null}
            {hours ? <OpenStatusLine hours={hours} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
