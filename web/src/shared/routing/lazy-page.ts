import { isValidElement, lazy, type ComponentType, type ReactNode } from 'react';

/** A page loaded on demand (its own chunk), which can be told to start loading before it renders. */
export type LazyPage = ReturnType<typeof lazy<ComponentType>> & { preload: () => Promise<unknown> };

/**
 * A page whose code loads when it first renders, like React.lazy, or earlier on `preload()`:
 * the app preloads the page the browser opened while it still asks who is signed in, so the
 * two downloads overlap instead of following each other. A failed load is forgotten, so a
 * later attempt asks again.
 *
 * @example const CockpitPage = lazyPage(() => import('./features/cockpit/cockpit-page'), (m) => m.CockpitPage);
 */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): LazyPage {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (module) => ({ default: pick(module) }),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  return Object.assign(lazy(preload), { preload });
}

/** Starts loading every lazy page among the elements of the matched routes. */
export function preloadPages(matches: ReadonlyArray<{ route: { element?: ReactNode } }>): void {
  for (const { route } of matches) {
    if (!isValidElement(route.element)) continue;
    const type: unknown = route.element.type;
    if (typeof type === 'object' && type !== null && 'preload' in type && typeof type.preload === 'function') void (type as LazyPage).preload().catch(() => undefined);
  }
}
