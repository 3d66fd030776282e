import { ArrayMaxSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { EnumField, IdField, LinesField, OptionalTextField, TextField, YuanField } from '@houqin/subgraph-kit';
import { WorkflowFilter } from '../approval/approval.inputs';
import { FiscalYearField } from '../fields';
import { LIMITS } from '../limits';
import { ClaimStatus } from './claim.entity';

@InputType({ description: 'One invoice claimed.' })
export class ClaimLineInput {
  @IdField('Budget category.')
  categoryId: string;

  @YuanField('Amount of the invoice.')
  amount: string;

  @Field({ description: 'Invoice number (发票号码), 8 to 20 digits.' })
  @Matches(/^\s*[0-9]{8,20}\s*$/, { message: 'invoiceNumber must be 8 to 20 digits (发票号码)' })
  invoiceNumber: string;

  @Field(() => [String], { nullable: true, description: 'References of scanned invoices and receipts.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @MaxLength(LIMITS.attachment, { each: true })
  attachments?: string[];
}

@InputType({ description: 'File an expense claim (报账).' })
export class SubmitExpenseClaimInput {
  @IdField('The school that pays.')
  schoolId: string;

  @TextField('What the claim is for.', { max: LIMITS.text })
  title: string;

  @FiscalYearField('Fiscal year; the current year when omitted.', { nullable: true })
  fiscalYear?: number;

  @LinesField(() => ClaimLineInput, 'The invoices, 1 to 50.', 1, 'lines must have at least one invoice')
  lines: ClaimLineInput[];
}

@InputType({ description: "The accountant's review of a claim (审核)." })
export class ReviewClaimInput {
  @IdField('The claim.')
  id: string;

  @OptionalTextField('Comment for the record.', LIMITS.text)
  comment?: string;
}

@InputType({ description: 'Filter for expense claims.' })
export class ExpenseClaimFilter extends WorkflowFilter {
  @EnumField(ClaimStatus, 'Only this status.', { nullable: true })
  status?: ClaimStatus;
}
