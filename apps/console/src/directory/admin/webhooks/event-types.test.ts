// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EVENT_TYPE_SUGGESTIONS, maskedSecret, normalizeEventTypes } from './event-types';

describe('webhook event types (事件类型)', () => {
  it('trims, splits what was pasted together and keeps each type once, in order', () => {
    expect(normalizeEventTypes([' finance.* ', 'directory.staff.created, finance.*', 'a；b', ''])).toEqual([
      'finance.*',
      'directory.staff.created',
      'a',
      'b',
    ]);
    expect(normalizeEventTypes(undefined)).toEqual([]);
  });

  it('suggests the wildcards first and no type twice', () => {
    expect(EVENT_TYPE_SUGGESTIONS.slice(0, 3)).toEqual(['*', 'directory.*', 'finance.*']);
    expect(new Set(EVENT_TYPE_SUGGESTIONS).size).toBe(EVENT_TYPE_SUGGESTIONS.length);
    expect(EVENT_TYPE_SUGGESTIONS).toContain('finance.purchaseRequest.submitted');
  });

  it('shows only the tail of the signing secret', () => {
    expect(maskedSecret('…a1b2')).toBe('••••••a1b2');
    expect(maskedSecret('a1b2')).toBe('••••••a1b2');
    expect(maskedSecret('')).toBe('');
  });
});
