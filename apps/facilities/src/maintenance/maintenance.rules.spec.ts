import type { GraphQLError } from 'graphql';
import { ChecklistItemKind, MaintenanceBasis, MaintenanceFrequency } from './maintenance.entity';
import {
  answerChecklist,
  checkChecklist,
  checkInterval,
  checkLeadDays,
  checkMeterRule,
  dueReadingAfterService,
  isMeterToOpen,
  meterUnits,
  dueAfterCompletion,
  dueAfterOpening,
  isToOpen,
  MAINTENANCE_TEMPLATES,
} from './maintenance.rules';
import { nextByRule } from '@houqin/common';

const fieldOf = (act: () => void): string | undefined => {
  try {
    act();
  } catch (error) {
    return ((error as GraphQLError).extensions as { field?: string }).field;
  }
  return undefined;
};

describe('maintenance schedules (预防性维护)', () => {
  it('a lift every 15 days from 1 September falls due on the 16th, 1 October, 16 October (from the plan, whenever done)', () => {
    const lift = { basis: MaintenanceBasis.PLAN, frequency: MaintenanceFrequency.DAILY, interval: 15, startsOn: '2026-09-01' };
    expect(dueAfterOpening(lift, '2026-09-01')).toBe('2026-09-16');
    expect(dueAfterOpening(lift, '2026-09-16')).toBe('2026-10-01');
    expect(nextByRule(MaintenanceFrequency.DAILY, 15, '2026-09-01', '2026-10-05')).toBe('2026-10-16');
    expect(nextByRule(MaintenanceFrequency.DAILY, 15, '2026-09-01', '2026-09-01', true)).toBe('2026-09-01');
  });

  it('a tank cleaned every 6 months from its last cleaning: the next is known only when this one is done', () => {
    const tank = { basis: MaintenanceBasis.LAST_COMPLETION, frequency: MaintenanceFrequency.MONTHLY, interval: 6, startsOn: '2026-03-01' };
    expect(dueAfterOpening(tank, '2026-03-01')).toBeNull();
    expect(dueAfterCompletion(tank, '2026-03-10')).toBe('2026-09-10');
    expect(dueAfterCompletion({ frequency: MaintenanceFrequency.YEARLY, interval: 1 }, '2026-11-20')).toBe('2027-11-20');
  });

  it('opens a work order leadDays before the due day', () => {
    expect(isToOpen('2026-10-01', 2, '2026-09-28')).toBe(false);
    expect(isToOpen('2026-10-01', 2, '2026-09-29')).toBe(true);
    expect(isToOpen('2026-10-01', 0, '2026-10-02')).toBe(true);
  });

  it('refuses a schedule with no interval, a lead of more than 60 days, an empty or malformed checklist', () => {
    expect(fieldOf(() => checkInterval(0))).toBe('interval');
    expect(fieldOf(() => checkInterval(1.5))).toBe('interval');
    expect(fieldOf(() => checkLeadDays(61))).toBe('leadDays');
    expect(fieldOf(() => checkInterval(15))).toBeUndefined();
    expect(fieldOf(() => checkLeadDays(2))).toBeUndefined();
    expect(fieldOf(() => checkChecklist([]))).toBe('checklist');
    expect(fieldOf(() => checkChecklist([{ label: ' ', kind: ChecklistItemKind.PASS_FAIL }]))).toBe('checklist.0.label');
    expect(fieldOf(() => checkChecklist([{ label: 'p', kind: ChecklistItemKind.NUMBER, min: '0.2', max: '0.1' }]))).toBe('checklist.0.max');
    expect(fieldOf(() => checkChecklist([{ label: 'p', kind: ChecklistItemKind.NUMBER, min: 'low' }]))).toBe('checklist.0.min');
    for (const template of MAINTENANCE_TEMPLATES) expect(fieldOf(() => checkChecklist(template.checklist))).toBeUndefined();
  });

  it('answers a checklist item by item: a pressure outside its limits fails, a missing answer is refused on its item', () => {
    const items = MAINTENANCE_TEMPLATES.find((t) => t.code === 'FIRE_SYSTEM_YEARLY')!.checklist;
    const answers = answerChecklist(items, [
      { passed: true },
      { value: '0.05' },
      { passed: true },
      { passed: false },
      { photoRef: 'report.jpg' },
    ]);
    expect(answers.map((a) => a.passed)).toEqual([true, false, true, false, true]);
    expect(
      answerChecklist(items, [{ passed: true }, { value: '0.35' }, { passed: true }, { passed: true }, { photoRef: 'r.jpg' }])[1].passed,
    ).toBe(true);
    expect(fieldOf(() => answerChecklist(items, [{ passed: true }]))).toBe('answers');
    expect(
      fieldOf(() => answerChecklist(items, [{ passed: true }, { value: 'high' }, { passed: true }, { passed: true }, { photoRef: 'r' }])),
    ).toBe('answers.1.value');
    expect(fieldOf(() => answerChecklist(items, [{}, { value: '0.3' }, { passed: true }, { passed: true }, { photoRef: 'r' }]))).toBe(
      'answers.0.passed',
    );
  });

  it('a generator every 250 running hours (按计量): opens 10 hours ahead, the next counted from the reading at its service', () => {
    const generator = { meterIntervalThousandths: 250_000, meterLeadThousandths: 10_000, nextDueReadingThousandths: 1_252_000 };
    expect(isMeterToOpen({ ...generator, meterReadingThousandths: 1_241_999 })).toBe(false);
    expect(isMeterToOpen({ ...generator, meterReadingThousandths: 1_242_000 })).toBe(true);
    expect(isMeterToOpen({ ...generator, meterReadingThousandths: 1_300_000 })).toBe(true); // read late: still opens
    expect(isMeterToOpen({ ...generator, meterReadingThousandths: 1_260_000, nextDueReadingThousandths: null })).toBe(false); // one is open
    expect(isMeterToOpen({ ...generator, meterReadingThousandths: null })).toBe(false);
    expect(dueReadingAfterService(generator, 1_248_500)).toBe(1_498_500);
  });

  it('reads meter units exactly and refuses a meter rule with no unit, no interval or a lead not below it', () => {
    expect(meterUnits(' 1252.5 ', 'reading')).toBe(1_252_500);
    expect(meterUnits('0', 'reading')).toBe(0);
    for (const bad of ['-1', '1.2345', 'twelve', '', null]) expect(fieldOf(() => meterUnits(bad, 'reading'))).toBe('reading');
    expect(fieldOf(() => checkMeterRule(' ', 250_000, 0))).toBe('meterUnit');
    expect(fieldOf(() => checkMeterRule('h', 0, 0))).toBe('meterInterval');
    expect(fieldOf(() => checkMeterRule('h', 250_000, 250_000))).toBe('meterLead');
    expect(fieldOf(() => checkMeterRule('h', 250_000, 10_000))).toBeUndefined();
    const template = MAINTENANCE_TEMPLATES.find((t) => t.code === 'GENERATOR_250_HOURS')!;
    expect(template).toMatchObject({ basis: MaintenanceBasis.METER, meter: { unit: 'h', interval: '250' } });
    expect(template.frequency).toBeUndefined();
  });
});
