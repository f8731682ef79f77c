/** One pinned item: enough to list it without asking the API again. */
export interface PinnedItem {
  id: string;
  name: string;
  kind: string;
}

const KEY = 'lo-shortlist';
export const SHORTLIST_CHANGED = 'lo-shortlist-changed';

/** The shortlist kept in this browser (localStorage); shared as a link with the ids. */
export function readShortlist(): PinnedItem[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isPinned).slice(0, 100) : [];
  } catch {
    return [];
  }
}

export function isPinnedId(id: string): boolean {
  return readShortlist().some((item) => item.id === id);
}

export function pin(item: PinnedItem): void {
  const items = readShortlist().filter((i) => i.id !== item.id);
  write([...items, { id: item.id, name: item.name, kind: item.kind }]);
}

export function unpin(id: string): void {
  write(readShortlist().filter((i) => i.id !== id));
}

export function replaceShortlist(items: PinnedItem[]): void {
  write(items);
}

function write(items: PinnedItem[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(items));
  } catch {
    // Private browsing may refuse storage: the shortlist still works as a link.
  }
  window.dispatchEvent(new CustomEvent(SHORTLIST_CHANGED));
}

function isPinned(value: unknown): value is PinnedItem {
  const v = value as Partial<PinnedItem> | null;
  return typeof v?.id === 'string' && typeof v.name === 'string' && typeof v.kind === 'string';
}
