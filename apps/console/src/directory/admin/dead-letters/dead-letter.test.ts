// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { deadLetterFilter, prettyPayload, replayAction } from './dead-letter';

describe('dead letters (死信)', () => {
  it('shows a JSON payload indented', () => {
    expect(prettyPayload('{"a":1,"b":{"c":"校"}}')).toBe('{\n  "a": 1,\n  "b": {\n    "c": "校"\n  }\n}');
  });

  it('shows a payload that is not JSON as stored', () => {
    expect(prettyPayload('not json {')).toBe('not json {');
    expect(prettyPayload('')).toBe('');
  });

  it('replays with the service’s own action', () => {
    expect(replayAction('directory')).toBe('replayDirectoryDeadLetter');
    expect(replayAction('finance')).toBe('replayFinanceDeadLetter');
  });

  it('filters by a trimmed type, every type when blank, awaiting replay unless asked', () => {
    expect(deadLetterFilter({ type: ' finance.purchaseRequest.submitted ' })).toEqual({
      type: 'finance.purchaseRequest.submitted',
      includeReplayed: false,
    });
    expect(deadLetterFilter({ type: '  ', includeReplayed: true })).toEqual({ includeReplayed: true });
  });
});
