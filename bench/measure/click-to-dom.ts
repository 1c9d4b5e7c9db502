import type { Page } from 'playwright-core';

/**
 * Clicks the "Watched {code}" checkbox `clicks` times inside the page and returns, for each click,
 * the milliseconds from the click to the first DOM mutation it caused (React commits a click's
 * update in one go, so the first mutation is the whole update). Between clicks the page settles
 * for two frames and 30 ms, so the storage write of one click never overlaps the next.
 */
export function clickToDomTimes(page: Page, code: string, clicks: number): Promise<number[]> {
  return page.evaluate(
    async ({ code, clicks }) => {
      const settle = () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 30))),
        );
      const checkbox = () => {
        const label = [...document.querySelectorAll('label')].find(
          (element) => element.textContent?.replace(/\s+/g, ' ').trim() === `Watched ${code}`,
        );
        const input = label?.querySelector('input');
        if (!input) throw new Error(`no "Watched ${code}" checkbox on the page`);
        return input;
      };
      const times: number[] = [];
      for (let click = 0; click < clicks; click++) {
        await settle();
        const target = checkbox();
        const updated = new Promise<number>((resolve, reject) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve(performance.now());
          });
          observer.observe(document.body, {
            subtree: true,
            childList: true,
            attributes: true,
            characterData: true,
          });
          setTimeout(() => reject(new Error(`click ${click} changed nothing in 2 s`)), 2_000);
        });
        const start = performance.now();
        target.click();
        times.push((await updated) - start);
      }
      await settle();
      return times;
    },
    { code, clicks },
  );
}
