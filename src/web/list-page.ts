// One page of a long list on a page that shows it in full otherwise (a meeting's agenda, attendance and actions, an
// item's actions): a panel that has run for years has thousands of rows, and a page listing all of them is slow to
// draw and to read. Short lists (up to one page) show as before, with no page links.

export const LIST_PAGE_SIZE = 50;
// A panel reads its agenda from top to bottom in the meeting, so an ordinary agenda (a built agenda can hold every open
// concern of the area) stays on one page; only a runaway one is split.
export const AGENDA_PAGE_SIZE = 200;

export type ListPage<T> = {
  rows: T[];
  /** The index of the first row shown, in the whole list. */
  start: number;
  total: number;
  page: number;
  pages: number;
  previous: string | null;
  next: string | null;
};

/** The page number `raw` asks for (a query value, 1-based; anything else is page 1), not yet held to the last page. */
export const askedPage = (raw: unknown): number => (typeof raw === 'string' && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1);

/**
 * A page of a list the database pages itself (`rows` are already that page's, out of `total`; `page` as the query
 * asked for it, held to the last page by the caller's query): the same links as listPage.
 */
export function pageOf<T>(rows: T[], total: number, page: number, href: (page: number) => string, size = LIST_PAGE_SIZE): ListPage<T> {
  const pages = Math.max(1, Math.ceil(total / size));
  return { rows, start: (page - 1) * size, total, page, pages, previous: page > 1 ? href(page - 1) : null, next: page < pages ? href(page + 1) : null };
}

/** Page `raw` (a query value, 1-based; anything else is page 1, past the end is the last page) of `rows`. */
export function listPage<T>(rows: readonly T[], raw: unknown, href: (page: number) => string, size = LIST_PAGE_SIZE): ListPage<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const page = Math.min(askedPage(raw), pages);
  const start = (page - 1) * size;
  return {
    rows: rows.slice(start, start + size),
    start,
    total: rows.length,
    page,
    pages,
    previous: page > 1 ? href(page - 1) : null,
    next: page < pages ? href(page + 1) : null,
  };
}

/** The page number (as listPage reads it) of the row `at` is (-1: not found) or, when not found, `raw`. */
export const pageHolding = (at: number, raw: unknown, size = LIST_PAGE_SIZE): unknown => (at >= 0 ? String(Math.floor(at / size) + 1) : raw);
