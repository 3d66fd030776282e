import type { GraphQLError } from 'graphql';
import { checkIncident, perThousand, reportDueAt, reportedInTime } from './incident.rules';

const fieldOf = (act: () => unknown): string | undefined => {
  try {
    act();
  } catch (error) {
    return (error as GraphQLError).extensions?.field as string;
  }
  return undefined;
};
const at = (iso: string) => new Date(iso);

describe('reporting a serious incident to the district in time (事故上报)', () => {
  it('is due the district’s hours after it happened; a minor one need not be reported', () => {
    expect(reportDueAt(at('2026-11-16T02:00:00Z'), true, 2)).toEqual(at('2026-11-16T04:00:00Z'));
    expect(reportDueAt(at('2026-11-16T02:00:00Z'), false, 2)).toBeNull();
  });

  it('was in time, late, not yet due, or overdue', () => {
    const due = at('2026-11-16T04:00:00Z');
    expect(reportedInTime(due, at('2026-11-16T03:30:00Z'), at('2026-11-17T00:00:00Z'))).toBe(true);
    expect(reportedInTime(due, at('2026-11-16T05:00:00Z'), at('2026-11-17T00:00:00Z'))).toBe(false);
    expect(reportedInTime(due, null, at('2026-11-16T03:00:00Z'))).toBeNull();
    expect(reportedInTime(due, null, at('2026-11-16T05:00:00Z'))).toBe(false);
    expect(reportedInTime(null, null, at('2026-11-16T05:00:00Z'))).toBeNull();
  });
});

describe('incidents', () => {
  it('count per 1,000 students with one decimal', () => {
    expect(perThousand(3, 1250)).toBe('2.4');
    expect(perThousand(0, 800)).toBe('0.0');
    expect(perThousand(2, 0)).toBeNull();
  });

  it('refuse a time in the future and more injured than affected', () => {
    const now = at('2026-11-16T06:00:00Z');
    expect(fieldOf(() => checkIncident({ occurredAt: at('2026-11-16T07:00:00Z'), peopleAffected: 1, injured: 0 }, now))).toBe('occurredAt');
    expect(fieldOf(() => checkIncident({ occurredAt: at('2026-11-16T05:00:00Z'), peopleAffected: 1, injured: 2 }, now))).toBe('injured');
    expect(fieldOf(() => checkIncident({ occurredAt: at('2026-11-16T05:00:00Z'), peopleAffected: 3, injured: 1 }, now))).toBeUndefined();
  });
});
