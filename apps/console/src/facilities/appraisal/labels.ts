import type { AppraisalCategory, AppraisalGrade, AppraisalOutcome, StaffAppraisalStatus } from '../../graphql/graphql';
import type { Label } from '../../shared/labels';

/** A term grade (考核等级). */
export const GRADE: Record<string, Label> = {
  EXCELLENT: { zh: '优秀', en: 'Excellent' },
  PASS: { zh: '合格', en: 'Pass' },
  BASIC_PASS: { zh: '基本合格', en: 'Basic pass' },
  FAIL: { zh: '不合格', en: 'Fail' },
} satisfies Record<AppraisalGrade, Label>;

export const GRADE_COLOR: Record<string, string> = { EXCELLENT: 'green', PASS: 'blue', BASIC_PASS: 'gold', FAIL: 'red' };

/** Where an appraisal stands. */
export const APPRAISAL_STATUS: Record<string, Label> = {
  PROPOSED: { zh: '待校长确认', en: 'Awaiting the principal' },
  CONFIRMED: { zh: '已确认', en: 'Confirmed' },
  SUPERSEDED: { zh: '已被替代', en: 'Superseded' },
} satisfies Record<StaffAppraisalStatus, Label>;

/** What a piece of evidence counts toward. */
export const CATEGORY: Record<string, Label> = {
  TASKS: { zh: '任务完成', en: 'Tasks' },
  CHECKS: { zh: '检查结果', en: 'Checks' },
  RATINGS: { zh: '服务评价', en: 'Ratings' },
  DUE_TIME: { zh: '维修及时', en: 'Repairs on time' },
} satisfies Record<AppraisalCategory, Label>;

/** What it says. */
export const OUTCOME: Record<string, Label> = {
  ON_TIME: { zh: '按时', en: 'On time' },
  LATE: { zh: '逾期', en: 'Late' },
  NOT_DONE: { zh: '未完成', en: 'Not done' },
  DONE_WELL: { zh: '好', en: 'Done well' },
  DONE: { zh: '合格', en: 'Done' },
  RATED: { zh: '已评价', en: 'Rated' },
} satisfies Record<AppraisalOutcome, Label>;
