// A child's page, the parts about the child: their own part (their words, and who they agreed
// may see it), their digital life, and the adults around them.
import type { Child } from '../../utils/passport/types';
import { labelledBy, platformLabel } from './labels';
import { useLocale } from './locale';
import { VOICE_QUESTIONS } from './VoiceForm';
import { WorryLine } from './WorryLine';

/** On the child's page the part is folded (`fold`); in the print view it is shown as chosen for printing. */
export interface VoiceFold {
  open: boolean;
  setOpen(open: boolean): void;
}

export function OverviewVoice({ child, idPrefix = '', ownerId, fold }: { child: Child; idPrefix?: string; ownerId?: string; fold?: VoiceFold }) {
  const { t, day } = useLocale();
  const bodyId = `${idPrefix}child-voice-body`;
  const answered = VOICE_QUESTIONS.filter((q) => child.voice[q]);
  const sharedWith = child.adults.filter((a) => child.voiceSharedWith.includes(a.id)).map((a) => a.name);
  return (
    <section class="passport-section voice" aria-labelledby={labelledBy(ownerId, `${idPrefix}voice-title`)} id={`${idPrefix}child-voice`}>
      <div class="section-head">
        <h2 id={`${idPrefix}voice-title`}>{t('passport.voice.title', { name: child.name })}</h2>
        <a class="button no-print" href={`#child/${child.id}/voice`}>
          {t('passport.voice.edit', { name: child.name })}
        </a>
      </div>
      <p class="muted">
        {sharedWith.length > 0 ? t('passport.voice.sharedWith', { name: child.name, names: sharedWith.join(', ') }) : t('passport.voice.sharedWithNobody', { name: child.name })}
      </p>
      {fold && (
        <button type="button" class="fold-toggle no-print" aria-expanded={fold.open ? 'true' : 'false'} aria-controls={bodyId} onClick={() => fold.setOpen(!fold.open)}>
          {t(fold.open ? 'passport.voice.hide' : 'passport.voice.show', { name: child.name })}
        </button>
      )}
      {/* Folded, the words stay out of sight on screen; the print options still decide the printed page. */}
      <div id={bodyId} class="voice-body" hidden={fold ? !fold.open : undefined}>
      {answered.length === 0 ? (
        <p class="muted">{t('passport.voice.empty', { name: child.name })}</p>
      ) : (
        <dl class="answers">
          {answered.map((q) => (
            <div key={q}>
              <dt>{t(`passport.voice.${q}`)}</dt>
              <dd>{child.voice[q]}</dd>
            </div>
          ))}
        </dl>
      )}
      {child.voice.updatedAt && (
        <p class="muted small">
          {child.voice.writtenBy ? `${t(`passport.voice.writtenBy.${child.voice.writtenBy}`, { name: child.name })} · ` : ''}
          {t('passport.voice.updated', { date: day(child.voice.updatedAt.slice(0, 10)) })}
        </p>
      )}
      </div>
      {fold && <WorryLine child={child} />}
    </section>
  );
}

export function OverviewDigitalLife({ child, idPrefix = '', ownerId }: { child: Child; idPrefix?: string; ownerId?: string }) {
  const { t } = useLocale();
  const empty = child.devices.length + child.accounts.length + child.appsAndGames.length === 0;
  return (
    <section class="passport-section" aria-labelledby={labelledBy(ownerId, `${idPrefix}digital-title`)}>
      <div class="section-head">
        <h2 id={`${idPrefix}digital-title`}>{t('passport.digital.title')}</h2>
        <a class="button no-print" href={`#child/${child.id}/digital`}>
          {t('passport.digital.edit')}
        </a>
      </div>
      {empty ? (
        <p class="muted">{t('passport.digital.empty', { name: child.name })}</p>
      ) : (
        <dl class="facts">
          <dt>{t('passport.digital.devices')}</dt>
          <dd>{child.devices.join(', ') || '—'}</dd>
          <dt>{t('passport.digital.accounts')}</dt>
          <dd>
            {child.accounts.length === 0 ? (
              '—'
            ) : (
              <ul class="plain">
                {child.accounts.map((a) => (
                  <li key={a.id}>
                    <strong>{platformLabel(t, a.platform)}</strong>: {a.handle}
                    {a.notes && <span class="muted"> — {a.notes}</span>}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>{t('passport.digital.appsAndGames')}</dt>
          <dd>{child.appsAndGames.join(', ') || '—'}</dd>
        </dl>
      )}
    </section>
  );
}

export function OverviewAdults({ child, idPrefix = '', ownerId }: { child: Child; idPrefix?: string; ownerId?: string }) {
  const { t } = useLocale();
  return (
    <section class="passport-section" aria-labelledby={labelledBy(ownerId, `${idPrefix}adults-title`)}>
      <div class="section-head">
        <h2 id={`${idPrefix}adults-title`}>{t('passport.adults.title', { name: child.name })}</h2>
        <a class="button no-print" href={`#child/${child.id}/edit`}>
          {t('passport.adults.edit')}
        </a>
      </div>
      {child.adults.length === 0 ? (
        <p class="muted">{t('passport.adults.none')}</p>
      ) : (
        <ul class="plain">
          {child.adults.map((a) => (
            <li key={a.id}>
              {a.name} — {t(`passport.role.${a.role}`)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
