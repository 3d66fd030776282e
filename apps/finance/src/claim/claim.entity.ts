import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { MoneyFields } from '@houqin/common';
import { FenColumn, IdColumn, RefColumn } from '@houqin/persistence';
import { ApprovalSubject } from '../approval/approval.entity';
import { Fund } from '../ledger/ledger.entity';
import { LIMITS } from '../limits';

/** 报账 */
export enum ClaimStatus {
  SUBMITTED = 'SUBMITTED',
  REVIEWED = 'REVIEWED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  PAID = 'PAID',
  PAYMENT_REVERSED = 'PAYMENT_REVERSED',
}
registerEnumType(ClaimStatus, {
  name: 'ClaimStatus',
  description: 'Where an expense claim (报账) is: submitted → reviewed by the accountant → approved → paid.',
  valuesConfig: {
    SUBMITTED: { description: "Filed; waiting for the accountant's review." },
    REVIEWED: { description: 'Reviewed; waiting for the next approver.' },
    APPROVED: { description: 'Approved; the budget is committed; waiting for payment.' },
    REJECTED: { description: 'Rejected, with the reason in its steps.' },
    PAID: { description: 'Paid; posted to the ledger.' },
    PAYMENT_REVERSED: {
      description: 'Its payment was reversed (红字冲销): the amount is committed again, not spent; waiting to be paid again.',
    },
  },
});

@ObjectType({
  description:
    'An expense claim (报账单): invoices a staff member paid and claims back, reviewed by the accountant and approved by amount.',
})
@MoneyFields({ total: ['totalFen', 'Total of the invoices.'] })
@Entity('expense_claim')
@Index(['schoolId', 'status'])
@Index(['requesterAccountId'])
export class ExpenseClaim extends ApprovalSubject {
  @Field({ description: 'What the claim is for.' })
  @Column('varchar', { length: LIMITS.text })
  title: string;

  @Field(() => Fund, { description: 'The account that pays it (from its categories).' })
  @Column('varchar', { length: 16 })
  fund: Fund;

  @Field(() => ClaimStatus, { description: 'Where the claim is in its workflow.' })
  @Column('varchar', { length: 16 })
  status: ClaimStatus;

  @FenColumn()
  totalFen: number;
}

@ObjectType({ description: 'One invoice of an expense claim.' })
@MoneyFields({ amount: ['amountFen', 'Amount of the invoice.'] })
@Entity('expense_claim_line')
@Index(['claimId', 'lineNo'], { unique: true })
export class ExpenseClaimLine {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn()
  claimId: string;

  @Column('int')
  lineNo: number;

  @Field(() => ID, { description: 'Budget category.' })
  @RefColumn()
  categoryId: string;

  @FenColumn()
  amountFen: number;

  @Field({ description: 'Invoice number (发票号码); never claimed twice in the district.' })
  @Column('varchar', { length: LIMITS.invoice })
  invoiceNumber: string;

  @Field(() => [String], { description: 'References of scanned invoices and receipts (附件).' })
  @Column('simple-json')
  attachments: string[];
}

/** Every invoice number ever claimed in a district: the unique index makes a second claim impossible, even concurrently. */
@Entity('claimed_invoice')
@Index(['districtId', 'invoiceNumber'], { unique: true })
export class ClaimedInvoice {
  @IdColumn()
  id: string;

  @RefColumn()
  districtId: string;

  @Column('varchar', { length: LIMITS.invoice })
  invoiceNumber: string;

  @RefColumn()
  claimLineId: string;
}
