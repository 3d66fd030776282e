import { InputType } from 'type-graphql';
import { DateField, EnumField, IdField, LinesField, MonthField, TextField, YuanField } from '@houqin/subgraph-kit';
import { LIMITS } from '../limits';
import { Fund, LedgerAccount } from './ledger.entity';

@InputType({ description: 'One debit or credit of a manual journal entry: give exactly one of debit and credit.' })
export class JournalLineInput {
  @EnumField(LedgerAccount, 'The account.')
  account: LedgerAccount;

  @YuanField('Debit amount.', { nullable: true })
  debit?: string;

  @YuanField('Credit amount.', { nullable: true })
  credit?: string;

  @IdField('Budget category, for expense lines.', { nullable: true })
  categoryId?: string;

  @IdField('The supplier, on the BANK and ACCOUNTS_PAYABLE lines of a payment to a supplier (an ACCOUNTS_PAYABLE line must name one).', {
    nullable: true,
  })
  supplierId?: string;
}

@InputType({ description: 'A manual journal entry (记账凭证), e.g. meal-fee income into the canteen account. Debits must equal credits.' })
export class PostJournalEntryInput {
  @IdField('The school whose books it is.')
  schoolId: string;

  @EnumField(Fund, 'School or canteen account.')
  fund: Fund;

  @DateField('Accounting date YYYY-MM-DD; its month must be open.')
  entryDate: string;

  @TextField('What the entry records (摘要).', { max: LIMITS.text })
  memo: string;

  @LinesField(() => JournalLineInput, 'Two or more lines.', 2, 'lines must have at least two lines')
  lines: JournalLineInput[];
}

@InputType({ description: 'Reverse a journal entry with a new entry of opposite lines (红字冲销).' })
export class ReverseJournalEntryInput {
  @IdField('The entry to reverse.')
  entryId: string;

  @TextField('Why, for the audit trail.', { max: LIMITS.text })
  reason: string;

  @DateField('Date of the reversal (an open month); today when omitted.', { nullable: true })
  entryDate?: string;
}

@InputType({ description: 'Close a month of one account (月结).' })
export class ClosePeriodInput {
  @IdField('The school.')
  schoolId: string;

  @EnumField(Fund, 'School or canteen account.')
  fund: Fund;

  @MonthField('The month YYYY-MM.')
  period: string;
}

@InputType({ description: 'Filter for journal entries.' })
export class JournalEntryFilter {
  @IdField('Only this school.', { nullable: true })
  schoolId?: string;

  @EnumField(Fund, 'Only this account.', { nullable: true })
  fund?: Fund;

  @MonthField('Only this month, YYYY-MM.', { nullable: true })
  period?: string;

  @IdField('Only entries with a line charged to this budget category (预算科目): what a budget figure is made of.', { nullable: true })
  categoryId?: string;

  @DateField('Only entries dated on or after this day, YYYY-MM-DD.', { nullable: true })
  fromDate?: string;

  @DateField('Only entries dated on or before this day, YYYY-MM-DD; not before fromDate.', { nullable: true })
  toDate?: string;
}

@InputType({
  description:
    'A refund (退款) of a payment: money back into the bank, spending taken off the category the payment charged. At most what it charged, net of earlier refunds.',
})
export class PostRefundInput {
  @IdField('The journal entry of the payment refunded (a purchase or claim paid, or a manual payment).')
  paymentEntryId: string;

  @IdField('The budget category refunded; needed only when the payment charged several.', { nullable: true })
  categoryId?: string;

  @YuanField('Amount refunded, more than zero.')
  amount: string;

  @DateField('Date the money came back YYYY-MM-DD (this fiscal year, an open month, not after today); today when omitted.', {
    nullable: true,
  })
  entryDate?: string;

  @TextField('Why, for the audit trail (e.g. goods returned, 退货).', { max: LIMITS.text })
  reason: string;
}

@InputType({ description: "Move money between a school's two accounts (内部转账): out of one bank account, into the other's." })
export class TransferBetweenFundsInput {
  @IdField('The school.')
  schoolId: string;

  @EnumField(Fund, 'The account the money leaves; it reaches the other one.')
  from: Fund;

  @YuanField('Amount moved, more than zero.')
  amount: string;

  @DateField('Date of the transfer YYYY-MM-DD (this fiscal year, an open month of both accounts, not after today); today when omitted.', {
    nullable: true,
  })
  entryDate?: string;

  @TextField('What the transfer is for (摘要), e.g. a canteen subsidy.', { max: LIMITS.text })
  memo: string;
}
