// Finding things on a page as a person does, by what they read: a link or a button by its exact
// text, a form field by its label, a sentence in the page; waiting for it, and saying what was not
// found. (puppeteer's ::-p-aria selectors work in Firefox over BiDi too; these match the visible
// text exactly and their errors name what is missing.)
import type { ElementHandle, JSHandle, Page } from 'puppeteer-core';

const WAIT_MS = 10_000;

async function element(what: string, page: Page, waiting: Promise<JSHandle<Element | undefined>>): Promise<ElementHandle<Element>> {
  let handle: JSHandle<Element | undefined>;
  try {
    handle = await waiting;
  } catch (error) {
    throw new Error(`Not found on ${page.url()}: ${what} (${error instanceof Error ? error.message : String(error)})`);
  }
  const found = handle.asElement();
  if (!found) throw new Error(`Not an element: ${what}`);
  return found as ElementHandle<Element>;
}

/** The first element matching `selector` whose text is exactly `text` (spaces aside). */
export function byText(page: Page, selector: string, text: string): Promise<ElementHandle<Element>> {
  return element(
    `${selector} "${text}"`,
    page,
    page.waitForFunction(
      (selector, text) => [...document.querySelectorAll(selector)].find((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim() === text),
      { timeout: WAIT_MS },
      selector,
      text,
    ),
  );
}

/** The form control whose <label> reads exactly `label` (spaces aside). */
export function byLabel(page: Page, label: string): Promise<ElementHandle<Element>> {
  return element(
    `the field labelled "${label}"`,
    page,
    page.waitForFunction(
      (label) => [...document.querySelectorAll('label')].find((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim() === label)?.control ?? undefined,
      { timeout: WAIT_MS },
      label,
    ),
  );
}

/** Waits until the text of `selector` (default <main>) contains `text`, and returns all of it. */
export async function waitForText(page: Page, text: string, selector = 'main'): Promise<string> {
  await element(
    `"${text}" in ${selector}`,
    page,
    page.waitForFunction(
      (selector, text) => {
        const found = document.querySelector(selector);
        return found && (found.textContent ?? '').replace(/\s+/g, ' ').includes(text) ? found : undefined;
      },
      { timeout: WAIT_MS },
      selector,
      text,
    ),
  );
  return page.$eval(selector, (e) => (e.textContent ?? '').replace(/\s+/g, ' '));
}

/** Types into a field as a person does: a click into it, then the keys. */
export async function type(field: ElementHandle<Element>, text: string) {
  await field.click();
  await field.type(text);
}

/** Clicks what `found` finds, once it is there. */
export const click = async (found: Promise<ElementHandle<Element>>) => (await found).click();
