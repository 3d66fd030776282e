import type { DataSource } from 'typeorm';
import { dayStart, newId, shiftDate, todayIn, type Logger } from '@houqin/common';
import { directoryCopySql, KnownSchool } from '@houqin/directory-copy';
import { DEMO_ACCOUNTS, DEMO_SCHOOLS, demoStaffIdFor } from '@houqin/demo';
import { AppraisalGrade, StaffAppraisal, StaffAppraisalStatus } from '../appraisal/appraisal.entity';
import { storedFigures } from '../appraisal/appraisal.rules';
import { computeAppraisalFigures } from '../appraisal/appraisal.service';
import { FacilitiesStep } from '../workflow-step.entity';
import { demoTerms } from './duty';

const account = (username: string) => DEMO_ACCOUNTS.find((a) => a.username === username)!.id;
const HOUR = 3_600_000;

/** Last term's appraisals: the demo's people, the grade the director proposed, and whether the principal confirmed it. */
const APPRAISALS: { post: string; grade: AppraisalGrade; comment: string; confirmed: boolean }[] = [
  {
    post: 'ELECTRICIAN',
    grade: AppraisalGrade.EXCELLENT,
    comment: '水电巡查按时, 检查多为"好", 本学期无安全事故.',
    confirmed: true,
  },
  {
    post: 'SAFETY_OFFICER',
    grade: AppraisalGrade.BASIC_PASS,
    comment: '安全巡查三次未做、三次拖到次日, 需改进.',
    confirmed: false,
  },
];

/**
 * Last term's appraisals (考核) at First Experimental Primary, from the demo duty sheet (seedDutyDemo
 * first): the electrician's 优秀, proposed by the director the day after the term ended and confirmed by
 * the principal two days later; the safety officer's 基本合格 (walks missed and late), proposed and
 * waiting for the principal. The
 * figures are computed as the service computes them and stored with each proposal. Idempotent: skipped
 * when the school has appraisals, or when there is no last term.
 */
export async function seedAppraisalDemo(dataSource: DataSource, logger: Logger, now: Date = new Date()): Promise<void> {
  const schoolId = DEMO_SCHOOLS.firstPrimary.id;
  if (await dataSource.manager.existsBy(StaffAppraisal, { schoolId })) return;
  const school = await dataSource.manager.findOne(KnownSchool, { where: { schoolId } });
  if (!school) return;
  const terms = await directoryCopySql.termsOf(dataSource.manager, [schoolId]).getMany();
  const { previous } = demoTerms(terms, todayIn(school.timeZone, now));
  if (!previous) return;
  const proposedAt = new Date(dayStart(shiftDate(previous.endsOn, 1), school.timeZone).getTime() + 9 * HOUR);
  const confirmedAt = new Date(proposedAt.getTime() + 2 * 24 * HOUR);
  await dataSource.transaction(async (manager) => {
    const step = (subjectId: string, action: string, username: string, at: Date, comment: string | null) =>
      manager.insert(FacilitiesStep, {
        id: newId(),
        districtId: school.districtId,
        schoolId,
        subjectType: 'STAFF_APPRAISAL',
        subjectId,
        action,
        actorAccountId: account(username),
        comment,
        occurredAt: at,
      });
    for (const demo of APPRAISALS) {
      const staffId = demoStaffIdFor('firstPrimary', demo.post);
      const period = { termId: previous.termId, from: previous.startsOn, to: previous.endsOn };
      const figures = await computeAppraisalFigures(manager, schoolId, staffId, period, proposedAt);
      const id = newId();
      await manager.insert(StaffAppraisal, {
        id,
        districtId: school.districtId,
        schoolId,
        staffId,
        termId: previous.termId,
        termStartsOn: previous.startsOn,
        termEndsOn: previous.endsOn,
        grade: demo.grade,
        comment: demo.comment,
        scoreTenths: figures.scores.total == null ? null : Math.round(figures.scores.total * 10),
        figuresSnapshot: storedFigures(figures),
        status: demo.confirmed ? StaffAppraisalStatus.CONFIRMED : StaffAppraisalStatus.PROPOSED,
        proposedByAccountId: account('director'),
        proposedAt,
        confirmedByAccountId: demo.confirmed ? account('principal') : null,
        confirmedAt: demo.confirmed ? confirmedAt : null,
        confirmComment: demo.confirmed ? '同意.' : null,
        supersededById: null,
        currentKey: `${staffId}/${previous.termId}`,
      });
      await step(id, 'PROPOSED', 'director', proposedAt, demo.comment);
      if (demo.confirmed) await step(id, 'CONFIRMED', 'principal', confirmedAt, '同意.');
    }
  });
  logger.info({ appraisals: APPRAISALS.length }, 'seeded the demo appraisals of last term');
}
