// What the passport's forms hold while someone is writing: plain strings, as typed, so a draft
// can be kept exactly as it was left. validate.ts turns a form into passport data; the functions
// below turn passport data back into a form for editing. Pure: runs anywhere.
import type { Agreement, Child, ChildVoice, Incident } from './types';

export interface AdultForm { id: string; name: string; role: string }
export interface ChildAboutForm { name: string; ageBand: string; adults: AdultForm[]; voiceSharedWith: string[] }

export interface AccountForm { id: string; platform: string; handle: string; notes: string }
/** Devices and apps are written one per line. */
export interface DigitalLifeForm { devices: string; accounts: AccountForm[]; appsAndGames: string }

export type VoiceForm = Omit<ChildVoice, 'updatedAt' | 'writtenBy'> & { writtenBy: '' | 'child' | 'together' };

export interface AgreementForm {
  topic: string;
  customTopic: string;
  words: string;
  /** Names ticked among the child and the adults around them. */
  agreedBy: string[];
  /** Anyone else, separated by commas. */
  othersWhoAgreed: string;
  agreedOn: string;
  reviewEveryDays: string;
}

export interface ReviewForm { date: string; stillWorking: string; notes: string; changes: string; newWords: string }

export interface EvidenceForm { url: string; account: string; time: string; note: string }
export interface IncidentForm {
  /** As an <input type="datetime-local"> gives it: YYYY-MM-DDTHH:mm, local time. */
  occurredAt: string;
  platform: string;
  whatHappened: string;
  whoWasTold: string;
  reportedTo: string[];
  outcome: string;
  followUp: string;
  evidence: EvidenceForm[];
}

export interface CelebrationForm { date: string; text: string }

export const newId = (): string => crypto.randomUUID();

export const emptyAdult = (): AdultForm => ({ id: newId(), name: '', role: '' });
export const emptyAccount = (): AccountForm => ({ id: newId(), platform: '', handle: '', notes: '' });
export const emptyEvidence = (): EvidenceForm => ({ url: '', account: '', time: '', note: '' });

export function childAboutForm(child?: Child): ChildAboutForm {
  if (!child) return { name: '', ageBand: '', adults: [], voiceSharedWith: [] };
  return { name: child.name, ageBand: child.ageBand, adults: child.adults.map((a) => ({ ...a })), voiceSharedWith: [...child.voiceSharedWith] };
}

export function digitalLifeForm(child: Child): DigitalLifeForm {
  return { devices: child.devices.join('\n'), accounts: child.accounts.map((a) => ({ ...a })), appsAndGames: child.appsAndGames.join('\n') };
}

export function voiceForm(child: Child): VoiceForm {
  const { updatedAt: _updatedAt, writtenBy, ...voice } = child.voice;
  return { ...voice, writtenBy: writtenBy ?? '' };
}

export function agreementForm(childName: string, today: string, agreement?: Agreement): AgreementForm {
  if (!agreement) {
    return { topic: '', customTopic: '', words: '', agreedBy: [childName], othersWhoAgreed: '', agreedOn: today, reviewEveryDays: '30' };
  }
  return {
    topic: agreement.topic,
    customTopic: agreement.customTopic ?? '',
    words: agreement.words,
    agreedBy: [...agreement.agreedBy],
    othersWhoAgreed: '',
    agreedOn: agreement.agreedOn,
    reviewEveryDays: String(agreement.reviewEveryDays),
  };
}

export const reviewForm = (today: string): ReviewForm => ({ date: today, stillWorking: '', notes: '', changes: '', newWords: '' });

/** An ISO moment as the value of a datetime-local input, in the user's time zone. */
export function localDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export interface IncidentPrefill { url?: string; at?: string }

export function incidentForm(incident?: Incident, prefill: IncidentPrefill = {}): IncidentForm {
  if (incident) {
    return {
      occurredAt: localDateTime(incident.occurredAt),
      platform: incident.platform,
      whatHappened: incident.whatHappened,
      whoWasTold: incident.whoWasTold,
      reportedTo: [...incident.reportedTo],
      outcome: incident.outcome,
      followUp: incident.followUp,
      evidence: incident.evidence.map((e) => ({ ...e })),
    };
  }
  const at = prefill.at ? localDateTime(prefill.at) : '';
  const evidence = prefill.url || at ? [{ ...emptyEvidence(), url: prefill.url ?? '', time: at.replace('T', ' ') }] : [];
  return { occurredAt: at, platform: '', whatHappened: '', whoWasTold: '', reportedTo: [], outcome: '', followUp: '', evidence };
}

export const celebrationForm = (today: string): CelebrationForm => ({ date: today, text: '' });
