import type { OrukPage } from './types.ts';

/** The paging envelope of every ORUK list: `contents` is one page of `total` items, pages numbered from 1. */
export function toPage<T>(contents: T[], total: number, pageNumber: number, perPage: number): OrukPage<T> {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** One page of an in-memory list (taxonomies, terms). */
export function pageOf<T>(all: T[], pageNumber: number, perPage: number): OrukPage<T> {
  const from = (pageNumber - 1) * perPage;
  return toPage(all.slice(from, from + perPage), all.length, pageNumber, perPage);
}
