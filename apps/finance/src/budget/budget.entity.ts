import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import {
  CreatedAtColumn,
  DistrictOwnedEntity,
  FenColumn,
  RefColumn,
  RowVersionColumn,
  SchoolOwnedEntity,
  UpdatedAtColumn,
} from '@houqin/persistence';
import { Fund } from '../ledger/ledger.entity';
import { LIMITS } from '../limits';

/** What a budget category's policy does when a request or claim would exceed the remainder. */
export enum OverrunPolicy {
  BLOCK = 'BLOCK',
  WARN = 'WARN',
}
registerEnumType(OverrunPolicy, {
  name: 'OverrunPolicy',
  description: 'What happens when a request or claim would exceed what is left of its budget line (超预算).',
  valuesConfig: { BLOCK: { description: 'Refused.' }, WARN: { description: 'Accepted with a warning.' } },
});

@ObjectType({ description: 'A budget category (预算科目) set by the district, e.g. office supplies, repairs, canteen.' })
@Entity('budget_category')
@Index(['districtId', 'code'], { unique: true })
export class BudgetCategory extends DistrictOwnedEntity('The district whose list this category belongs to.') {
  @Field({ description: 'Stable code, e.g. OFFICE_SUPPLIES.' })
  @Column('varchar', { length: LIMITS.code })
  code: string;

  @Field()
  @Column('varchar', { length: LIMITS.name })
  name: string;

  @Field(() => Fund, { description: 'The account its spending is paid from: the canteen category spends from the canteen account.' })
  @Column('varchar', { length: 16, default: Fund.SCHOOL })
  fund: Fund;

  @Field(() => OverrunPolicy, { description: 'Whether exceeding the remainder of a budget line is blocked or only warned.' })
  @Column('varchar', { length: 8, default: OverrunPolicy.BLOCK })
  overrunPolicy: OverrunPolicy;

  @Field({ description: 'False once retired; existing lines and history stay.' })
  @Column('boolean', { default: true })
  active: boolean;

  @Field(() => Int, { description: 'Row version (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}

/**
 * The district's approval thresholds (审批权限): up to `directorLimitFen` the general-affairs
 * director approves; up to `principalLimitFen` the principal approves after the director; above
 * it the district approves last. An order more than `orderTolerancePercent` above its approved
 * estimate is approved again. One row per district.
 */
@Entity('approval_policy')
@Index(['districtId'], { unique: true })
export class ApprovalPolicy extends DistrictOwnedEntity() {
  @FenColumn()
  directorLimitFen: number;

  @FenColumn()
  principalLimitFen: number;

  /** How far, in whole percent of the approved estimate, an order at actual prices may go before it is approved again. */
  @Column('int', { default: 10 })
  orderTolerancePercent: number;

  @RowVersionColumn()
  version: number;

  @UpdatedAtColumn()
  updatedAt: Date;
}

/**
 * A school's budget for one category in one fiscal year (预算额度). `committedFen` (approved, not yet
 * paid) and `spentFen` (paid) change only through conditional updates, so concurrent approvals and
 * payments can never take a blocking line below zero.
 */
@Entity('budget_line')
@Index(['schoolId', 'fiscalYear', 'categoryId'], { unique: true })
@Index(['districtId', 'fiscalYear'])
export class BudgetLine extends SchoolOwnedEntity() {
  @Column('int')
  fiscalYear: number;

  @RefColumn()
  categoryId: string;

  @FenColumn()
  allocatedFen: number;

  @FenColumn({ default: 0 })
  committedFen: number;

  @FenColumn({ default: 0 })
  spentFen: number;

  @RowVersionColumn()
  version: number;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
