// Sexual images of a child, or other illegal content, seen online: never copy or pass it on (that
// is itself an offence), note where it is, report it, and call for help first if a child is in danger.
import type { FirstStep } from './types';

const READ = '2026-12-04';
const IWF_FAQ = 'https://www.iwf.org.uk/faqs/';

export const illegalContent: readonly FirstStep[] = [
  {
    id: 'danger',
    evidence: [{ url: IWF_FAQ, quote: 'If a child or adult is in immediate danger, please contact the police on your local emergency number.', lang: 'en-GB', read: READ, supports: ['advice'] }],
  },
  {
    id: 'dontShare',
    evidence: [
      { url: 'https://takeitdown.ncmec.org/faq/', quote: 'No! Do not download or share any nude, partially nude or sexually explicit image or video in order to submit to Take It Down.', lang: 'en-US', read: READ, supports: ['advice'] },
      { url: IWF_FAQ, quote: 'No. All you need to provide is the URL (link to the webpage) where you saw the content and we’ll assess it.', lang: 'en-GB', read: READ, supports: ['advice'] },
    ],
  },
  {
    id: 'report',
    evidence: [
      {
        url: IWF_FAQ,
        quote: 'You can report suspected online child sexual abuse images or videos to us online via our online reporting tool. It’s quick and simple and you don’t need to give us your contact details if you don’t want to.',
        lang: 'en-GB', read: READ, supports: ['advice'],
      },
    ],
  },
];
