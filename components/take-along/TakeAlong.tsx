// The checklist to take to the phone: the same items as the panel on that settings page, for the
// audience it shows, with the person's ticks, the paths (in the app or on the website) and the
// sources, as a calm page to keep open beside the phone or print (print rules in
// entrypoints/take-along/style.css). Ticking stays in the panel, where the settings page is.
import type { Translate } from '../../utils/i18n/translator';
import type { GuideItem, GuideView } from '../../utils/guide/messages';
import { formatDate } from '../panel/format';

function Item({ item, view, t }: { item: GuideItem; view: GuideView; t: Translate }) {
  const status = item.current ? t('takeAlong.done') : t('takeAlong.toDo');
  return (
    <li class={item.current ? 'item done' : 'item'}>
      <p class="do">
        <span class="status">{status}</span> <strong>{item.do}</strong>
      </p>
      {item.path && (
        <p class="path">
          <span class="label">{t(item.appOnly ? 'panel.item.inApp' : 'panel.item.where')}</span> {item.path}
          {!item.pathConfirmed && <em class="unconfirmed"> ({t('panel.item.pathUnconfirmed')})</em>}
          {item.pathConfirmed && item.pathNote && <em class="unconfirmed"> ({item.pathNote})</em>}
        </p>
      )}
      {item.why && <p class="why">{item.why}</p>}
      <p class="meta">
        {t('panel.item.source', { title: item.source.title })}, {t('panel.item.verifiedOn', { date: formatDate(item.verifiedOn, view.language) })}
        {item.current && item.tickedOn && ` · ${t('panel.item.doneOn', { date: formatDate(item.tickedOn, view.language) })}`}
      </p>
    </li>
  );
}

export function TakeAlong({ view, t }: { view: GuideView; t: Translate }) {
  const audience = t(`panel.audience.${view.audience}`);
  return (
    <main class="take-along" aria-labelledby="take-along-title">
      <h1 id="take-along-title">{t('takeAlong.title', { page: view.pageName })}</h1>
      <p class="intro">{t('takeAlong.intro')}</p>
      <p class="facts">
        {t('takeAlong.audience', { audience })} · {t('panel.review.progress', { done: view.review.done, total: view.review.total })}
      </p>
      <p class="actions">
        <button type="button" onClick={() => window.print()}>
          {t('takeAlong.print')}
        </button>
      </p>
      {view.items.length === 0 ? (
        <p>{t('panel.noItems')}</p>
      ) : (
        <ol class="items">
          {view.items.map((item) => (
            <Item key={item.id} item={item} view={view} t={t} />
          ))}
        </ol>
      )}
      <p class="private">{t('takeAlong.private')}</p>
    </main>
  );
}
