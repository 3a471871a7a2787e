import { describe, expect, it } from 'vitest';
import { safeAppLink, unreadOf } from './notifications-api';

describe('safeAppLink', () => {
  it('follows the app’s own paths only', () => {
    expect(safeAppLink('/reports/42')).toBe('/reports/42');
    expect(safeAppLink('//evil.example/x')).toBeUndefined();
    expect(safeAppLink('https://evil.example')).toBeUndefined();
    expect(safeAppLink('javascript:alert(1)')).toBeUndefined();
    expect(safeAppLink(null)).toBeUndefined();
  });
});

describe('unreadOf', () => {
  it('keeps the notifications not read yet', () => {
    expect(unreadOf([{ readAt: null }, { readAt: '2025-12-01T00:00:00Z' }])).toEqual([{ readAt: null }]);
  });
});
