// Rendering passport components in happy-dom, and acting on them as a person would (typing fires
// `input`, choosing fires `change`), waiting for the in-memory IndexedDB between steps.
import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { LocaleContext, makeLocale } from '../../components/passport/locale';
import { catalogs } from '../../utils/i18n/locales';
import type { Language } from '../../utils/taxonomy';

export function mount(children: ComponentChildren, language: Language = 'en'): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(<LocaleContext.Provider value={makeLocale(language, catalogs)}>{children}</LocaleContext.Provider>, root);
  });
  return root;
}

export function unmount(root: HTMLElement): void {
  act(() => render(null, root));
  root.remove();
}

/** Lets IndexedDB requests and the renders they cause finish. */
export async function settle(ms = 30): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

/** Retries an assertion while IndexedDB and renders catch up (the machines running tests are busy). */
export async function eventually(assertion: () => unknown | Promise<unknown>): Promise<void> {
  await vi.waitFor(
    async () => {
      await settle(5);
      await assertion();
    },
    { timeout: 3000, interval: 10 },
  );
}

export function byLabel<T extends HTMLElement = HTMLInputElement>(root: HTMLElement, text: string): T {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  const control = label && root.querySelector<T>(`#${CSS.escape(label.htmlFor)}`);
  if (!control) throw new Error(`No field labelled "${text}"`);
  return control;
}

export function byText<T extends HTMLElement = HTMLElement>(root: HTMLElement, selector: string, text: string): T {
  const found = [...root.querySelectorAll<T>(selector)].find((el) => el.textContent?.trim() === text);
  if (!found) throw new Error(`No ${selector} with text "${text}"`);
  return found;
}

export async function type(control: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(control: HTMLSelectElement, value: string): Promise<void> {
  await act(() => {
    control.value = value;
    control.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function click(element: HTMLElement): Promise<void> {
  await act(() => {
    element.click();
  });
}

/** The texts an element's aria-describedby points to. */
export function description(root: HTMLElement, control: HTMLElement): string[] {
  return (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).map((id) => root.querySelector(`#${CSS.escape(id)}`)?.textContent ?? `(missing #${id})`);
}
