import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '@houqin/persistence';

/** What a notification is about; the console picks its icon and link from it. */
export enum NotificationKind {
  AWAITING_APPROVAL = 'AWAITING_APPROVAL',
  AWAITING_REVIEW = 'AWAITING_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  PAID = 'PAID',
  PAYMENT_REVERSED = 'PAYMENT_REVERSED',
  PAYMENT_POSTED = 'PAYMENT_POSTED',
  MONTH_CLOSED = 'MONTH_CLOSED',
  SUPPLIER_SUSPENDED = 'SUPPLIER_SUSPENDED',
  LICENCE_EXPIRING = 'LICENCE_EXPIRING',
  LICENCE_EXPIRED = 'LICENCE_EXPIRED',
  SAMPLE_MISSING = 'SAMPLE_MISSING',
  CERTIFICATE_EXPIRING = 'CERTIFICATE_EXPIRING',
  CERTIFICATE_EXPIRED = 'CERTIFICATE_EXPIRED',
  WORK_ORDER_OVERDUE = 'WORK_ORDER_OVERDUE',
  DUTY_DUE = 'DUTY_DUE',
  DUTY_OVERDUE = 'DUTY_OVERDUE',
  HAZARD_MAJOR = 'HAZARD_MAJOR',
  HAZARD_OVERDUE = 'HAZARD_OVERDUE',
  TRAINING_EXPIRING = 'TRAINING_EXPIRING',
  TRAINING_EXPIRED = 'TRAINING_EXPIRED',
  INCIDENT_SERIOUS = 'INCIDENT_SERIOUS',
  INCIDENT_REPORTED = 'INCIDENT_REPORTED',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification (通知) is about.',
  valuesConfig: {
    AWAITING_APPROVAL: { description: 'A request or claim awaits your approval (待您审批).' },
    AWAITING_REVIEW: { description: "An expense claim awaits the accountant's review (待审核)." },
    APPROVED: { description: 'Your request or claim was approved (已批准).' },
    REJECTED: { description: 'Your request or claim was rejected, with the reason (已退回).' },
    PAID: { description: 'Your request or claim was paid (已付款).' },
    PAYMENT_REVERSED: { description: 'The payment of your request or claim was reversed; it will be paid again (付款已冲销).' },
    PAYMENT_POSTED: { description: 'A payment was posted to the ledger (付款已入账).' },
    MONTH_CLOSED: { description: "A month of the school's books was closed (月结)." },
    SUPPLIER_SUSPENDED: { description: 'A supplier was suspended: order and receive nothing from it (供应商已暂停).' },
    LICENCE_EXPIRING: { description: "A food supplier's licence expires within 30 days (许可证即将到期)." },
    LICENCE_EXPIRED: { description: "A food supplier's licence has expired (许可证已过期)." },
    SAMPLE_MISSING: { description: 'A meal service ended with a dish unsampled or sampled short (留样缺失).' },
    CERTIFICATE_EXPIRING: { description: "A canteen staff member's health certificate expires soon (健康证即将到期)." },
    CERTIFICATE_EXPIRED: { description: "A canteen staff member's health certificate has expired (健康证已过期)." },
    WORK_ORDER_OVERDUE: { description: 'A repair work order is past its due time (维修超期督办): to the director, then the principal.' },
    DUTY_DUE: { description: 'A duty task of yours is due today (工作提醒): to the person responsible.' },
    DUTY_OVERDUE: { description: 'A duty task is still to do after its deadline (工作逾期): to the person responsible and the checker.' },
    HAZARD_MAJOR: { description: 'A major hazard was found (重大隐患): to the principal and the district at once.' },
    HAZARD_OVERDUE: {
      description:
        'A hazard is not rectified by its deadline (隐患超期督办): to the safety officer, then the director, the principal and the district.',
    },
    TRAINING_EXPIRING: {
      description: 'A required training or certificate expires soon (培训/证书即将到期): to its holder and the safety officers.',
    },
    TRAINING_EXPIRED: {
      description: 'A required training or certificate has expired (培训/证书已过期): to its holder and the safety officers.',
    },
    INCIDENT_SERIOUS: {
      description:
        'A serious incident was reported at the school (较大及以上安全事故): to the principal and director, with its district deadline.',
    },
    INCIDENT_REPORTED: { description: 'A school reported a serious incident to the district (事故上报): to the district administrators.' },
  },
});

/**
 * One message in one account's inbox (通知), made by the directory's event consumer from an event
 * that names its recipients (an account, or the holders of a role). Only its account reads it.
 */
@ObjectType({ description: "A message in the signed-in account's inbox (通知), e.g. a purchase request awaiting your approval." })
@Entity('notification')
@Index(['accountId', 'id'])
@Index(['accountId', 'readAt'])
@Index(['eventId', 'accountId'], { unique: true })
export class Notification {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn()
  districtId: string;

  /** The account told. */
  @RefColumn()
  accountId: string;

  @Field(() => ID, { nullable: true, description: 'The school it concerns; null for district-wide news (a suspended supplier).' })
  @RefColumn({ nullable: true })
  schoolId: string | null;

  @Field(() => NotificationKind, { description: 'What it is about.' })
  @Column('varchar', { length: 32 })
  kind: NotificationKind;

  @Field({ description: 'The message in Chinese (zh-CN), as the console shows it by default.' })
  @Column('varchar', { length: 300 })
  title: string;

  @Field({ description: 'The same message in English.' })
  @Column('varchar', { length: 300 })
  titleEn: string;

  @Field({ description: 'The type of the record it is about, e.g. PurchaseRequest, ExpenseClaim, Supplier, School.' })
  @Column('varchar', { length: 40 })
  subjectType: string;

  @Field(() => ID, { description: 'The id of that record (query it, e.g. `purchaseRequest(id:)`).' })
  @RefColumn()
  subjectId: string;

  @Field({ description: 'The event it came from (an id in the event catalogue, docs/events.md).' })
  @Column('varchar', { length: 96 })
  eventType: string;

  @RefColumn({ comment: 'the event it came from: one notification per event and account' })
  eventId: string;

  @Field({ description: 'When it happened (the event time).' })
  @InstantColumn()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When you marked it read; null while unread.' })
  @InstantColumn({ nullable: true })
  readAt: Date | null;
}
