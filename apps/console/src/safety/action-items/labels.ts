import type { ActionItemKind } from '../../graphql/graphql';
import type { Label } from '../../shared/labels';

/** What an action item is (落实事项类型). */
export const ACTION_KIND: Record<string, Label> = {
  DECISION: { zh: '会议决定', en: 'Decision' },
  CORRECTIVE: { zh: '纠正措施', en: 'Corrective' },
  PREVENTIVE: { zh: '预防措施', en: 'Preventive' },
} satisfies Record<ActionItemKind, Label>;
