import type { IncidentStatus, IncidentType } from '../../graphql/graphql';
import type { Label } from '../../shared/labels';
import type { CloseBlocker, IncidentEventKind } from './incidents';

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

/** What keeps an incident from being closed (结案), shown on the disabled button. */
export const CLOSE_BLOCKER: Record<string, Label> = {
  NOT_INVESTIGATED: { zh: '尚未记录调查', en: 'The investigation is not recorded yet' },
  OPEN_ACTIONS: { zh: '还有措施未完成', en: 'Some actions are not done yet' },
  NOT_REPORTED: { zh: '较大事故尚未上报区教育局', en: 'The serious incident is not reported to the district yet' },
} satisfies Record<CloseBlocker, Label>;

/** The steps of an incident's timeline (流程记录). */
export const INCIDENT_EVENT: Record<string, Label> = {
  OCCURRED: { zh: '事故发生', en: 'Happened' },
  RECORDED: { zh: '登记', en: 'Recorded' },
  REPORTED_TO_DISTRICT: { zh: '上报区教育局', en: 'Reported to the district' },
  ACTION_DONE: { zh: '措施完成', en: 'Action done' },
  CLOSED: { zh: '结案', en: 'Closed' },
} satisfies Record<IncidentEventKind, Label>;
