// The panel as the Firefox tests reach it: its frame (an add-on page inside the page's closed
// root) once it has drawn its checklist, and a person's click in it — the real mouse at the
// element's place, the host's box plus the element's box in the frame.
import type { Frame, Page } from 'puppeteer-core';

/** The panel's frame once it has drawn its checklist. */
export async function panelFrame(page: Page): Promise<Frame> {
  for (let attempt = 0; attempt < 200; attempt++) {
    // Over BiDi a frame's URL can stay the about:blank it started as: the frame is asked its own.
    for (const frame of page.frames().slice(1)) {
      // Drawn and settled: the person's own ticks read (until then the boxes are disabled previews).
      const drawn = await frame
        .evaluate(() => location.pathname === '/panel-frame.html' && document.querySelector('.item label') !== null && document.querySelector('[aria-busy="true"]') === null)
        .catch(() => false);
      if (drawn) return frame;
    }
    await new Promise((wait) => setTimeout(wait, 50));
  }
  throw new Error('no panel frame with a checklist');
}

/** A person's click: the real mouse at the element's place (the host's box plus the element's box in the frame). */
export async function clickInPanel(page: Page, frame: Frame, selector: string): Promise<void> {
  const host = await page.evaluate(() => {
    const box = document.querySelector('vigie-panel')!.getBoundingClientRect();
    return { x: box.x, y: box.y };
  });
  const inner = await frame.evaluate((s: string) => {
    const element = document.querySelector(s)!;
    element.scrollIntoView({ block: 'nearest' });
    const box = element.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }, selector);
  await page.mouse.click(host.x + inner.x, host.y + inner.y);
}

export const checkedIds = (frame: Frame) =>
  frame.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('.item input[type="checkbox"]')].filter((box) => box.checked).map((box) => box.id));
