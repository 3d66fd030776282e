// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { stepActor, timelineEntries, type StepRecord } from './steps';

const zh = (zhText: string) => zhText;
const en = (_zh: string, enText: string) => enText;
const people = { viewerAccountId: 'acc-me', viewerName: '李主任', requesterAccountId: 'acc-req', requesterName: '周老师' };

const steps: StepRecord[] = [
  { id: 's1', action: 'SUBMITTED', actorAccountId: 'acc-req', comment: null, occurredAt: '2026-03-01T01:05:00Z' },
  { id: 's2', action: 'APPROVED', level: 'DIRECTOR', actorAccountId: 'acc-me', comment: '  ', occurredAt: '2026-03-01T16:30:00Z' },
  {
    id: 's3',
    action: 'REJECTED',
    level: 'PRINCIPAL',
    actorAccountId: 'acc-0000principal',
    comment: '预算不足',
    occurredAt: '2026-03-02T02:00:00Z',
  },
  { id: 's4', action: 'ORDERED', actorAccountId: 'acc-0000abcdef', occurredAt: '2026-03-03T02:00:00Z' },
];

describe('steps timeline', () => {
  it('shows each step, oldest first, in the school zone with the level acted at', () => {
    const entries = timelineEntries(steps, people, 'Asia/Shanghai', zh);
    expect(entries.map((e) => e.title)).toEqual(['提交申请', '审批通过（总务主任）', '退回（校长）', '采购下单']);
    // 16:30 UTC is past midnight in Shanghai: the school's date, not the UTC one
    expect(entries.map((e) => e.when)).toEqual(['2026-03-01 09:05', '2026-03-02 00:30', '2026-03-02 10:00', '2026-03-03 10:00']);
    expect(entries.map((e) => e.color)).toEqual(['blue', 'green', 'red', 'blue']);
    expect(entries.map((e) => e.comment)).toEqual([null, null, '预算不足', null]);
  });

  it('names the viewer and the requester, else the level, else a short account id', () => {
    expect(entries().map((e) => e.who)).toEqual(['周老师', '李主任（我）', '校长', '账号 …abcdef']);
    expect(stepActor(steps[1], { ...people, viewerName: null }, en)).toBe('Me');
    expect(stepActor(steps[0], { ...people, requesterName: null }, en)).toBe('Requester');
    expect(stepActor(steps[2], people, en)).toBe('Principal');
  });

  it('keeps a step the console does not know yet, by its name', () => {
    const [entry] = timelineEntries([{ ...steps[0], action: 'ARCHIVED' }], people, 'Asia/Shanghai', en);
    expect(entry).toMatchObject({ title: 'ARCHIVED', color: 'gray' });
  });
});

function entries() {
  return timelineEntries(steps, people, 'Asia/Shanghai', zh);
}
