import { createElement, type ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyPage, preloadPages } from './lazy-page';

const Page: ComponentType = () => null;

describe('lazyPage', () => {
  it('loads its module once, however often it is preloaded', async () => {
    let loads = 0;
    const page = lazyPage(async () => {
      loads += 1;
      return { Page };
    }, (m) => m.Page);
    await Promise.all([page.preload(), page.preload()]);
    await page.preload();
    expect(loads).toBe(1);
  });

  it('forgets a failed load, so the next attempt asks again', async () => {
    let loads = 0;
    const page = lazyPage(async () => {
      loads += 1;
      if (loads === 1) throw new Error('offline');
      return { Page };
    }, (m) => m.Page);
    await expect(page.preload()).rejects.toThrow('offline');
    await page.preload();
    expect(loads).toBe(2);
  });
});

describe('preloadPages', () => {
  it("starts loading the lazy pages among the matched routes' elements, and nothing else", async () => {
    const loaded: string[] = [];
    const pageOf = (name: string) =>
      lazyPage(async () => {
        loaded.push(name);
        return { Page };
      }, (m) => m.Page);
    const cockpit = pageOf('cockpit');
    pageOf('reports');
    preloadPages([{ route: {} }, { route: { element: createElement(Page) } }, { route: { element: createElement(cockpit) } }, { route: { element: 'text' } }]);
    await cockpit.preload();
    expect(loaded).toEqual(['cockpit']);
  });

  it('swallows a failed preload (the page reports it when it renders), and the page can load later', async () => {
    let loads = 0;
    const flaky = lazyPage(async () => {
      loads += 1;
      if (loads === 1) throw new Error('offline');
      return { Page };
    }, () => Page);
    expect(() => preloadPages([{ route: { element: createElement(flaky) } }])).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(flaky.preload()).resolves.toEqual({ default: Page });
    expect(loads).toBe(2);
  });
});
