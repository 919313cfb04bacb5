import { describe, expect, it } from 'vitest';
import { placeHotspot, wardHotspot } from './hotspots.ts';

describe('placeHotspot', () => {
  it('flags a place linked to two or more cases and says why', () => {
    expect(placeHotspot(1)).toBeNull();
    expect(placeHotspot(2)).toBe('Linked to children in 2 different cases');
  });
});

describe('wardHotspot', () => {
  it('flags a rise of at least 2 to at least 3, naming the count and both figures', () => {
    expect(wardHotspot([{ label: 'Missing episodes', current: 5, previous: 1 }])).toBe('Missing episodes rose from 1 to 5 against the previous 90 days');
  });
  it('ignores small numbers, small rises and falls', () => {
    expect(wardHotspot([{ label: 'Missing episodes', current: 2, previous: 0 }])).toBeNull();
    expect(wardHotspot([{ label: 'Missing episodes', current: 9, previous: 8 }])).toBeNull();
    expect(wardHotspot([{ label: 'Missing episodes', current: 3, previous: 9 }])).toBeNull();
  });
  it('joins several reasons and publishes figures through the given rule', () => {
    const r = wardHotspot(
      [
        { label: 'Missing episodes', current: 12, previous: 4 },
        { label: 'Concerns raised', current: 6, previous: 0 },
      ],
      (n) => (n > 0 && n < 8 ? '*' : String(n)),
    );
    expect(r).toBe('Missing episodes rose from * to 12 against the previous 90 days; Concerns raised rose from 0 to * against the previous 90 days');
  });
});
