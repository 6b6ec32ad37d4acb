// A form's state, kept as a draft in the extension's IndexedDB while it is being written: every
// change is saved (one write at a time, the latest wins), so a reload or a closed tab loses
// nothing. The draft is deleted by the save itself (same transaction, see WriteOptions.draftKey)
// or when the form is discarded.
import { useEffect, useRef, useState } from 'preact/hooks';
import { clearDraft, readDraft, writeDraft } from '../../utils/passport/drafts';
import type { FieldErrors } from '../../utils/passport/validate';

export interface DraftForm<T> {
  /** The draft's key, for the store write that saves the form and deletes the draft at once. */
  key: string;
  /** False until the draft store has been read (the form waits, so it never flashes empty). */
  ready: boolean;
  form: T;
  /** When a kept draft was restored, its time. */
  restoredAt?: string;
  errors: FieldErrors;
  setErrors(errors: FieldErrors): void;
  /** Changes the form (and keeps the draft). */
  update(change: Partial<T> | ((form: T) => T)): void;
  /** Forgets the draft and goes back to the saved version. */
  discard(): Promise<void>;
  /** Before saving: stops keeping drafts and waits for the last one to be written. */
  pause(): Promise<void>;
  /** After a failed save: keeps drafts again, starting with the form as it is. */
  resume(): void;
}

export function useDraftForm<T extends object>(key: string, initial: T, childId?: string): DraftForm<T> {
  const [ready, setReady] = useState(false);
  const [form, setFormState] = useState<T>(initial);
  // The latest form, for changes made twice before a render (typing fast).
  const latest = useRef<T>(initial);
  const setForm = (next: T) => {
    latest.current = next;
    setFormState(next);
  };
  const [restoredAt, setRestoredAt] = useState<string>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const writer = useRef({ pending: undefined as T | undefined, running: undefined as Promise<void> | undefined, closed: false });

  useEffect(() => {
    let live = true;
    void readDraft<T>(key).then((draft) => {
      if (!live) return;
      if (draft) {
        setForm({ ...initial, ...draft.form });
        setRestoredAt(draft.savedAt);
      }
      setReady(true);
    });
    return () => {
      live = false;
    };
    // The initial value is read once, when the form opens: later reloads of the saved data must
    // not overwrite what is being typed.
  }, [key]);

  const keep = (next: T) => {
    const w = writer.current;
    if (w.closed) return;
    w.pending = next;
    w.running ??= (async () => {
      while (w.pending !== undefined && !w.closed) {
        const value = w.pending;
        w.pending = undefined;
        await writeDraft(key, value, childId);
      }
      w.running = undefined;
    })();
  };

  const pause = async () => {
    const w = writer.current;
    w.closed = true;
    w.pending = undefined;
    await w.running;
  };

  return {
    key,
    ready,
    form,
    restoredAt,
    errors,
    setErrors,
    update(change) {
      const current = latest.current;
      const next = typeof change === 'function' ? change(current) : { ...current, ...change };
      setForm(next);
      keep(next);
    },
    async discard() {
      await pause();
      await clearDraft(key);
      writer.current.closed = false;
      setForm(initial);
      setRestoredAt(undefined);
      setErrors({});
    },
    pause,
    resume() {
      writer.current.closed = false;
      keep(latest.current);
    },
  };
}
