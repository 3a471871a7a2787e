import { describe, expect, it } from 'vitest';
import { localDate, startOfDay, zoneOffsetMinutes } from './calendar';

describe('zone offsets (one cached formatter per zone)', () => {
  it('keeps each zone its own offset when calls for several zones interleave, across daylight saving', () => {
    const winter = new Date('2025-01-15T12:00:00Z');
    const summer = new Date('2025-07-15T12:00:00Z');
    for (let round = 0; round < 3; round += 1) {
      expect(zoneOffsetMinutes(winter, 'Asia/Shanghai')).toBe(480);
      expect(zoneOffsetMinutes(winter, 'America/New_York')).toBe(-300);
      expect(zoneOffsetMinutes(summer, 'America/New_York')).toBe(-240);
      expect(zoneOffsetMinutes(summer, 'Asia/Kathmandu')).toBe(345);
      expect(zoneOffsetMinutes(summer, 'UTC')).toBe(0);
    }
  });

  it('gives local days and their first instant in the county', () => {
    expect(localDate(new Date('2024-03-20T15:59:59Z'), 'Asia/Shanghai')).toBe('2024-03-20');
    expect(localDate(new Date('2024-03-20T16:00:00Z'), 'Asia/Shanghai')).toBe('2024-03-21');
    expect(startOfDay('2024-03-21', 'Asia/Shanghai').toISOString()).toBe('2024-03-20T16:00:00.000Z');
    expect(startOfDay('2025-03-09', 'America/New_York').toISOString()).toBe('2025-03-09T05:00:00.000Z');
  });

  it('refuses an unknown zone', () => {
    expect(() => zoneOffsetMinutes(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});
