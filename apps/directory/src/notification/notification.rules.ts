import { Role } from '@houqin/auth';
import { formatYuan, localMinute } from '@houqin/common';
import type { EventOf, EventType } from '@houqin/events';
import { NotificationKind } from './notification.entity';

/** Who is told: named accounts, or the holders (in force, active accounts) of a role. */
export type Audience =
  | { accounts: string[] }
  /** Holders of a school role at that school. */
  | { role: Role; schoolId: string }
  /** Holders of a district role (grants without a school). */
  | { role: Role; district: true }
  /** Holders of a school role at any school of the district. */
  | { role: Role; anySchool: true }
  /** The accounts of these staff members (a training's holder). */
  | { staff: string[] };

/** One message to make from an event, before its audience is resolved to accounts. */
export interface Notice {
  audiences: Audience[];
  /** Accounts never told, e.g. the one who acted or the filer (who may not approve their own). */
  except: string[];
  kind: NotificationKind;
  title: string;
  titleEn: string;
  subjectType: string;
  subjectId: string;
}

/** finance's approval levels (物品申报/报账审批) and who holds each: mirrors finance's permission table. */
type ApprovalLevel = 'DIRECTOR' | 'PRINCIPAL' | 'DISTRICT';

export function approversOf(level: ApprovalLevel, schoolId: string | null): Audience {
  if (level === 'DISTRICT') return { role: Role.DISTRICT_ADMIN, district: true };
  if (!schoolId) throw new Error(`A ${level} approval needs a school.`);
  return { role: level === 'DIRECTOR' ? Role.GENERAL_AFFAIRS_DIRECTOR : Role.PRINCIPAL, schoolId };
}

const yuan = (fen: number) => `¥${formatYuan(fen)}`;
/** The account that acted, who needs no message about their own act. */
const actorOf = (event: { actor: { accountId: string } | null }) => (event.actor ? [event.actor.accountId] : []);
/** A reason quoted at the end of a message, when there is one. */
const because = (comment: string | null, zh: boolean) => (comment ? (zh ? `：${comment}` : `: ${comment}`) : '');

type Paper = { noun: string; nounEn: string; subjectType: string; id: string; amountFen: number };

const purchase = (p: { purchaseRequestId: string; estimatedTotalFen: number }): Paper => ({
  noun: '物品申报',
  nounEn: 'purchase request',
  subjectType: 'PurchaseRequest',
  id: p.purchaseRequestId,
  amountFen: p.estimatedTotalFen,
});
const claim = (p: { expenseClaimId: string; totalFen: number }): Paper => ({
  noun: '报账单',
  nounEn: 'expense claim',
  subjectType: 'ExpenseClaim',
  id: p.expenseClaimId,
  amountFen: p.totalFen,
});

/** "Awaits your approval" to the holders of the level awaited next; nothing when none is. */
function awaitingApproval(
  paper: Paper,
  level: ApprovalLevel | null,
  event: { schoolId: string | null; actor: { accountId: string } | null },
  requester: string,
): Notice[] {
  if (!level) return [];
  return [
    {
      audiences: [approversOf(level, event.schoolId)],
      except: [...new Set([requester, ...actorOf(event)])],
      kind: NotificationKind.AWAITING_APPROVAL,
      title: `${paper.noun}待您审批（${yuan(paper.amountFen)}）`,
      titleEn: `A ${paper.nounEn} of ${yuan(paper.amountFen)} awaits your approval`,
      subjectType: paper.subjectType,
      subjectId: paper.id,
    },
  ];
}

/** The filer is told an outcome. */
function toFiler(paper: Paper, requester: string, kind: NotificationKind, title: string, titleEn: string): Notice[] {
  return [
    { audiences: [{ accounts: [requester] }], except: [], kind, title, titleEn, subjectType: paper.subjectType, subjectId: paper.id },
  ];
}

/** An approval either passes the paper on to the next level or, when final, tells the filer. */
function afterApproval(
  paper: Paper,
  payload: { status: string; nextApprovalLevel: ApprovalLevel | null; requesterAccountId: string },
  event: { schoolId: string | null; actor: { accountId: string } | null },
): Notice[] {
  // A request approved again after an order above its estimate is ORDERED by its last approval.
  if (payload.status !== 'APPROVED' && payload.status !== 'ORDERED')
    return awaitingApproval(paper, payload.nextApprovalLevel, event, payload.requesterAccountId);
  return toFiler(
    paper,
    payload.requesterAccountId,
    NotificationKind.APPROVED,
    `您的${paper.noun}已批准（${yuan(paper.amountFen)}）`,
    `Your ${paper.nounEn} of ${yuan(paper.amountFen)} was approved`,
  );
}

function rejected(paper: Paper, payload: { requesterAccountId: string; comment: string | null }): Notice[] {
  return toFiler(
    paper,
    payload.requesterAccountId,
    NotificationKind.REJECTED,
    `您的${paper.noun}被退回${because(payload.comment, true)}`,
    `Your ${paper.nounEn} was rejected${because(payload.comment, false)}`,
  );
}

function paid(paper: Paper, payload: { requesterAccountId: string; amountFen: number; paidOn: string }): Notice[] {
  return toFiler(
    paper,
    payload.requesterAccountId,
    NotificationKind.PAID,
    `您的${paper.noun}已于${payload.paidOn}付款 ${yuan(payload.amountFen)}`,
    `Your ${paper.nounEn} was paid ${yuan(payload.amountFen)} on ${payload.paidOn}`,
  );
}

function paymentReversed(paper: Paper, payload: { requesterAccountId: string; amountFen: number; reason: string }): Notice[] {
  return toFiler(
    paper,
    payload.requesterAccountId,
    NotificationKind.PAYMENT_REVERSED,
    `您的${paper.noun}付款 ${yuan(payload.amountFen)} 已冲销，将重新付款：${payload.reason.slice(0, 100)}`,
    `The payment of ${yuan(payload.amountFen)} for your ${paper.nounEn} was reversed and will be made again: ${payload.reason.slice(0, 100)}`,
  );
}

/** Who buys and receives at the schools: told about a supplier they must stop using or check. */
const BUYERS = [Role.GENERAL_AFFAIRS_DIRECTOR, Role.ACCOUNTANT, Role.CANTEEN_MANAGER, Role.STOREKEEPER];
const CANTEEN_PEOPLE = [Role.GENERAL_AFFAIRS_DIRECTOR, Role.CANTEEN_MANAGER];
const everywhere = (roles: Role[]): Audience[] => [
  { role: Role.DISTRICT_ADMIN, district: true },
  ...roles.map((role): Audience => ({ role, anySchool: true })),
];

const FUND_ZH = { SCHOOL: '学校账', CANTEEN: '食堂账' } as const;
const FUND_EN = { SCHOOL: 'school account', CANTEEN: 'canteen account' } as const;

/** What a rule knows besides its event: the zone the event's school reads times in (brief §4). */
export interface NoticeContext {
  timeZone: string;
}

type NoticeRules = { [T in EventType]?: (event: EventOf<T>, context: NoticeContext) => Notice[] };

/** 餐次 names of the canteen's meals. */
const MEAL_ZH = { BREAKFAST: '早餐', LUNCH: '午餐', DINNER: '晚餐' } as const;
const MEAL_EN = { BREAKFAST: 'breakfast', LUNCH: 'lunch', DINNER: 'dinner' } as const;

/** The canteen's alerts (issue 11): told at the school the event names; nothing without one. */
const CANTEEN_NOTICE_RULES: NoticeRules = {
  // A dish unsampled or short (留样): the school's canteen managers and its principal.
  'canteen.sample.missing': (e) => {
    if (!e.schoolId) return [];
    const { mealServiceId, servedOn, meal, dishes, minGrams } = e.payload;
    const names = dishes.map((d) => d.dishName).join('、');
    const short = dishes.filter((d) => d.problem === 'SHORT').length;
    return [
      {
        audiences: [Role.CANTEEN_MANAGER, Role.PRINCIPAL].map((role): Audience => ({ role, schoolId: e.schoolId as string })),
        except: actorOf(e),
        kind: NotificationKind.SAMPLE_MISSING,
        title: `${servedOn} ${MEAL_ZH[meal]}留样缺失或不足${minGrams}克（${dishes.length}道菜${short ? `，其中${short}道不足` : ''}）：${names}`,
        titleEn: `Food samples missing or under ${minGrams} g for ${servedOn} ${MEAL_EN[meal]} (${dishes.length} dish${dishes.length === 1 ? '' : 'es'}${short ? `, ${short} short` : ''}): ${dishes.map((d) => d.dishName).join(', ')}`,
        subjectType: 'MealService',
        subjectId: mealServiceId,
      },
    ];
  },
  // A health certificate (健康证) expiring or expired: the school's canteen managers.
  'canteen.certificate.expiring': (e) => {
    if (!e.schoolId) return [];
    const { certificateId, number, expiresOn, daysLeft } = e.payload;
    const expired = e.payload.state === 'EXPIRED';
    return [
      {
        audiences: [{ role: Role.CANTEEN_MANAGER, schoolId: e.schoolId }],
        except: [],
        kind: expired ? NotificationKind.CERTIFICATE_EXPIRED : NotificationKind.CERTIFICATE_EXPIRING,
        title: expired
          ? `食堂从业人员健康证已于${expiresOn}过期，不得上岗：${number}`
          : `食堂从业人员健康证将于${expiresOn}到期（还剩${daysLeft}天）：${number}`,
        titleEn: expired
          ? `A canteen worker's health certificate expired on ${expiresOn}, they may not work: ${number}`
          : `A canteen worker's health certificate expires on ${expiresOn} (${daysLeft} days left): ${number}`,
        subjectType: 'HealthCertificate',
        subjectId: certificateId,
      },
    ];
  },
};
/** An event's instant as "YYYY-MM-DD HH:mm" in its school's zone, as the notices print due times. */
const schoolMinute = (iso: string, context: NoticeContext) => localMinute(new Date(iso), context.timeZone);
const PRIORITY_ZH = { SAFETY: '安全隐患', URGENT: '紧急', NORMAL: '一般' } as const;

/** Facilities' alerts (issue 13): an overdue repair (超期督办), to the director and then the principal of its school; duty tasks due and overdue. */
const FACILITIES_NOTICE_RULES: NoticeRules = {
  'facilities.workOrder.overdue': (e, context) => {
    const { workOrderId, schoolId, title, priority, dueAt, level } = e.payload;
    const due = schoolMinute(dueAt, context);
    return [
      {
        audiences: [approversOf(level, schoolId)],
        except: [],
        kind: NotificationKind.WORK_ORDER_OVERDUE,
        title: `维修工单超期未修（${PRIORITY_ZH[priority]}，应于${due}前完成）：${title}`,
        titleEn: `Repair overdue (${priority.toLowerCase()}, due ${due}): ${title}`,
        subjectType: 'WorkOrder',
        subjectId: workOrderId,
      },
    ];
  },
  // Duty tasks (工作叙事表): the deadline as the school reads it, made by facilities in the school's zone.
  'facilities.duty.due': (e) => {
    const { occurrenceId, title, kind, deadlineLocal, responsibleStaffId } = e.payload;
    const urgent = kind === 'URGENT';
    return [
      {
        audiences: [{ staff: [responsibleStaffId] }],
        except: [],
        kind: NotificationKind.DUTY_DUE,
        title: `${urgent ? '突击任务' : '今日工作'}提醒（${deadlineLocal}前完成）：${title}`,
        titleEn: `${urgent ? 'Urgent task' : 'Duty'} due by ${deadlineLocal}: ${title}`,
        subjectType: 'DutyOccurrence',
        subjectId: occurrenceId,
      },
    ];
  },
  'facilities.duty.overdue': (e) => {
    const { occurrenceId, title, deadlineLocal, responsibleStaffId, checkerStaffId } = e.payload;
    return [
      {
        audiences: [{ staff: [responsibleStaffId, checkerStaffId] }],
        except: [],
        kind: NotificationKind.DUTY_OVERDUE,
        title: `工作任务逾期未完成（应于${deadlineLocal}前完成）：${title}`,
        titleEn: `Duty overdue (due by ${deadlineLocal}): ${title}`,
        subjectType: 'DutyOccurrence',
        subjectId: occurrenceId,
      },
    ];
  },
};

const INCIDENT_TYPE_ZH = {
  INJURY: '意外伤害',
  FIRE: '火灾',
  FOOD_POISONING: '食物中毒',
  TRAFFIC: '交通事故',
  VIOLENCE: '暴力事件',
  FACILITY: '设施事故',
  OTHER: '其他',
} as const;
const HAZARD_LEVEL_ZH = { GENERAL: '一般', SERIOUS: '较大', MAJOR: '重大' } as const;
/** Whom an overdue hazard is escalated to (safety.hazard.overdue's escalatedTo), at its school or the district. */
const hazardEscalationAudience = (to: 'SAFETY_OFFICER' | 'DIRECTOR' | 'PRINCIPAL' | 'DISTRICT', schoolId: string): Audience =>
  to === 'DISTRICT'
    ? { role: Role.DISTRICT_ADMIN, district: true }
    : {
        role: to === 'SAFETY_OFFICER' ? Role.SAFETY_OFFICER : to === 'DIRECTOR' ? Role.GENERAL_AFFAIRS_DIRECTOR : Role.PRINCIPAL,
        schoolId,
      };

/** Safety's alerts (issue 14): a major hazard at once to the principal and the district; an overdue one up the chain; trainings expiring; serious incidents. */
const SAFETY_NOTICE_RULES: NoticeRules = {
  'safety.hazard.major': (e) => {
    const { hazardId, schoolId, title, location } = e.payload;
    return [
      {
        audiences: [
          { role: Role.PRINCIPAL, schoolId },
          { role: Role.DISTRICT_ADMIN, district: true },
        ],
        except: actorOf(e),
        kind: NotificationKind.HAZARD_MAJOR,
        title: `发现重大安全隐患${location ? `（${location}）` : ''}：${title}`,
        titleEn: `Major hazard found${location ? ` (${location})` : ''}: ${title}`,
        subjectType: 'Hazard',
        subjectId: hazardId,
      },
    ];
  },
  'safety.hazard.overdue': (e) => {
    const { hazardId, schoolId, title, level, deadline, escalatedTo } = e.payload;
    return [
      {
        audiences: [hazardEscalationAudience(escalatedTo, schoolId)],
        except: [],
        kind: NotificationKind.HAZARD_OVERDUE,
        title: `安全隐患超期未整改（${HAZARD_LEVEL_ZH[level]}，整改期限${deadline}）：${title}`,
        titleEn: `Hazard not rectified by its deadline (${level.toLowerCase()}, due ${deadline}): ${title}`,
        subjectType: 'Hazard',
        subjectId: hazardId,
      },
    ];
  },
  // A required training or certificate of a person expiring or expired: the person and the school's safety officers.
  'safety.training.expiring': (e) => {
    if (!e.schoolId) return [];
    const { recordId, staffId, name, expiresOn, daysLeft } = e.payload;
    const expired = e.payload.state === 'EXPIRED';
    return [
      {
        audiences: [{ staff: [staffId] }, { role: Role.SAFETY_OFFICER, schoolId: e.schoolId }],
        except: [],
        kind: expired ? NotificationKind.TRAINING_EXPIRED : NotificationKind.TRAINING_EXPIRING,
        title: expired
          ? `培训/证书已于${expiresOn}过期，请尽快复训：${name}`
          : `培训/证书将于${expiresOn}到期（还剩${daysLeft}天）：${name}`,
        titleEn: expired
          ? `A required training or certificate expired on ${expiresOn}; retrain soon: ${name}`
          : `A required training or certificate expires on ${expiresOn} (${daysLeft} days left): ${name}`,
        subjectType: 'TrainingRecord',
        subjectId: recordId,
      },
    ];
  },
  // A serious incident at a school: its leaders at once, with the hour it must reach the district.
  'safety.incident.serious': (e, context) => {
    const { incidentId, schoolId, type, place, injured, reportDueAt } = e.payload;
    const due = schoolMinute(reportDueAt, context);
    return [
      {
        audiences: [Role.PRINCIPAL, Role.GENERAL_AFFAIRS_DIRECTOR].map((role): Audience => ({ role, schoolId })),
        except: actorOf(e),
        kind: NotificationKind.INCIDENT_SERIOUS,
        title: `发生较大及以上安全事故（${INCIDENT_TYPE_ZH[type]}，${place}，受伤${injured}人），须于${due}前上报区教育局`,
        titleEn: `Serious incident (${type.toLowerCase().replace('_', ' ')}, ${place}, ${injured} injured): report it to the district by ${due}`,
        subjectType: 'SafetyIncident',
        subjectId: incidentId,
      },
    ];
  },
  // A serious incident reported to the district: the district administrators, saying whether in time.
  'safety.incident.reportedToDistrict': (e, context) => {
    const { incidentId, type, place, injured, occurredAt, inTime } = e.payload;
    const at = schoolMinute(occurredAt, context);
    return [
      {
        audiences: [{ role: Role.DISTRICT_ADMIN, district: true }],
        except: actorOf(e),
        kind: NotificationKind.INCIDENT_REPORTED,
        title: `学校上报安全事故${inTime ? '' : '（逾期上报）'}：${INCIDENT_TYPE_ZH[type]}，${at}，${place}，受伤${injured}人`,
        titleEn: `A school reported a serious incident${inTime ? '' : ' (late)'}: ${type.toLowerCase().replace('_', ' ')}, ${at}, ${place}, ${injured} injured`,
        subjectType: 'SafetyIncident',
        subjectId: incidentId,
      },
    ];
  },
};

/**
 * Which events make notifications, for whom, saying what. One rule per event type; the consumer
 * resolves the audiences to active accounts from its own role grants.
 */
export const NOTICE_RULES: NoticeRules = {
  'finance.purchaseRequest.submitted': (e) =>
    awaitingApproval(purchase(e.payload), e.payload.nextApprovalLevel, e, e.payload.requesterAccountId),
  'finance.purchaseRequest.approved': (e) => afterApproval(purchase(e.payload), e.payload, e),
  'finance.purchaseRequest.rejected': (e) => rejected(purchase(e.payload), e.payload),
  'finance.purchaseRequest.paid': (e) => paid(purchase(e.payload), e.payload),
  'finance.purchaseRequest.paymentReversed': (e) => paymentReversed(purchase(e.payload), e.payload),
  'finance.expenseClaim.submitted': (e) => {
    const paper = claim(e.payload);
    if (!e.schoolId) return [];
    return [
      {
        audiences: [{ role: Role.ACCOUNTANT, schoolId: e.schoolId }],
        except: [e.payload.requesterAccountId],
        kind: NotificationKind.AWAITING_REVIEW,
        title: `报账单待审核（${yuan(paper.amountFen)}）`,
        titleEn: `An expense claim of ${yuan(paper.amountFen)} awaits your review`,
        subjectType: paper.subjectType,
        subjectId: paper.id,
      },
    ];
  },
  'finance.expenseClaim.reviewed': (e) => awaitingApproval(claim(e.payload), e.payload.nextApprovalLevel, e, e.payload.requesterAccountId),
  'finance.expenseClaim.approved': (e) => afterApproval(claim(e.payload), e.payload, e),
  'finance.expenseClaim.rejected': (e) => rejected(claim(e.payload), e.payload),
  'finance.expenseClaim.paid': (e) => paid(claim(e.payload), e.payload),
  'finance.expenseClaim.paymentReversed': (e) => paymentReversed(claim(e.payload), e.payload),
  // Purchases and claims tell their filer with their own `paid` event; a manual payment (a bank
  // charge, a refund) has no filer, so the principal sees money leave without a request behind it.
  'finance.payment.posted': (e) =>
    e.payload.sourceType !== 'MANUAL' || !e.schoolId
      ? []
      : [
          {
            audiences: [{ role: Role.PRINCIPAL, schoolId: e.schoolId }],
            except: actorOf(e),
            kind: NotificationKind.PAYMENT_POSTED,
            title: `${FUND_ZH[e.payload.fund]}手工付款已入账 ${yuan(e.payload.amountFen)}（${e.payload.entryDate}）：${e.payload.memo}`,
            titleEn: `A manual payment of ${yuan(e.payload.amountFen)} was posted to the ${FUND_EN[e.payload.fund]} (${e.payload.entryDate}): ${e.payload.memo}`,
            subjectType: 'JournalEntry',
            subjectId: e.payload.ledgerEntryId,
          },
        ],
  'finance.month.closed': (e) =>
    !e.schoolId
      ? []
      : [
          {
            audiences: [Role.PRINCIPAL, Role.GENERAL_AFFAIRS_DIRECTOR, ...(e.payload.fund === 'CANTEEN' ? [Role.CANTEEN_MANAGER] : [])].map(
              (role): Audience => ({ role, schoolId: e.schoolId as string }),
            ),
            except: actorOf(e),
            kind: NotificationKind.MONTH_CLOSED,
            title: `${FUND_ZH[e.payload.fund]} ${e.payload.period} 已月结`,
            titleEn: `${e.payload.period} of the ${FUND_EN[e.payload.fund]} is closed`,
            subjectType: 'ClosedPeriod',
            subjectId: e.payload.closedPeriodId,
          },
        ],
  'finance.supplier.suspended': (e) => [
    {
      audiences: everywhere(BUYERS),
      except: actorOf(e),
      kind: NotificationKind.SUPPLIER_SUSPENDED,
      title: `供应商已暂停，请勿再向其订购或收货：${e.payload.name}${because(e.payload.reason, true)}`,
      titleEn: `Supplier suspended, order and receive nothing from it: ${e.payload.name}${because(e.payload.reason, false)}`,
      subjectType: 'Supplier',
      subjectId: e.payload.supplierId,
    },
  ],
  'finance.supplier.licenceExpiring': (e) => {
    const { name, expiresOn, daysLeft, supplierId } = e.payload;
    const expired = e.payload.state === 'EXPIRED';
    return [
      {
        audiences: everywhere(CANTEEN_PEOPLE),
        except: [],
        kind: expired ? NotificationKind.LICENCE_EXPIRED : NotificationKind.LICENCE_EXPIRING,
        title: expired
          ? `供应商食品经营许可证已于${expiresOn}过期：${name}`
          : `供应商食品经营许可证将于${expiresOn}到期（还剩${daysLeft}天）：${name}`,
        titleEn: expired
          ? `Supplier's food licence expired on ${expiresOn}: ${name}`
          : `Supplier's food licence expires on ${expiresOn} (${daysLeft} days left): ${name}`,
        subjectType: 'Supplier',
        subjectId: supplierId,
      },
    ];
  },
  ...CANTEEN_NOTICE_RULES,
  ...FACILITIES_NOTICE_RULES,
  ...SAFETY_NOTICE_RULES,
};

/** The notices an event makes (none for a type without a rule). */
export function noticesFor<T extends EventType>(event: EventOf<T>, context: NoticeContext): Notice[] {
  const rule = NOTICE_RULES[event.type as T] as ((event: EventOf<T>, context: NoticeContext) => Notice[]) | undefined;
  return rule ? rule(event, context) : [];
}

/** Titles are kept to their column; a long supplier name or reason is cut with an ellipsis. */
export const TITLE_MAX = 300;
export const clipTitle = (text: string) => (text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX - 1)}…` : text);
