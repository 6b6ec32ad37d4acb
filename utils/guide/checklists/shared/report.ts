// What to keep before reporting, on a platform's own report flow or form (the `report` context):
// the same three habits on every platform, plus the carer's call to the social worker. Nothing
// here names a menu, so nothing here is a setting; the advice comes from child-safety bodies
// and is quoted.
import type { PlatformId } from '../../../taxonomy';
import { CARER_ONLY, cite, item, quoted } from '../build';
import type { Checklist } from '../types';
import { UKSIC_ASK_SOCIAL_WORKER, UKSIC_CARERS, UKSIC_REPORTING } from './sources';

const READ = '2026-12-04';

const ESAFETY_REPORTING = cite(
  'https://www.esafety.gov.au/key-issues/adult-cyber-abuse/report-to-social-media-services',
  'eSafety Commissioner (Australia): report abuse to social media services',
  READ,
);
const THINKUKNOW_AU = cite(
  'https://thinkuknow.org.au/index.php/report-cyberbullying',
  'ThinkUKnow Australia (Australian Federal Police): report cyberbullying',
  READ,
);
const CEOP_CSAM = cite(
  'https://www.thinkuknow.co.uk/parents/articles/what-to-do-if-you-come-across-child-sexual-abuse-material',
  'CEOP Education (National Crime Agency): what to do if you come across child sexual abuse material',
  READ,
);

const habit = (id: string, cited: typeof ESAFETY_REPORTING, evidence: ReturnType<typeof quoted>) =>
  item(id, cited, { pathConfirmed: true, shared: `report.${id.replace(/^report-/, '')}`, evidence: [evidence] });

const keepEvidence = habit('report-keep-evidence', ESAFETY_REPORTING, quoted(
  ESAFETY_REPORTING.source.url, 'en', READ, ['advice'],
  'Before you report abusive content, it is a good idea to collect evidence, such as screenshots of the abusive material.',
  'The stored copy read carries the site’s COVID-19 banner: an older copy of the page.',
));
const noteAccount = habit('report-note-account', THINKUKNOW_AU, quoted(
  THINKUKNOW_AU.source.url, 'en', READ, ['advice'],
  'Collect evidence – take screenshots, copy the URL',
));
const noCopies = habit('report-no-copies', CEOP_CSAM, quoted(
  'https://prod.thinkuknow.co.uk/parents/articles/what-to-do-if-you-come-across-child-sexual-abuse-material', 'en', READ, ['advice'],
  'Even if you’re trying to warn others , don’t save or send it to anyone, this is illegal.',
));
const carerTellsSocialWorker = item('carer-report-tell', UKSIC_CARERS, {
  audiences: CARER_ONLY,
  pathConfirmed: true,
  shared: 'carer.report-tell',
  evidence: [UKSIC_REPORTING, UKSIC_ASK_SOCIAL_WORKER],
});

/** The report-flow checklist of one platform (its words live in that platform's catalogue). */
export function reportChecklist(platform: PlatformId): Checklist {
  return { platform, contexts: ['report'], version: READ, items: [keepEvidence, noteAccount, noCopies, carerTellsSocialWorker] };
}
