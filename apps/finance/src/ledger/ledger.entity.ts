import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { MoneyFields } from '@houqin/common';
import { FenColumn, InstantColumn, RefColumn, SchoolOwnedEntity } from '@houqin/persistence';
import { LIMITS } from '../limits';

/** 账户: each school keeps its school account and a separate canteen account (食堂单独核算). */
export enum Fund {
  SCHOOL = 'SCHOOL',
  CANTEEN = 'CANTEEN',
}
registerEnumType(Fund, {
  name: 'Fund',
  description: "Which of a school's two accounts (账户): the school account or the separately kept canteen account (食堂单独核算).",
  valuesConfig: {
    SCHOOL: { description: 'School account (学校账户).' },
    CANTEEN: { description: 'Canteen account (食堂账户), kept separately and posted publicly.' },
  },
});

/** 会计科目: the small chart of accounts every school uses. */
export enum LedgerAccount {
  BANK = 'BANK',
  EXPENSE = 'EXPENSE',
  FOOD_COST = 'FOOD_COST',
  MEAL_FEE_INCOME = 'MEAL_FEE_INCOME',
  APPROPRIATION_INCOME = 'APPROPRIATION_INCOME',
  OTHER_INCOME = 'OTHER_INCOME',
  INTERNAL_TRANSFER = 'INTERNAL_TRANSFER',
  ACCOUNTS_PAYABLE = 'ACCOUNTS_PAYABLE',
}
registerEnumType(LedgerAccount, {
  name: 'LedgerAccount',
  description: 'An account of the chart of accounts (会计科目).',
  valuesConfig: {
    BANK: { description: "Bank deposit (银行存款); its balance is the fund's money." },
    EXPENSE: { description: 'Expenditure (支出) by budget category.' },
    FOOD_COST: { description: 'Canteen food cost (食材成本).' },
    MEAL_FEE_INCOME: { description: 'Meal-fee income (伙食费收入), canteen account only.' },
    APPROPRIATION_INCOME: { description: 'Funds allocated by the district (财政拨款收入).' },
    OTHER_INCOME: { description: 'Other income (其他收入).' },
    INTERNAL_TRANSFER: {
      description:
        "Transfers between the school's two accounts (内部往来): only transferBetweenFunds posts to it, and it nets to zero across them.",
    },
    ACCOUNTS_PAYABLE: {
      description:
        "Owed to suppliers (应付账款): credited, naming the supplier, when the canteen accepts a delivery (canteen account: Dr FOOD_COST / Cr ACCOUNTS_PAYABLE, source CANTEEN_DELIVERY) and when a repair's final account names a contractor (the repairs category's account: Dr EXPENSE / Cr ACCOUNTS_PAYABLE, source REPAIR_EXPENSE); debited when the supplier is paid (a manual entry Dr ACCOUNTS_PAYABLE / Cr BANK, both lines naming the supplier: a payment). No manual entry credits it; a wrong payable is corrected by reversing its entry.",
    },
  },
});

/** What produced a journal entry (docs/finance.md, "What each kind of entry posts"). */
export type EntrySource =
  'MANUAL' | 'EXPENSE_CLAIM' | 'PURCHASE_REQUEST' | 'REVERSAL' | 'REFUND' | 'TRANSFER' | 'CANTEEN_DELIVERY' | 'REPAIR_EXPENSE';

/**
 * A double-entry journal entry (记账凭证) in one fund of one school. Never updated or deleted: a
 * mistake is corrected by a reversing entry that points at it (`reversesEntryId`).
 */
@ObjectType({
  description:
    'A journal entry (记账凭证): balanced lines in one account of one school. Never edited; a mistake is corrected by a reversing entry.',
})
@Entity('journal_entry')
@Index(['schoolId', 'fund', 'period'])
@Index(['sourceType', 'sourceId'])
@Index(['reversesEntryId'], { unique: true })
export class JournalEntry extends SchoolOwnedEntity({
  districtId: 'District of the school.',
  schoolId: 'The school whose books these are.',
}) {
  @Field(() => Fund, { description: 'School or canteen account.' })
  @Column('varchar', { length: 16 })
  fund: Fund;

  @Field({ description: 'Accounting date (YYYY-MM-DD, school time zone).' })
  @Column('date')
  entryDate: string;

  @Field({ description: 'Accounting month (YYYY-MM); a closed month takes no entries.' })
  @Column('varchar', { length: 7 })
  period: string;

  @Field({ description: 'What the entry records (摘要).' })
  @Column('varchar', { length: LIMITS.text })
  memo: string;

  @Field({
    description:
      "What produced it: MANUAL, EXPENSE_CLAIM, PURCHASE_REQUEST, REVERSAL, REFUND (退款), TRANSFER (内部转账), CANTEEN_DELIVERY (a delivery the canteen accepted: food cost and the payable 应付账款) or REPAIR_EXPENSE (a repair's final account 维修决算 charged to the REPAIRS budget line).",
  })
  @Column('varchar', { length: 24 })
  sourceType: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The claim or request it pays; for a refund the payment entry it refunds; for a transfer the id both its entries share; for a canteen delivery the delivery (进货查验记录); for a repair expense the work order (维修工单).',
  })
  @RefColumn({ nullable: true })
  sourceId: string | null;

  @Field(() => ID, { nullable: true, description: 'The entry this one reverses, if it is a reversal.' })
  @RefColumn({ nullable: true })
  reversesEntryId: string | null;

  @Field(() => ID, { nullable: true, description: 'The account that posted it.' })
  @RefColumn({ nullable: true })
  postedByAccountId: string | null;

  @Field({ description: 'When it was posted.' })
  @InstantColumn()
  postedAt: Date;
}

/** One debit or credit of a journal entry; denormalised (school, fund, period) for aggregate reports without joins. */
@ObjectType({ description: 'One line of a journal entry: a debit or a credit to one account.' })
@MoneyFields({
  debit: ['debitFen', 'Debit amount (zero on a credit line).'],
  credit: ['creditFen', 'Credit amount (zero on a debit line).'],
})
@Entity('journal_line')
@Index(['schoolId', 'fund', 'period', 'account'])
@Index(['districtId', 'period', 'account'])
@Index(['entryId'])
// Covers the supplier-spending report: a district's bank payments by supplier and month, read from
// the index alone (the bench measured 2.8 s without it on a million lines, 0.2 s with it).
@Index('IDX_journal_line_supplier_spending', ['districtId', 'account', 'supplierId', 'period', 'debitFen', 'creditFen'])
export class JournalLine extends SchoolOwnedEntity() {
  @RefColumn()
  entryId: string;

  @Column('varchar', { length: 16 })
  fund: Fund;

  @Column('varchar', { length: 7 })
  period: string;

  @Field(() => LedgerAccount, { description: 'The account debited or credited.' })
  @Column('varchar', { length: 24 })
  account: LedgerAccount;

  @Field(() => ID, { nullable: true, description: 'Budget category of an expense line.' })
  @RefColumn({ nullable: true })
  categoryId: string | null;

  @Field(() => ID, { nullable: true, description: 'Supplier paid, for payment lines; the supplier owed, for ACCOUNTS_PAYABLE lines.' })
  @RefColumn({ nullable: true })
  supplierId: string | null;

  @FenColumn({ default: 0 })
  debitFen: number;

  @FenColumn({ default: 0 })
  creditFen: number;
}

/** A closed accounting month (月结) of one fund of one school. */
@ObjectType({ description: 'A closed accounting month (月结): nothing posts into it any more.' })
@Entity('closed_period')
@Index(['schoolId', 'fund', 'period'], { unique: true })
export class ClosedPeriod extends SchoolOwnedEntity() {
  // The one school-owned column this type shows; its district stays a column only.
  @Field(() => ID, { description: 'The school.' })
  declare schoolId: string;

  @Field(() => Fund, { description: 'The account closed.' })
  @Column('varchar', { length: 16 })
  fund: Fund;

  @Field({ description: 'The month closed (YYYY-MM).' })
  @Column('varchar', { length: 7 })
  period: string;

  @Field({ description: 'When it was closed.' })
  @InstantColumn()
  closedAt: Date;

  @RefColumn({ nullable: true })
  closedByAccountId: string | null;
}
