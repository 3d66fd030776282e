import { describe, expect, it } from 'vitest';
import { CHECKLIST_KIND, MAINTENANCE_BASIS, MAINTENANCE_FREQUENCY, OCCURRENCE_STATE, OCCURRENCE_STATE_COLOR } from './labels';
import {
  canRecordChecklist,
  checklistAnswers,
  checklistFormValues,
  dueDayOf,
  failedCount,
  intervalText,
  judgeNumber,
  meterDueText,
  scheduleRuleText,
  templateSummary,
  limitsText,
  monthDays,
  normaliseDecimal,
  occurrenceState,
  readMonth,
  ruleText,
  shiftDay,
  shiftMonth,
  thousandths,
} from './maintenance';

const zh = (z: string) => z;
const en = (_: string, e: string) => e;

const LIFT = [
  { label: '机房环境', kind: 'PASS_FAIL' },
  { label: '平层准确度', kind: 'NUMBER', min: '-15', max: '15', unit: 'mm' },
  { label: '运行次数', kind: 'READING', unit: '次' },
  { label: '检测报告', kind: 'PHOTO' },
];

describe('labels', () => {
  it('names every frequency, basis, checklist kind and due-day state, each state with a colour', () => {
    expect(Object.keys(MAINTENANCE_FREQUENCY)).toEqual(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
    expect(Object.keys(MAINTENANCE_BASIS)).toEqual(['PLAN', 'LAST_COMPLETION', 'METER']);
    expect(Object.keys(CHECKLIST_KIND)).toEqual(['PASS_FAIL', 'NUMBER', 'READING', 'PHOTO']);
    for (const state of Object.keys(OCCURRENCE_STATE))
      expect(OCCURRENCE_STATE_COLOR[state as keyof typeof OCCURRENCE_STATE_COLOR]).toBeTruthy();
    expect(OCCURRENCE_STATE_COLOR.OVERDUE).toBe('red');
  });
});

describe('schedules by meter in words (按计量)', () => {
  const generator = { rule: null, meterUnit: 'h', meterInterval: '250', meterReading: '1246', nextDueReading: '1252' };
  it('says the interval, where the meter stands, and that an open service has no due reading yet', () => {
    expect(scheduleRuleText(generator, zh)).toBe('每 250 h');
    expect(scheduleRuleText(generator, en)).toBe('every 250 h');
    expect(scheduleRuleText({ rule: 'FREQ=DAILY;INTERVAL=15' }, zh)).toBe('每 15 天');
    expect(scheduleRuleText({}, en)).toBe('—');
    expect(meterDueText(generator, en)).toBe('Due at 1252 h (now 1246 h)');
    expect(meterDueText(generator, zh)).toBe('1252 h 时到期（当前 1246 h）');
    expect(meterDueText({ ...generator, nextDueReading: null }, en)).toBe('Its work order is open (now 1246 h)');
    expect(templateSummary({ ...generator, basisNote: 'makers' }, en)).toBe('every 250 h · makers');
  });
});

describe('schedules in words', () => {
  it('says the interval as people do', () => {
    expect(intervalText('DAILY', 15, zh)).toBe('每 15 天');
    expect(intervalText('DAILY', 15, en)).toBe('every 15 days');
    expect(intervalText('YEARLY', 1, zh)).toBe('每年');
    expect(intervalText('MONTHLY', 6, zh)).toBe('每 6 个月');
    expect(intervalText('WEEKLY', 1, en)).toBe('every week');
  });

  it('reads an RFC 5545 rule, and leaves one it cannot say as it is', () => {
    expect(ruleText('FREQ=DAILY;INTERVAL=15', zh)).toBe('每 15 天');
    expect(ruleText('RRULE:FREQ=YEARLY;INTERVAL=1', en)).toBe('every year');
    expect(ruleText('FREQ=MONTHLY', zh)).toBe('每月');
    expect(ruleText('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', zh)).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO');
    expect(ruleText('FREQ=HOURLY;INTERVAL=2', zh)).toBe('FREQ=HOURLY;INTERVAL=2');
  });
});

describe('days and months', () => {
  it('moves days and months on the calendar', () => {
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDay('2024-02-28', 1)).toBe('2024-02-29');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(monthDays('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthDays('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });

  it('takes the month from the address when well formed, else the school’s current one', () => {
    expect(readMonth('2026-04', '2026-05-20')).toBe('2026-04');
    expect(readMonth('2026-13', '2026-05-20')).toBe('2026-05');
    expect(readMonth(null, '2026-05-20')).toBe('2026-05');
  });

  it('finds a maintenance work order’s due day from its due time: the school’s midnight after it', () => {
    // Due at 2026-03-16 00:00 in Shanghai (2026-03-15T16:00Z): the due day is the 15th.
    expect(dueDayOf('2026-03-15T16:00:00.000Z', 'Asia/Shanghai')).toBe('2026-03-15');
    expect(dueDayOf('2026-03-16T00:00:00.000Z', 'UTC')).toBe('2026-03-15');
  });

  it('tells where a due day stands', () => {
    const today = '2026-03-20';
    expect(occurrenceState({ dueOn: '2026-03-10', completedOn: '2026-03-09' }, today)).toBe('DONE');
    expect(occurrenceState({ dueOn: '2026-03-10', completedOn: '2026-03-10' }, today)).toBe('DONE');
    expect(occurrenceState({ dueOn: '2026-03-10', completedOn: '2026-03-12' }, today)).toBe('LATE');
    expect(occurrenceState({ dueOn: '2026-03-17', completedOn: null, workOrder: { overdue: true } }, today)).toBe('OVERDUE');
    expect(occurrenceState({ dueOn: '2026-03-22', completedOn: null, workOrder: { overdue: false } }, today)).toBe('OPEN');
    // Without a readable work order the day is compared with today.
    expect(occurrenceState({ dueOn: '2026-03-17', workOrder: null }, today)).toBe('OVERDUE');
    expect(occurrenceState({ dueOn: '2026-03-20', workOrder: null }, today)).toBe('OPEN');
  });
});

describe('the checklist (检查记录)', () => {
  it('judges a number against its limits exactly, as the service does', () => {
    expect(thousandths('0.15')).toBe(150);
    expect(thousandths('-15')).toBe(-15000);
    expect(judgeNumber({ min: '-15', max: '15' }, '15')).toBe('pass');
    expect(judgeNumber({ min: '-15', max: '15' }, '15.001')).toBe('fail');
    expect(judgeNumber({ min: '-15', max: '15' }, '-15')).toBe('pass');
    expect(judgeNumber({ min: '0.10', max: '0.80' }, '０.３５')).toBe('pass');
    expect(judgeNumber({ min: '0.10' }, '0.099')).toBe('fail');
    expect(judgeNumber({}, '123456')).toBe('pass');
    expect(judgeNumber({ min: '1' }, 'abc')).toBe('invalid');
    expect(judgeNumber({ min: '1' }, '1.2345')).toBe('invalid');
  });

  it('normalises a typed number (full-width digits, a plus sign, spaces)', () => {
    expect(normaliseDecimal(' ３.5 ')).toBe('3.5');
    expect(normaliseDecimal('+3')).toBe('3');
    expect(normaliseDecimal('1,000')).toBeNull();
    expect(normaliseDecimal('')).toBeNull();
  });

  it('shows the limits and unit', () => {
    expect(limitsText({ min: '-15', max: '15', unit: 'mm' })).toBe('-15 ~ 15 mm');
    expect(limitsText({ min: '0.05', unit: 'mg/L' })).toBe('≥ 0.05 mg/L');
    expect(limitsText({ max: '2' })).toBe('≤ 2');
    expect(limitsText({ unit: '次' })).toBe('次');
    expect(limitsText({})).toBe('');
  });

  it('builds one answer per item in order, each with only what its kind is answered with', () => {
    expect(
      checklistAnswers(LIFT, [
        { passed: true, value: 'ignored', photoRef: 'ignored' },
        { value: ' ２０ ' },
        { value: '12345' },
        { photoRef: ' IMG_0001.jpg ' },
      ]),
    ).toEqual([
      { passed: true, value: null, photoRef: null },
      { passed: null, value: '20', photoRef: null },
      { passed: null, value: '12345', photoRef: null },
      { passed: null, value: null, photoRef: 'IMG_0001.jpg' },
    ]);
  });

  it('guesses nothing: an unanswered item goes without its answer (the graph names it), a bad number as typed', () => {
    expect(checklistAnswers(LIFT, [{ passed: null }, { value: 'abc' }, undefined])).toEqual([
      { passed: null, value: null, photoRef: null },
      { passed: null, value: 'abc', photoRef: null },
      { passed: null, value: null, photoRef: null },
      { passed: null, value: null, photoRef: null },
    ]);
    expect(checklistAnswers(LIFT, []).length).toBe(LIFT.length);
  });

  it('starts the form from what was recorded, else unanswered', () => {
    expect(checklistFormValues(LIFT, null)).toEqual(LIFT.map(() => ({ passed: null, value: '', photoRef: '' })));
    const recorded = [
      { item: 0, passed: false, value: null, photoRef: null },
      { item: 1, passed: false, value: '20', photoRef: null },
      { item: 3, passed: true, value: null, photoRef: 'IMG_1.jpg' },
    ];
    expect(checklistFormValues(LIFT, recorded)).toEqual([
      { passed: false, value: '', photoRef: '' },
      { passed: null, value: '20', photoRef: '' },
      { passed: null, value: '', photoRef: '' },
      { passed: null, value: '', photoRef: 'IMG_1.jpg' },
    ]);
    expect(failedCount(recorded)).toBe(2);
    expect(failedCount(null)).toBe(0);
  });

  it('is recorded on a maintenance work order in progress by whoever may finish it', () => {
    expect(canRecordChecklist({ source: 'PM', status: 'IN_PROGRESS', viewerActions: ['FINISH'] })).toBe(true);
    expect(canRecordChecklist({ source: 'PM', status: 'ASSIGNED', viewerActions: ['START'] })).toBe(false);
    expect(canRecordChecklist({ source: 'PM', status: 'IN_PROGRESS', viewerActions: [] })).toBe(false);
    expect(canRecordChecklist({ source: 'STAFF', status: 'IN_PROGRESS', viewerActions: ['FINISH'] })).toBe(false);
  });
});
