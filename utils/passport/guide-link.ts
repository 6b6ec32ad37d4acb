// The passport as the guide's routes see it (utils/guide/passport-link.ts describes the shape; the
// guide does not import the passport, so the entrypoints hand this over): the children to ask
// "for whom" about, and the settings review each tick records. Runs where the guide routes run:
// the panel frame or the background, which never hold the lock's key, so a locked passport
// answers 'locked' and the panel works unlinked.
import { listChildren, PassportError } from './store';
import { recordSettingsReview, type SettingsReviewInput } from './settings-reviews';

const locked = (error: unknown) => error instanceof PassportError && error.code === 'locked';

export const passportGuideLink = {
  async children() {
    try {
      return (await listChildren()).map((child) => ({
        id: child.id,
        name: child.name,
        ageBand: child.ageBand,
        platforms: child.accounts.map((account) => account.platform),
      }));
    } catch (error) {
      if (locked(error)) return 'locked' as const;
      throw error;
    }
  },
  async recordReview(review: SettingsReviewInput) {
    try {
      await recordSettingsReview(review);
      return 'recorded' as const;
    } catch (error) {
      if (locked(error)) return 'locked' as const;
      if (error instanceof PassportError && error.code === 'child-missing') return 'child-missing' as const;
      throw error;
    }
  },
};
