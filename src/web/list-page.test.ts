import { describe, expect, it } from 'vitest';
import { listPage, pageHolding } from './list-page.ts';

const rows = Array.from({ length: 120 }, (_, i) => i);
const href = (n: number) => `/x?page=${n}`;

describe('listPage', () => {
  it('shows a short list whole, with no page links', () => {
    expect(listPage([1, 2, 3], undefined, href)).toEqual({ rows: [1, 2, 3], start: 0, total: 3, page: 1, pages: 1, previous: null, next: null });
    expect(listPage([], '2', href)).toMatchObject({ rows: [], pages: 1, page: 1, previous: null, next: null });
  });

  it.each([
    ['1', 1, 0, null, '/x?page=2'],
    ['2', 2, 50, '/x?page=1', '/x?page=3'],
    ['3', 3, 100, '/x?page=2', null],
    ['9', 3, 100, '/x?page=2', null], // past the end: the last page
    ['0', 1, 0, null, '/x?page=2'],
    ['-1', 1, 0, null, '/x?page=2'],
    ['1.5', 1, 0, null, '/x?page=2'],
    ['2 ', 1, 0, null, '/x?page=2'],
    ['9999999', 1, 0, null, '/x?page=2'],
    [['2', '3'], 1, 0, null, '/x?page=2'],
  ])('page %j of 120 rows is page %d from row %d', (raw, page, start, previous, next) => {
    const p = listPage(rows, raw, href);
    expect(p).toMatchObject({ page, start, pages: 3, total: 120, previous, next });
    expect(p.rows).toEqual(rows.slice(start, start + 50));
  });

  it('finds the page holding a row, or falls back to the page asked for', () => {
    expect(pageHolding(0, '3')).toBe('1');
    expect(pageHolding(49, undefined)).toBe('1');
    expect(pageHolding(50, undefined)).toBe('2');
    expect(pageHolding(-1, '3')).toBe('3');
  });
});
