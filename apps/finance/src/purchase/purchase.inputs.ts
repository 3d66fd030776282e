import { IsInt, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { EnumField, IdField, LinesField, OptionalTextField, TextField, YuanField } from '@houqin/subgraph-kit';
import { WorkflowFilter } from '../approval/approval.inputs';
import { FiscalYearField } from '../fields';
import { LIMITS } from '../limits';
import { PurchaseStatus } from './purchase.entity';

@InputType({ description: 'One item requested.' })
export class PurchaseLineInput {
  @TextField('What is wanted.', { max: LIMITS.text })
  description: string;

  @Field(() => Int, { description: 'How many units, 1 to 100000.' })
  @IsInt()
  @Min(1)
  @Max(100000)
  quantity: number;

  @TextField('Unit, e.g. box (箱), piece (个), kg.', { max: LIMITS.unit })
  unit: string;

  @YuanField('Estimated price of one unit.')
  estimatedUnitPrice: string;
}

@InputType({ description: 'File a purchase request (物品申报).' })
export class SubmitPurchaseRequestInput {
  @IdField('The school buying.')
  schoolId: string;

  @IdField('Budget category to charge.')
  categoryId: string;

  @FiscalYearField('Fiscal year; the current year when omitted.', { nullable: true })
  fiscalYear?: number;

  @TextField('Why the items are needed.', { max: LIMITS.text })
  reason: string;

  @LinesField(() => PurchaseLineInput, 'The items, 1 to 50.', 1, 'lines must have at least one item')
  lines: PurchaseLineInput[];
}

@InputType({
  description:
    'Submit a draft purchase request (草稿提交) into approval: only its requester. Category, fiscal year and reason may be changed now; the lines stay as drafted.',
})
export class SubmitDraftPurchaseRequestInput {
  @IdField('The draft.')
  id: string;

  @IdField('Budget category to charge; the drafted one when omitted.', { nullable: true })
  categoryId?: string | null;

  @FiscalYearField('Fiscal year; the drafted one when omitted.', { nullable: true })
  fiscalYear?: number;

  @TextField('Why the items are needed; the drafted title when omitted.', { max: LIMITS.text, nullable: true })
  reason?: string | null;
}

@InputType({ description: "The actual unit price of one line, in the request's line order." })
export class OrderLineInput {
  @YuanField('Actual price of one unit.')
  actualUnitPrice: string;
}

@InputType({ description: 'Order an approved request from a supplier (采购).' })
export class OrderPurchaseInput {
  @IdField('The approved request.')
  id: string;

  @IdField('An active supplier (with a valid food licence for food).')
  supplierId: string;

  @LinesField(() => OrderLineInput, 'Actual unit prices, one per line in order.', 1)
  lines: OrderLineInput[];
}

@InputType({ description: 'Units received of one line.' })
export class ReceivedLineInput {
  @IdField('The request line.')
  lineId: string;

  @Field(() => Int, { description: 'Units received now.' })
  @IsInt()
  @Min(1)
  quantity: number;
}

@InputType({ description: 'Record goods received (验收), all or part of an order.' })
export class ReceivePurchaseInput {
  @IdField('The ordered request.')
  id: string;

  @LinesField(() => ReceivedLineInput, 'What arrived.', 1)
  lines: ReceivedLineInput[];

  @OptionalTextField('Comment, e.g. condition of the goods.', LIMITS.text)
  comment?: string;
}

@InputType({ description: 'Filter for purchase requests.' })
export class PurchaseRequestFilter extends WorkflowFilter {
  @EnumField(PurchaseStatus, 'Only this status.', { nullable: true })
  status?: PurchaseStatus;
}
