import type { IncidentStatus, IncidentType } from '../../graphql/graphql';
import type { Label } from '../../shared/labels';

/** What kind of incident (事故类型). */
export const INCIDENT_TYPE: Record<string, Label> = {
  INJURY: { zh: '意外伤害', en: 'Injury' },
  FIRE: { zh: '火灾', en: 'Fire' },
  FOOD_POISONING: { zh: '食物中毒', en: 'Food poisoning' },
  TRAFFIC: { zh: '交通事故', en: 'Traffic' },
  VIOLENCE: { zh: '欺凌/暴力', en: 'Violence or bullying' },
  FACILITY: { zh: '设施设备事故', en: 'Facility failure' },
  OTHER: { zh: '其他', en: 'Other' },
} satisfies Record<IncidentType, Label>;

/** Where an incident stands (事故状态). */
export const INCIDENT_STATUS: Record<string, Label> = {
  REPORTED: { zh: '已报告', en: 'Reported' },
  INVESTIGATED: { zh: '已调查', en: 'Investigated' },
  CLOSED: { zh: '已结案', en: 'Closed' },
} satisfies Record<IncidentStatus, Label>;

export const INCIDENT_STATUS_COLOR: Record<string, string> = { REPORTED: 'gold', INVESTIGATED: 'blue', CLOSED: 'green' };
