import { describe, expect, it } from 'vitest';
import { closeBlockers, countsProblem, districtReport, incidentTimeline } from './incidents';

describe('a serious incident’s report to the district (事故上报)', () => {
  const due = '2026-12-04T04:00:00.000Z';
  it('is in time or late once reported, overdue or still due before', () => {
    expect(districtReport({ serious: false, reportDueAt: null }, new Date())).toBe('NONE');
    expect(districtReport({ serious: true, reportDueAt: due, reportedToDistrictAt: '2026-12-04T03:59:00.000Z' }, new Date())).toBe(
      'IN_TIME',
    );
    expect(districtReport({ serious: true, reportDueAt: due, reportedToDistrictAt: '2026-12-04T04:01:00.000Z' }, new Date())).toBe('LATE');
    expect(districtReport({ serious: true, reportDueAt: due }, new Date('2026-12-04T05:00:00Z'))).toBe('OVERDUE');
    expect(districtReport({ serious: true, reportDueAt: due }, new Date('2026-12-04T03:00:00Z'))).toBe('DUE');
  });

  it('is in time on the very minute it is due', () => {
    expect(districtReport({ serious: true, reportDueAt: due, reportedToDistrictAt: due }, new Date())).toBe('IN_TIME');
    expect(districtReport({ serious: true, reportDueAt: due }, new Date(due))).toBe('DUE');
  });
});

describe('closing an incident (结案)', () => {
  it('waits for the investigation, every action and a serious one’s report to the district', () => {
    expect(closeBlockers({ status: 'REPORTED', serious: true, actions: [] })).toEqual(['NOT_INVESTIGATED', 'NOT_REPORTED']);
    expect(
      closeBlockers({ status: 'INVESTIGATED', serious: false, actions: [{ doneAt: '2026-12-05T02:00:00Z' }, { doneAt: null }] }),
    ).toEqual(['OPEN_ACTIONS']);
    expect(
      closeBlockers({
        status: 'INVESTIGATED',
        serious: true,
        reportedToDistrictAt: '2026-12-04T03:00:00Z',
        actions: [{ doneAt: '2026-12-05T02:00:00Z' }],
      }),
    ).toEqual([]);
    expect(closeBlockers({ status: 'CLOSED', serious: true, actions: [{ doneAt: null }] })).toEqual([]);
  });

  it('takes no more injured than affected', () => {
    expect(countsProblem(3, 2)).toBeNull();
    expect(countsProblem(3, 3)).toBeNull();
    expect(countsProblem(1, 2)).toBe('INJURED_OVER_AFFECTED');
    expect(countsProblem(undefined, undefined)).toBeNull();
  });
});

describe('an incident’s timeline', () => {
  it('lists what its fields tell, oldest first', () => {
    const events = incidentTimeline({
      occurredAt: '2026-12-04T02:00:00Z',
      createdAt: '2026-12-04T02:30:00Z',
      reportedToDistrictAt: '2026-12-04T03:00:00Z',
      closedAt: '2026-12-10T02:00:00Z',
      actions: [
        { description: '疏通排水口', doneAt: '2026-12-06T02:00:00Z', doneNote: '已疏通' },
        { description: '张贴警示', doneAt: '2026-12-05T02:00:00Z' },
        { description: '更换地垫', doneAt: null },
      ],
    });
    expect(events.map((e) => e.kind)).toEqual(['OCCURRED', 'RECORDED', 'REPORTED_TO_DISTRICT', 'ACTION_DONE', 'ACTION_DONE', 'CLOSED']);
    expect(events.filter((e) => e.kind === 'ACTION_DONE').map((e) => e.text)).toEqual(['张贴警示', '疏通排水口：已疏通']);
    expect(incidentTimeline({ occurredAt: '2026-12-04T02:00:00Z', createdAt: '2026-12-04T02:00:00Z', actions: [] })).toEqual([
      { kind: 'OCCURRED', at: '2026-12-04T02:00:00Z' },
      { kind: 'RECORDED', at: '2026-12-04T02:00:00Z' },
    ]);
  });
});
