import { DutyOccurrenceStatus } from './duty.entity';
import {
  checkable,
  checkDueTime,
  deadlineOn,
  isLate,
  isOverdue,
  isReminderDue,
  parseDutyRule,
  planTask,
  reminderAt,
  ruleDays,
  ruleText,
} from './duty.rules';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    const e = error as { extensions?: { code?: string; field?: string } };
    return `${e.extensions?.code}:${e.extensions?.field}`;
  }
  return 'ok';
};

/** The demo autumn term 2026–2027 (第一学期). */
const AUTUMN = [{ startsOn: '2026-09-01', endsOn: '2027-01-22' }];
const TZ = 'Asia/Shanghai';

describe('duty task rules', () => {
  it('accepts an RFC 5545 rule a duty task can use, normalised; refuses one without a FREQ, an unknown or malformed part, a zero interval', () => {
    expect(parseDutyRule('FREQ=WEEKLY;BYDAY=FR', '2026-09-01')).toBe('FREQ=WEEKLY;BYDAY=FR');
    expect(parseDutyRule(' rrule:freq=monthly;byday=-1fr ', '2026-09-01')).toBe('FREQ=MONTHLY;BYDAY=-1FR');
    expect(parseDutyRule('FREQ=DAILY;INTERVAL=2', '2026-09-01')).toBe('FREQ=DAILY;INTERVAL=2');
    for (const bad of [
      '',
      'BYDAY=FR', // no FREQ: nothing to repeat by
      'FREQ=FORTNIGHTLY',
      'FREQ=HOURLY', // a duty is per day
      'FREQ=WEEKLY;INTERVAL=0',
      'FREQ=WEEKLY;INTERVAL=abc', // rrule itself would loop for ever on this one
      'FREQ=WEEKLY;INTERVAL=400',
      'FREQ=WEEKLY;BYDAY=XX',
      'FREQ=WEEKLY;FOO=1',
      'FREQ=WEEKLY;FREQ=DAILY',
      'FREQ=WEEKLY;UNTIL=20270101T000000Z', // the task's endsOn says that
      'FREQ=WEEKLY;COUNT=3',
      'FREQ=WEEKLY;BYDAY',
      'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', // never a day
      `FREQ=WEEKLY;BYDAY=${'MO,'.repeat(80)}MO`,
    ])
      expect([bad, refusal(() => parseDutyRule(bad, '2026-09-01', 'rule'))]).toEqual([bad, 'BAD_USER_INPUT:rule']);
  });

  it('names the days of a range from the task’s start, and says them in words', () => {
    expect(ruleDays('FREQ=WEEKLY;BYDAY=FR', '2026-09-01', '2026-09-01', '2026-09-30')).toEqual([
      '2026-09-04',
      '2026-09-11',
      '2026-09-18',
      '2026-09-25',
    ]);
    // Every other week counts from the start.
    expect(ruleDays('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', '2026-09-07', '2026-09-01', '2026-10-05')).toEqual([
      '2026-09-07',
      '2026-09-21',
      '2026-10-05',
    ]);
    expect(ruleText('FREQ=WEEKLY;BYDAY=FR', '2026-09-01')).toBe('every week on Friday');
  });

  it('a deadline is the end of the day in the school’s zone, or the time given', () => {
    expect(deadlineOn('2026-11-20', null, TZ).toISOString()).toBe('2026-11-20T16:00:00.000Z');
    expect(deadlineOn('2026-11-20', '16:30', TZ).toISOString()).toBe('2026-11-20T08:30:00.000Z');
    expect(refusal(() => checkDueTime('24:00'))).toBe('BAD_USER_INPUT:dueTime');
    expect(refusal(() => checkDueTime('9:30'))).toBe('BAD_USER_INPUT:dueTime');
    expect(checkDueTime('09:30')).toBe('09:30');
  });

  it('plans the autumn’s Fridays on school days only: not the Mid-Autumn (25 September) and National Day (2 October) Fridays', () => {
    const fridays = { rule: 'FREQ=WEEKLY;BYDAY=FR', startsOn: '2026-09-01', endsOn: null, dueTime: null };
    const plan = planTask(fridays, '2026-09-01', '2026-12-31', AUTUMN, TZ, new Date('2026-08-31T00:00:00Z'));
    expect(plan.nonSchoolDays).toEqual(['2026-09-25', '2026-10-02']);
    expect(plan.pastDays).toEqual([]);
    expect(plan.days).toHaveLength(15);
    expect(plan.days[0]).toEqual({
      dueOn: '2026-09-04',
      startsAt: new Date('2026-09-03T16:00:00Z'),
      deadline: new Date('2026-09-04T16:00:00Z'),
    });
    expect(plan.days.map((d) => d.dueOn)).toContain('2026-10-09');
  });

  it('a 调休 Saturday is a school day; a vacation day is not; days already past and days outside the task are left out', () => {
    const daily = { rule: 'FREQ=DAILY', startsOn: '2026-10-08', endsOn: '2026-10-12', dueTime: '17:00' };
    const plan = planTask(daily, '2026-10-01', '2026-10-31', AUTUMN, TZ, new Date('2026-10-09T10:00:00Z'));
    // At 18:00 on Friday the 9th (China time), Thursday's and Friday's 17:00 deadlines are past.
    expect(plan.pastDays).toEqual(['2026-10-08', '2026-10-09']);
    expect(plan.days.map((d) => d.dueOn)).toEqual(['2026-10-10', '2026-10-12']); // Saturday the 10th is a make-up school day
    expect(plan.nonSchoolDays).toEqual(['2026-10-11']);
    const summer = planTask(
      { rule: 'FREQ=DAILY', startsOn: '2027-01-20', endsOn: null, dueTime: null },
      '2027-01-20',
      '2027-01-27',
      [...AUTUMN, { startsOn: '2027-02-22', endsOn: '2027-07-02' }],
      TZ,
      new Date('2027-01-01T00:00:00Z'),
    );
    expect(summer.days.map((d) => d.dueOn)).toEqual(['2027-01-20', '2027-01-21', '2027-01-22']);
    expect(summer.nonSchoolDays).toEqual(['2027-01-23', '2027-01-24', '2027-01-25', '2027-01-26', '2027-01-27']);
  });

  it('a check waits for the mark or the deadline; overdue and late read the deadline', () => {
    const deadline = new Date('2026-11-20T16:00:00Z');
    const before = new Date('2026-11-20T10:00:00Z');
    const after = new Date('2026-11-20T16:00:00Z');
    expect(checkable({ status: DutyOccurrenceStatus.OPEN, deadline }, before)).toBe(false);
    expect(checkable({ status: DutyOccurrenceStatus.OPEN, deadline }, after)).toBe(true);
    expect(checkable({ status: DutyOccurrenceStatus.MARKED_DONE, deadline }, before)).toBe(true);
    expect(checkable({ status: DutyOccurrenceStatus.CHECKED, deadline }, after)).toBe(false);
    expect(isOverdue({ status: DutyOccurrenceStatus.OPEN, deadline }, new Date('2026-11-21T00:00:00Z'))).toBe(true);
    expect(isOverdue({ status: DutyOccurrenceStatus.MARKED_DONE, deadline }, new Date('2026-11-21T00:00:00Z'))).toBe(false);
    expect(isLate({ doneAt: new Date('2026-11-20T16:00:01Z'), deadline })).toBe(true);
    expect(isLate({ doneAt: deadline, deadline })).toBe(false);
  });
});

describe('reminders (工作提醒)', () => {
  const zone = 'Asia/Shanghai';
  const local = (t: string) => new Date(`${t}+08:00`);
  const monday = { dueOn: '2026-11-16', startsAt: local('2026-11-16T00:00:00'), deadline: local('2026-11-16T16:30:00') };

  it('falls at 07:00 on its day, an hour before an earlier deadline, and never before the job opens', () => {
    expect(reminderAt(monday, zone)).toEqual(local('2026-11-16T07:00:00'));
    expect(reminderAt({ ...monday, deadline: local('2026-11-16T06:30:00') }, zone)).toEqual(local('2026-11-16T05:30:00'));
    const urgent = { dueOn: '2026-11-17', startsAt: local('2026-11-17T09:00:00'), deadline: local('2026-11-17T12:00:00') };
    expect(reminderAt(urgent, zone)).toEqual(local('2026-11-17T09:00:00'));
    // The same day in another zone: 07:00 there.
    expect(reminderAt({ ...monday, startsAt: new Date('2026-11-15T10:00:00Z') }, 'Asia/Urumqi')).toEqual(new Date('2026-11-16T01:00:00Z'));
  });

  it('is due from then until the deadline, only while still to do', () => {
    const open = { ...monday, status: DutyOccurrenceStatus.OPEN };
    expect(isReminderDue(open, zone, local('2026-11-16T06:59:00'))).toBe(false);
    expect(isReminderDue(open, zone, local('2026-11-16T07:00:00'))).toBe(true);
    expect(isReminderDue(open, zone, local('2026-11-16T16:30:00'))).toBe(false);
    expect(isReminderDue({ ...open, status: DutyOccurrenceStatus.MARKED_DONE }, zone, local('2026-11-16T08:00:00'))).toBe(false);
  });
});
