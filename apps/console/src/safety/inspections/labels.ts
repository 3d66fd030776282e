import type { InspectionResult, InspectionRoundStatus } from '../../graphql/graphql';
import type { Label } from '../../shared/labels';

/** Where a round is (检查状态). */
export const ROUND_STATUS: Record<string, Label> = {
  OPEN: { zh: '待检查', en: 'To do' },
  SUBMITTED: { zh: '已提交', en: 'Submitted' },
} satisfies Record<InspectionRoundStatus, Label>;

/** An item's result (检查结果). */
export const RESULT: Record<string, Label> = {
  PASS: { zh: '合格', en: 'Pass' },
  FAIL: { zh: '不合格', en: 'Fail' },
  NOT_APPLICABLE: { zh: '不适用', en: 'N/A' },
} satisfies Record<InspectionResult, Label>;

export const RESULT_COLOR: Record<string, string> = { PASS: 'green', FAIL: 'red', NOT_APPLICABLE: 'default' };
