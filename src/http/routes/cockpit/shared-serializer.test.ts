import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sharedSerializerCompiler } from './shared-serializer';

describe('the shared serializer', () => {
  const serialize = sharedSerializerCompiler({ schema: z.object({ rate: z.number() }), method: 'GET', url: '/x', httpStatus: '200' });

  it('writes one response object once, however many replies carry it', () => {
    const shared = { rate: 0.5 };
    expect(serialize(shared)).toBe('{"rate":0.5}');
    shared.rate = 0.9; // the same object again: its JSON is not written (or checked) a second time
    expect(serialize(shared)).toBe('{"rate":0.5}');
    expect(serialize({ rate: 0.9 })).toBe('{"rate":0.9}');
  });

  it('still checks a new object against the schema', () => {
    expect(() => serialize({ rate: 'high' })).toThrow();
  });
});
