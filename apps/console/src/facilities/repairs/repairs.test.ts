import { describe, expect, it } from 'vitest';
import { WORK_ORDER_STATUS, WORK_ORDER_STATUS_COLOR, WORK_ORDER_STEP } from './labels';
import {
  assigneeOptions,
  defaultWorkOrderView,
  dueState,
  durationText,
  needsVarianceExplanation,
  qrReportInput,
  repairStatusLink,
  repairStatusPath,
  stepAmounts,
  timelineSteps,
  typedTotalFen,
  workOrderFilter,
  workOrderViews,
  workOrderWorkItems,
  yuanInputs,
  type WaitingWorkOrder,
} from './repairs';

const zh = (z: string) => z;
const en = (_: string, e: string) => e;
const money = (fen: number) => ({ fen, yuan: (fen / 100).toFixed(2) });

describe('the anonymous repair path (扫码报修)', () => {
  it('links the status page by its token, escaped, and in full for copying', () => {
    expect(repairStatusPath('abc_DEF-123')).toBe('/repair-status/abc_DEF-123');
    expect(repairStatusPath('a/b')).toBe('/repair-status/a%2Fb');
    expect(repairStatusLink('https://houqin.example.edu.cn/', 'tok')).toBe('https://houqin.example.edu.cn/repair-status/tok');
  });

  it('sends the form trimmed, the optional name and phone as null when empty, the boxes false unless ticked', () => {
    expect(
      qrReportInput('QR12CODE3456', {
        title: ' 水龙头漏水 ',
        description: '一直在滴',
        category: 'PLUMBING',
        safety: true,
        name: '  ',
        phone: '',
      }),
    ).toEqual({
      qrCode: 'QR12CODE3456',
      title: '水龙头漏水',
      description: '一直在滴',
      category: 'PLUMBING',
      safety: true,
      urgent: false,
      name: null,
      phone: null,
    });
    expect(qrReportInput('c', { title: 't', description: 'd', name: ' 王 ', phone: '13800000000 ' })).toMatchObject({
      category: 'OTHER',
      safety: false,
      name: '王',
      phone: '13800000000',
    });
  });
});

describe('amounts of the costing and the final account', () => {
  it('takes yuan as typed to the graph’s strings, exactly, and names each bad field', () => {
    expect(yuanInputs({ labour: '120', materials: '¥1,200.5' }, ['labour', 'materials'], zh)).toEqual({
      input: { labour: '120.00', materials: '1200.50' },
      errors: [],
    });
    const bad = yuanInputs({ labour: '0.001', materials: '-3' }, ['labour', 'materials'], en);
    expect(bad.input).toBeNull();
    expect(bad.errors.map((e) => e.name)).toEqual([['labour'], ['materials']]);
    expect(bad.errors[0].errors[0]).toMatch(/yuan/);
  });

  it('reads an empty field as 0 only where asked (the contractor of an in-house repair)', () => {
    expect(yuanInputs({ labour: '1', contractor: '' }, ['labour', 'contractor'], zh, ['contractor']).input).toEqual({
      labour: '1.00',
      contractor: '0.00',
    });
    expect(yuanInputs({ labour: '' }, ['labour'], zh).errors).toHaveLength(1);
  });

  it('adds up what is typed so far, skipping what is not yet an amount', () => {
    expect(typedTotalFen(['120', '35.5', undefined, 'abc', ''])).toBe(15550);
    expect(typedTotalFen([])).toBe(0);
  });

  it('asks for a variance explanation as the service does: more than the percent above the estimate, in whole fen', () => {
    // ¥100 estimate, 10 %: ¥110.00 is within, ¥110.01 beyond.
    expect(needsVarianceExplanation(10000, 11000, 10)).toBe(false);
    expect(needsVarianceExplanation(10000, 11001, 10)).toBe(true);
    expect(needsVarianceExplanation(10000, 10001, 0)).toBe(true);
    expect(needsVarianceExplanation(null, 99999, 10)).toBe(false);
    expect(needsVarianceExplanation(10000, 99999, undefined)).toBe(false);
  });

  it('shows the estimate beside the last costing and the final account beside 决算', () => {
    const steps = [
      { id: '1', action: 'REPORTED' },
      { id: '2', action: 'COSTED' },
      { id: '3', action: 'COSTED' },
      { id: '4', action: 'APPROVED' },
      { id: '5', action: 'ACCOUNTED' },
    ];
    const amounts = stepAmounts(steps, { estimate: money(15000), actualTotal: money(16000) });
    expect([...amounts.keys()]).toEqual(['3', '5']);
    expect(amounts.get('3')?.fen).toBe(15000);
    expect(stepAmounts(steps.slice(0, 1), { estimate: null, actualTotal: null }).size).toBe(0);
  });
});

describe('the timeline of a QR report', () => {
  it('puts the report and the rating kept on the work order where they happened', () => {
    const steps = timelineSteps({
      reportedAt: '2026-03-10T01:00:00Z',
      ratedAt: '2026-03-12T01:00:00Z',
      ratingComment: '很快',
      steps: [
        { id: 'c', action: 'COSTED', occurredAt: '2026-03-10T02:00:00Z', actorAccountId: 'a9' },
        { id: 'x', action: 'ACCOUNTED', occurredAt: '2026-03-11T02:00:00Z', actorAccountId: 'a4' },
      ],
    });
    expect(steps.map((s) => [s.id, s.action])).toEqual([
      ['reported', 'REPORTED'],
      ['c', 'COSTED'],
      ['x', 'ACCOUNTED'],
      ['rated', 'RATED'],
    ]);
    expect(steps[3].comment).toBe('很快');
  });

  it('leaves a staff report’s own recorded steps alone', () => {
    const recorded = [
      { id: 'r', action: 'REPORTED', occurredAt: '2026-03-10T01:00:00Z', actorAccountId: 'a10' },
      { id: 'z', action: 'RATED', occurredAt: '2026-03-12T01:00:00Z', actorAccountId: 'a10' },
    ];
    expect(timelineSteps({ reportedAt: '2026-03-10T01:00:00Z', ratedAt: '2026-03-12T01:00:00Z', steps: recorded })).toEqual(recorded);
  });
});

describe('due times and status colours', () => {
  const now = new Date('2026-03-10T04:00:00Z');
  it('puts the graph’s overdue first, then repaired on time, then hours left', () => {
    expect(dueState({ status: 'IN_PROGRESS', dueAt: '2026-03-11T00:00:00Z', overdue: true }, now)).toBe('OVERDUE');
    expect(dueState({ status: 'CLOSED', dueAt: '2026-03-09T00:00:00Z', overdue: false }, now)).toBe('DONE');
    expect(dueState({ status: 'REJECTED', dueAt: '2026-03-09T00:00:00Z', overdue: false }, now)).toBe('NONE');
    expect(dueState({ status: 'ASSIGNED', dueAt: '2026-03-10T07:00:00Z', overdue: false }, now)).toBe('DUE_SOON');
    expect(dueState({ status: 'REPORTED', dueAt: '2026-03-12T09:00:00Z', overdue: false }, now)).toBe('ON_TIME');
  });

  it('says how long a repair took as people do', () => {
    expect(durationText(45, zh)).toBe('45 分钟');
    expect(durationText(200, zh)).toBe('3 小时 20 分钟');
    expect(durationText(180, en)).toBe('3 h');
    expect(durationText(3120, zh)).toBe('2 天 4 小时');
    expect(durationText(2880, en)).toBe('2 d');
    expect(durationText(null, zh)).toBe('—');
  });

  it('has a label and a colour for every status, and a label for every step the timelines show', () => {
    expect(Object.keys(WORK_ORDER_STATUS_COLOR).sort()).toEqual(Object.keys(WORK_ORDER_STATUS).sort());
    for (const step of ['REPORTED', 'TRIAGED', 'COSTED', 'APPROVED', 'ASSIGNED', 'STARTED', 'FINISHED', 'ACCOUNTED', 'RATED', 'REJECTED'])
      expect(WORK_ORDER_STEP[step]).toBeDefined();
  });
});

describe('the list’s views', () => {
  it('gives a maintenance worker their queue first, the director the triage view, everyone the whole list', () => {
    const maintenance = { staffId: 's9', canWork: true, canTriage: false, canCost: true };
    expect(workOrderViews(maintenance)).toEqual(['queue', 'triage', 'all']);
    expect(defaultWorkOrderView(workOrderViews(maintenance), maintenance)).toBe('queue');
    const director = { staffId: 's2', canWork: true, canTriage: true, canCost: true };
    expect(defaultWorkOrderView(workOrderViews(director), director)).toBe('triage');
    const principal = { staffId: 's1', canWork: false, canTriage: true, canCost: false };
    expect(workOrderViews(principal)).toEqual(['triage', 'all']);
    const teacher = { staffId: 's14', canWork: false, canTriage: false, canCost: false };
    expect(workOrderViews(teacher)).toEqual(['all']);
    expect(defaultWorkOrderView(['all'], teacher)).toBe('all');
    // A district account has no staff record: no queue.
    expect(workOrderViews({ staffId: null, canWork: true, canTriage: false, canCost: false })).toEqual(['all']);
  });

  it('filters the queue by my staff record and asks for overdue ones only when ticked', () => {
    expect(workOrderFilter('queue', { schoolId: 'sch', overdue: false }, 's9')).toEqual({
      schoolId: 'sch',
      status: null,
      category: null,
      priority: null,
      overdue: null,
      assigneeStaffId: 's9',
    });
    expect(workOrderFilter('all', { status: 'REPORTED', category: 'PLUMBING', priority: 'SAFETY', overdue: true }, 's9')).toEqual({
      schoolId: null,
      status: 'REPORTED',
      category: 'PLUMBING',
      priority: 'SAFETY',
      overdue: true,
      assigneeStaffId: null,
    });
  });
});

describe('My work and the assignment picker', () => {
  const order = (over: Partial<WaitingWorkOrder>): WaitingWorkOrder => ({
    id: 'w1',
    title: '水龙头漏水',
    status: 'REPORTED',
    category: 'PLUMBING',
    reportedAt: '2026-03-10T01:00:00Z',
    dueAt: '2026-03-12T09:00:00Z',
    overdue: false,
    viewerActions: ['COST'],
    room: { id: 'r', number: '302', name: '三年级2班', building: { name: '教学楼A' } },
    ...over,
  });

  it('lists each waiting work order once, overdue first then by due time, with what waits', () => {
    const items = workOrderWorkItems(
      [
        [order({ id: 'a', dueAt: '2026-03-12T00:00:00Z' }), order({ id: 'none', viewerActions: [] })],
        [order({ id: 'b', overdue: true, dueAt: '2026-03-13T00:00:00Z', viewerActions: ['START', 'FINISH'] }), order({ id: 'a' })],
      ],
      zh,
    );
    expect(items.map((i) => i.id)).toEqual(['b', 'a']);
    expect(items[0]).toMatchObject({ to: '/facilities/work-orders/b', tag: { text: '待开工 · 待完工', color: 'red' } });
    expect(items[1].title).toBe('维修：水龙头漏水');
    expect(items[1].subtitle).toBe('水 · 教学楼A 302 三年级2班');
  });

  it('lists staff in a repair post first, each with their posts', () => {
    const options = assigneeOptions(
      [
        { id: 't', name: '周老师', employeeNumber: '114', posts: ['TEACHER'] },
        { id: 'p', name: '钱师傅', employeeNumber: '108', posts: ['PLUMBER'] },
        { id: 'e', name: '孙师傅', employeeNumber: '107', posts: ['ELECTRICIAN'] },
      ],
      en,
    );
    expect(options.map((o) => o.value).slice(2)).toEqual(['t']);
    expect(options.find((o) => o.value === 'e')?.label).toBe('孙师傅 · 107 · Electrician');
  });
});
