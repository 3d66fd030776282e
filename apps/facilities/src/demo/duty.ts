import type { DataSource, EntityManager } from 'typeorm';
import { dayStart, newId, shiftDate, todayIn, type Logger } from '@houqin/common';
import { directoryCopySql, KnownSchool, type KnownSchoolTerm } from '@houqin/directory-copy';
import { DEMO_ACCOUNTS, DEMO_SCHOOLS, demoStaffIdFor } from '@houqin/demo';
import { DutyCheckResult, DutyOccurrence, DutyOccurrenceStatus, DutyTask, DutyTaskKind, DutyTaskStatus } from '../duty/duty.entity';
import { planTask } from '../duty/duty.rules';
import { FacilitiesStep } from '../workflow-step.entity';

const account = (username: string) => DEMO_ACCOUNTS.find((a) => a.username === username)!.id;
const staff = (post: string) => demoStaffIdFor('firstPrimary', post);
const HOUR = 3_600_000;

/**
 * The people of the demo sheet are those with a demo account (their marks and checks are steps taken
 * by an account): the electrician (水电工, `maintenance`), the safety officer, the storekeeper, the
 * canteen manager; checked by the director, the safety officer and the principal.
 */
interface DemoPerson {
  post: string;
  username: string;
}
const ELECTRICIAN: DemoPerson = { post: 'ELECTRICIAN', username: 'maintenance' };
const SAFETY: DemoPerson = { post: 'SAFETY_OFFICER', username: 'safety' };
const STOREKEEPER: DemoPerson = { post: 'STOREKEEPER', username: 'storekeeper' };
const CANTEEN: DemoPerson = { post: 'CANTEEN_MANAGER', username: 'canteen' };
const DIRECTOR: DemoPerson = { post: 'GENERAL_AFFAIRS_DIRECTOR', username: 'director' };

/** How the n-th past occurrence of a routine task turned out: marked done (hours after its deadline, negative: before) and checked. */
type Outcome = { doneHours: number | null; result: DutyCheckResult | null; comment?: string };

interface DemoRoutine {
  title: string;
  requirement: string;
  rule: string;
  dueTime: string | null;
  responsible: DemoPerson;
  checker: DemoPerson;
  /** The outcome of its n-th occurrence (counted over both terms, oldest first). */
  outcome: (n: number) => Outcome;
}

const wellMostly =
  (lateEvery: number, passEvery: number): DemoRoutine['outcome'] =>
  (n) =>
    n % lateEvery === lateEvery - 1
      ? { doneHours: 14, result: DutyCheckResult.DONE, comment: '次日上午补做.' }
      : { doneHours: -3, result: n % passEvery === 1 ? DutyCheckResult.DONE : DutyCheckResult.DONE_WELL };

const ROUTINES: DemoRoutine[] = [
  {
    title: '检查各教室水龙头 (classroom taps)',
    requirement: 'Every classroom tap: no drip, the handle tight, the basin drains. Replace worn washers; report what needs a repair.',
    rule: 'FREQ=WEEKLY;BYDAY=FR',
    dueTime: null,
    responsible: ELECTRICIAN,
    checker: DIRECTOR,
    outcome: wellMostly(12, 5),
  },
  {
    title: '巡查配电房 (switch room round)',
    requirement: 'Read the switch room’s meters, check the breakers and the fire extinguisher, keep the room locked.',
    rule: 'FREQ=WEEKLY;BYDAY=MO,TH',
    dueTime: '16:30',
    responsible: ELECTRICIAN,
    checker: SAFETY,
    outcome: wellMostly(15, 4),
  },
  {
    title: '校园安全巡查 (campus safety walk)',
    requirement: 'Walk the fences, gates, stairs and the playground; log hazards in the safety service.',
    rule: 'FREQ=WEEKLY;BYDAY=WE',
    dueTime: '17:00',
    responsible: SAFETY,
    checker: DIRECTOR,
    outcome: (n) =>
      n % 7 === 3
        ? { doneHours: null, result: DutyCheckResult.NOT_DONE, comment: '未见巡查记录, 东侧围栏破损未上报.' }
        : n % 5 === 2
          ? { doneHours: 20, result: DutyCheckResult.DONE, comment: '拖到第二天.' }
          : { doneHours: -2, result: n % 3 === 0 ? DutyCheckResult.DONE_WELL : DutyCheckResult.DONE },
  },
  {
    title: '仓库盘点抽查 (storeroom spot count)',
    requirement: 'Count ten items of the storeroom against the books; explain any difference.',
    rule: 'FREQ=MONTHLY;BYDAY=-1FR',
    dueTime: null,
    responsible: STOREKEEPER,
    checker: DIRECTOR,
    outcome: () => ({ doneHours: -5, result: DutyCheckResult.DONE_WELL }),
  },
  {
    title: '食堂燃气阀门检查 (canteen gas valves)',
    requirement: 'Before the first cooking: valves, hoses and the gas alarm; close the main valve after service.',
    rule: 'FREQ=WEEKLY;BYDAY=TU',
    dueTime: '10:00',
    responsible: CANTEEN,
    checker: SAFETY,
    outcome: wellMostly(9, 3),
  },
];

/** A school's terms and which of them is in progress at `today` (or the last begun) and the one before. */
export function demoTerms(
  terms: readonly KnownSchoolTerm[],
  today: string,
): { current: KnownSchoolTerm | null; previous: KnownSchoolTerm | null } {
  const begun = terms.filter((term) => term.startsOn <= today);
  const current = begun.at(-1) ?? null;
  return { current, previous: begun.at(-2) ?? null };
}

/**
 * The duty task sheet (工作叙事表) of First Experimental Primary: five routine tasks set before last
 * term, planned on its school days for last term and this one; what is past was marked done (a few
 * late) and checked 好 or 合格, the safety walk missed now and then (未完成); the latest of each waits for
 * its check; one of this term's tap checks was missed and checked 未完成. Two urgent jobs (突击): one
 * done and checked, one due tomorrow. Idempotent: skipped when the school has duty tasks.
 */
export async function seedDutyDemo(dataSource: DataSource, logger: Logger, now: Date = new Date()): Promise<void> {
  const schoolId = DEMO_SCHOOLS.firstPrimary.id;
  if (await dataSource.manager.existsBy(DutyTask, { schoolId })) return;
  const school = await dataSource.manager.findOne(KnownSchool, { where: { schoolId } });
  if (!school) return;
  const timeZone = school.timeZone;
  const terms = await directoryCopySql.termsOf(dataSource.manager, [schoolId]).getMany();
  const { current, previous } = demoTerms(terms, todayIn(timeZone, now));
  if (!current) return;
  const first = previous ?? current;
  const setAt = new Date(dayStart(first.startsOn, timeZone).getTime() - 3 * 24 * HOUR);
  let occurrences = 0;
  await dataSource.transaction(async (manager) => {
    const step = (subjectType: string, subjectId: string, action: string, username: string, at: Date, comment: string | null) =>
      manager.insert(FacilitiesStep, {
        id: newId(),
        districtId: school.districtId,
        schoolId,
        subjectType,
        subjectId,
        action,
        actorAccountId: account(username),
        comment,
        occurredAt: at,
      });
    for (const routine of ROUTINES) {
      const task = await insertTask(manager, {
        schoolId,
        districtId: school.districtId,
        kind: DutyTaskKind.ROUTINE,
        title: routine.title,
        requirement: routine.requirement,
        responsibleStaffId: staff(routine.responsible.post),
        checkerStaffId: staff(routine.checker.post),
        rule: routine.rule,
        startsOn: first.startsOn,
        endsOn: null,
        dueTime: routine.dueTime,
        deadline: null,
      });
      await step('DUTY_TASK', task.id, 'CREATED', 'director', setAt, routine.requirement);
      const days = [previous, current]
        .filter((term): term is KnownSchoolTerm => term != null)
        .flatMap(
          (term) =>
            planTask(
              { rule: routine.rule, startsOn: first.startsOn, endsOn: null, dueTime: routine.dueTime },
              term.startsOn,
              term.endsOn,
              terms,
              timeZone,
              setAt,
            ).days,
        );
      const past = days.filter((day) => day.deadline <= now);
      for (const [n, day] of days.entries()) {
        const id = newId();
        let outcome: Outcome = n < past.length ? routine.outcome(n) : { doneHours: null, result: null };
        // This term's last-but-two tap check was missed; the latest past one of every task waits for its check.
        if (routine.rule === 'FREQ=WEEKLY;BYDAY=FR' && n === past.length - 3)
          outcome = { doneHours: null, result: DutyCheckResult.NOT_DONE, comment: '三年级水龙头仍在滴水, 未见检查记录.' };
        if (n === past.length - 1) outcome = { doneHours: -2, result: null };
        const doneAt = outcome.doneHours == null ? null : new Date(day.deadline.getTime() + outcome.doneHours * HOUR);
        const checkedAt = outcome.result ? new Date(Math.max(day.deadline.getTime(), doneAt?.getTime() ?? 0) + 2 * HOUR) : null;
        await manager.insert(DutyOccurrence, {
          id,
          districtId: school.districtId,
          schoolId,
          taskId: task.id,
          dueOn: day.dueOn,
          startsAt: day.startsAt,
          deadline: day.deadline,
          responsibleStaffId: task.responsibleStaffId,
          checkerStaffId: task.checkerStaffId,
          status: outcome.result ? DutyOccurrenceStatus.CHECKED : doneAt ? DutyOccurrenceStatus.MARKED_DONE : DutyOccurrenceStatus.OPEN,
          doneAt,
          doneNote: doneAt ? '已完成.' : null,
          doneByAccountId: doneAt ? account(routine.responsible.username) : null,
          checkResult: outcome.result,
          checkComment: outcome.result ? (outcome.comment ?? null) : null,
          checkedAt,
          checkedByAccountId: checkedAt ? account(routine.checker.username) : null,
        });
        if (doneAt) await step('DUTY_OCCURRENCE', id, 'MARKED_DONE', routine.responsible.username, doneAt, '已完成.');
        if (checkedAt) await step('DUTY_OCCURRENCE', id, 'CHECKED', routine.checker.username, checkedAt, outcome.comment ?? null);
        occurrences += 1;
      }
    }

    // Urgent jobs (突击): the district's hygiene inspection last week (done, checked 好); the roof drains before tomorrow's storm.
    const urgent = async (title: string, requirement: string, who: DemoPerson, setHoursAgo: number, deadline: Date, done: boolean) => {
      const setOn = new Date(now.getTime() - setHoursAgo * HOUR);
      const task = await insertTask(manager, {
        schoolId,
        districtId: school.districtId,
        kind: DutyTaskKind.URGENT,
        title,
        requirement,
        responsibleStaffId: staff(who.post),
        checkerStaffId: staff(DIRECTOR.post),
        rule: null,
        startsOn: todayIn(timeZone, setOn),
        endsOn: null,
        dueTime: null,
        deadline,
      });
      await step('DUTY_TASK', task.id, 'CREATED', 'principal', setOn, requirement);
      const id = newId();
      const doneAt = done ? new Date(deadline.getTime() - 5 * HOUR) : null;
      const checkedAt = done ? new Date(deadline.getTime() + HOUR) : null;
      await manager.insert(DutyOccurrence, {
        id,
        districtId: school.districtId,
        schoolId,
        taskId: task.id,
        dueOn: todayIn(timeZone, new Date(deadline.getTime() - 1)),
        startsAt: setOn,
        deadline,
        responsibleStaffId: task.responsibleStaffId,
        checkerStaffId: task.checkerStaffId,
        status: done ? DutyOccurrenceStatus.CHECKED : DutyOccurrenceStatus.OPEN,
        doneAt,
        doneNote: done ? '死角已清理, 垃圾已清运.' : null,
        doneByAccountId: done ? account(who.username) : null,
        checkResult: done ? DutyCheckResult.DONE_WELL : null,
        checkComment: done ? '检查组表扬.' : null,
        checkedAt,
        checkedByAccountId: done ? account(DIRECTOR.username) : null,
      });
      if (doneAt) await step('DUTY_OCCURRENCE', id, 'MARKED_DONE', who.username, doneAt, '死角已清理, 垃圾已清运.');
      if (checkedAt) await step('DUTY_OCCURRENCE', id, 'CHECKED', DIRECTOR.username, checkedAt, '检查组表扬.');
      occurrences += 1;
    };
    const today = todayIn(timeZone, now);
    await urgent(
      '迎接区卫生检查: 清理校园死角 (hygiene inspection)',
      'Every corner behind the buildings and the bike sheds cleared before the district’s inspection.',
      SAFETY,
      8 * 24,
      new Date(dayStart(shiftDate(today, -6), timeZone).getTime() + 12 * HOUR),
      true,
    );
    await urgent(
      '暴雨前检查屋面排水 (roof drains before the storm)',
      'Clear the teaching building’s roof drains and gutters before the rainstorm forecast for tomorrow night.',
      ELECTRICIAN,
      2,
      new Date(dayStart(shiftDate(today, 1), timeZone).getTime() + 17 * HOUR),
      false,
    );
  });
  logger.info({ tasks: ROUTINES.length + 2, occurrences }, 'seeded the demo duty task sheet');
}

async function insertTask(manager: EntityManager, columns: Omit<Partial<DutyTask>, 'id'>): Promise<DutyTask> {
  const id = newId();
  await manager.insert(DutyTask, {
    id,
    ...columns,
    status: DutyTaskStatus.ACTIVE,
    createdByAccountId: columns.kind === DutyTaskKind.URGENT ? account('principal') : account('director'),
  });
  return manager.findOneOrFail(DutyTask, { where: { id } });
}
