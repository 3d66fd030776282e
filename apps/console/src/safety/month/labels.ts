import type { DrillKind } from '../../graphql/graphql';
import type { Label } from '../../shared/labels';

/** What a drill was (演练类型). */
export const DRILL_KIND: Record<string, Label> = {
  EVACUATION: { zh: '疏散演练', en: 'Evacuation' },
  FIRE: { zh: '消防演练', en: 'Fire' },
  EARTHQUAKE: { zh: '防震演练', en: 'Earthquake' },
  OTHER: { zh: '其他演练', en: 'Other' },
} satisfies Record<DrillKind, Label>;
