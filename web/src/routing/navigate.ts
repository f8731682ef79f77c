/** Fired on window whenever the app's address changes (pushState, replaceState or the back button). */
export const ROUTE_CHANGED = 'lo-route-changed';

/**
 * Moves the app to `url` inside the page. `replace` keeps the back button's history short
 * (used for selection, which is state worth sharing but not worth a back step).
 */
export function navigate(url: string, options: { replace?: boolean } = {}): void {
  const current = location.pathname + location.search;
  if (url === current) return;
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  window.dispatchEvent(new CustomEvent(ROUTE_CHANGED, { detail: { replace: options.replace ?? false } }));
}

/**
 * Turns clicks on same-site links anywhere in the app (shadow roots included) into in-page
 * navigation. Links with a download attribute, a target, a modifier key or an /api address load normally.
 */
export function interceptLinks(root: EventTarget): () => void {
  const handleClick = (event: Event) => {
    const mouse = event as MouseEvent;
    if (mouse.defaultPrevented || mouse.button !== 0 || mouse.metaKey || mouse.ctrlKey || mouse.shiftKey || mouse.altKey) return;
    const anchor = event.composedPath().find((el): el is HTMLAnchorElement => el instanceof HTMLAnchorElement);
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname.startsWith('/oruk')) return;
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return; // in-page anchor (skip link)
    event.preventDefault();
    navigate(url.pathname + url.search);
  };
  root.addEventListener('click', handleClick);
  return () => root.removeEventListener('click', handleClick);
}
