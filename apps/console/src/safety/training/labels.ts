import type { TrainingComplianceStatus } from '../../graphql/graphql';
import type { Label } from '../../shared/labels';

/** A person's standing on a required training (培训状态). */
export const COMPLIANCE_STATUS: Record<string, Label> = {
  VALID: { zh: '有效', en: 'Valid' },
  EXPIRING: { zh: '即将到期', en: 'Expiring' },
  EXPIRED: { zh: '已过期', en: 'Expired' },
  MISSING: { zh: '未培训', en: 'Missing' },
} satisfies Record<TrainingComplianceStatus, Label>;

export const COMPLIANCE_COLOR: Record<string, string> = { VALID: 'green', EXPIRING: 'gold', EXPIRED: 'red', MISSING: 'default' };
