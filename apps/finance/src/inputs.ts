import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ClaimStatus, Fund, LedgerAccount, LIMITS, OverrunPolicy, PurchaseStatus, SupplierStatus } from './enums';

const nonEmpty = /\S/;
const YUAN_HELP = 'Amount in yuan as a decimal string with at most two places, e.g. "1234.50" (exact; no floating point).';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = (field: string) => ({ message: `${field} must be a date YYYY-MM-DD` });

@InputType({ description: 'A new budget category for the district (district administrators).' })
export class CreateBudgetCategoryInput {
  @Field({ description: 'Stable upper-case code, e.g. OFFICE_SUPPLIES.' })
  @Matches(/^[A-Z][A-Z0-9_]{1,31}$/, { message: 'code must be 2 to 32 upper-case letters, digits or _' })
  code: string;

  @Field({ description: 'Name shown to users, e.g. "Office supplies (办公用品)".' })
  @Matches(nonEmpty, { message: 'name must not be empty' })
  @MaxLength(LIMITS.name)
  name: string;

  @Field(() => Fund, { description: 'The account its spending is paid from.' })
  @IsIn(Object.values(Fund))
  fund: Fund;

  @Field(() => OverrunPolicy, { description: 'BLOCK refuses spending beyond the budget line; WARN only warns.' })
  @IsIn(Object.values(OverrunPolicy))
  overrunPolicy: OverrunPolicy;
}

@InputType({ description: 'Changes to a budget category; omitted fields stay.' })
export class UpdateBudgetCategoryInput {
  @Field(() => ID, { description: 'The category.' })
  @IsUUID('all', { message: 'id must be an id' })
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  @IsInt()
  version: number;

  @Field({ nullable: true, description: 'New name.' })
  @IsOptional()
  @Matches(nonEmpty, { message: 'name must not be empty' })
  @MaxLength(LIMITS.name)
  name?: string;

  @Field(() => OverrunPolicy, { nullable: true, description: 'New overrun policy.' })
  @IsOptional()
  overrunPolicy?: OverrunPolicy;

  @Field({ nullable: true, description: 'False retires the category.' })
  @IsOptional()
  active?: boolean;
}

@InputType({ description: 'The district\'s approval thresholds (审批权限).' })
export class SetApprovalPolicyInput {
  @Field({ description: `Up to this amount the general-affairs director approves alone. ${YUAN_HELP}` })
  @MaxLength(20)
  directorLimit: string;

  @Field({ description: `Up to this amount the principal approves after the director; above it the district approves last. ${YUAN_HELP}` })
  @MaxLength(20)
  principalLimit: string;
}

@InputType({ description: 'Allocate a school\'s budget for one category and fiscal year (预算下达).' })
export class SetBudgetInput {
  @Field(() => ID, { description: 'The school.' })
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId: string;

  @Field(() => Int, { description: 'Fiscal year (预算年度), the calendar year.' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear: number;

  @Field(() => ID, { description: 'The budget category.' })
  @IsUUID('all', { message: 'categoryId must be an id' })
  categoryId: string;

  @Field({ description: `Amount allocated. ${YUAN_HELP}` })
  @MaxLength(20)
  allocated: string;
}

@InputType({ description: 'One debit or credit of a manual journal entry: give exactly one of debit and credit.' })
export class JournalLineInput {
  @Field(() => LedgerAccount, { description: 'The account.' })
  @IsIn(Object.values(LedgerAccount))
  account: LedgerAccount;

  @Field({ nullable: true, description: `Debit amount. ${YUAN_HELP}` })
  @IsOptional()
  @MaxLength(20)
  debit?: string;

  @Field({ nullable: true, description: `Credit amount. ${YUAN_HELP}` })
  @IsOptional()
  @MaxLength(20)
  credit?: string;

  @Field(() => ID, { nullable: true, description: 'Budget category, for expense lines.' })
  @IsOptional()
  @IsUUID('all', { message: 'categoryId must be an id' })
  categoryId?: string;
}

@InputType({ description: 'A manual journal entry (记账凭证), e.g. meal-fee income into the canteen account. Debits must equal credits.' })
export class PostJournalEntryInput {
  @Field(() => ID, { description: 'The school whose books it is.' })
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId: string;

  @Field(() => Fund, { description: 'School or canteen account.' })
  @IsIn(Object.values(Fund))
  fund: Fund;

  @Field({ description: 'Accounting date YYYY-MM-DD; its month must be open.' })
  @Matches(DATE, dateMessage('entryDate'))
  @IsISO8601({ strict: true }, dateMessage('entryDate'))
  entryDate: string;

  @Field({ description: 'What the entry records (摘要).' })
  @Matches(nonEmpty, { message: 'memo must not be empty' })
  @MaxLength(LIMITS.text)
  memo: string;

  @Field(() => [JournalLineInput], { description: 'Two or more lines.' })
  @ArrayMinSize(2, { message: 'lines must have at least two lines' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  lines: JournalLineInput[];
}

@InputType({ description: 'Reverse a journal entry with a new entry of opposite lines (红字冲销).' })
export class ReverseJournalEntryInput {
  @Field(() => ID, { description: 'The entry to reverse.' })
  @IsUUID('all', { message: 'entryId must be an id' })
  entryId: string;

  @Field({ description: 'Why, for the audit trail.' })
  @Matches(nonEmpty, { message: 'reason must not be empty' })
  @MaxLength(LIMITS.text)
  reason: string;

  @Field({ nullable: true, description: 'Date of the reversal (an open month); today when omitted.' })
  @IsOptional()
  @Matches(DATE, dateMessage('entryDate'))
  @IsISO8601({ strict: true }, dateMessage('entryDate'))
  entryDate?: string;
}

@InputType({ description: 'Close a month of one account (月结).' })
export class ClosePeriodInput {
  @Field(() => ID, { description: 'The school.' })
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId: string;

  @Field(() => Fund, { description: 'School or canteen account.' })
  @IsIn(Object.values(Fund))
  fund: Fund;

  @Field({ description: 'The month YYYY-MM.' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period must be a month YYYY-MM' })
  period: string;
}

@InputType({ description: 'Filter for journal entries.' })
export class JournalEntryFilter {
  @Field(() => ID, { nullable: true, description: 'Only this school.' })
  @IsOptional()
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId?: string;

  @Field(() => Fund, { nullable: true, description: 'Only this account.' })
  @IsOptional()
  fund?: Fund;

  @Field({ nullable: true, description: 'Only this month, YYYY-MM.' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period must be a month YYYY-MM' })
  period?: string;
}

@InputType({ description: 'Register a supplier (供应商) for the district.' })
export class CreateSupplierInput {
  @Field({ description: 'Registered name.' })
  @Matches(nonEmpty, { message: 'name must not be empty' })
  @MaxLength(LIMITS.name)
  name: string;

  @Field({ description: 'Unified social credit code (统一社会信用代码), 18 characters; the check character is verified.' })
  @MaxLength(18, { message: 'creditCode must be 18 characters' })
  creditCode: string;

  @Field({ nullable: true, description: 'Contact person.' })
  @IsOptional()
  @MaxLength(LIMITS.name)
  contactName?: string;

  @Field({ nullable: true, description: 'Contact phone.' })
  @IsOptional()
  @Matches(/^[0-9+\- ]{5,20}$/, { message: 'phone must be 5 to 20 digits, spaces, + or -' })
  phone?: string;

  @Field({ nullable: true, description: 'Bank and account number (开户行及账号).' })
  @IsOptional()
  @MaxLength(100)
  bankAccount?: string;

  @Field({ nullable: true, description: 'True for food suppliers: the licence number and expiry are then required.' })
  @IsOptional()
  @IsBoolean()
  foodSupplier?: boolean;

  @Field({ nullable: true, description: 'Food-business licence number (食品经营许可证编号).' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{6,32}$/i, { message: 'foodLicenceNumber must be 6 to 32 letters or digits' })
  foodLicenceNumber?: string;

  @Field({ nullable: true, description: 'Last day the licence is valid, YYYY-MM-DD.' })
  @IsOptional()
  @Matches(DATE, dateMessage('foodLicenceExpiresOn'))
  @IsISO8601({ strict: true }, dateMessage('foodLicenceExpiresOn'))
  foodLicenceExpiresOn?: string;
}

@InputType({ description: 'Changes to a supplier; omitted fields stay. Only district administrators change the status.' })
export class UpdateSupplierInput {
  @Field(() => ID, { description: 'The supplier.' })
  @IsUUID('all', { message: 'id must be an id' })
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  @IsInt()
  version: number;

  @Field(() => String, { nullable: true, description: 'Contact person.' })
  @IsOptional()
  @MaxLength(LIMITS.name)
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone.' })
  @IsOptional()
  @Matches(/^[0-9+\- ]{5,20}$/, { message: 'phone must be 5 to 20 digits, spaces, + or -' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Bank and account number.' })
  @IsOptional()
  @MaxLength(100)
  bankAccount?: string | null;

  @Field(() => String, { nullable: true, description: 'Renewed licence number.' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{6,32}$/i, { message: 'foodLicenceNumber must be 6 to 32 letters or digits' })
  foodLicenceNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Renewed licence expiry, YYYY-MM-DD.' })
  @IsOptional()
  @Matches(DATE, dateMessage('foodLicenceExpiresOn'))
  @IsISO8601({ strict: true }, dateMessage('foodLicenceExpiresOn'))
  foodLicenceExpiresOn?: string | null;

  @Field(() => SupplierStatus, { nullable: true, description: 'ACTIVE or SUSPENDED (district administrators).' })
  @IsOptional()
  status?: SupplierStatus;
}

@InputType({ description: 'Filter for suppliers.' })
export class SupplierFilter {
  @Field(() => SupplierStatus, { nullable: true, description: 'Only this status.' })
  @IsOptional()
  status?: SupplierStatus;

  @Field({ nullable: true, description: 'Only food suppliers (true) or only others (false).' })
  @IsOptional()
  foodSupplier?: boolean;

  @Field({ nullable: true, description: 'Part of the name.' })
  @IsOptional()
  @MaxLength(LIMITS.name)
  nameContains?: string;
}

@InputType({ description: 'One item requested.' })
export class PurchaseLineInput {
  @Field({ description: 'What is wanted.' })
  @Matches(nonEmpty, { message: 'description must not be empty' })
  @MaxLength(LIMITS.text)
  description: string;

  @Field(() => Int, { description: 'How many units, 1 to 100000.' })
  @IsInt()
  @Min(1)
  @Max(100000)
  quantity: number;

  @Field({ description: 'Unit, e.g. box (箱), piece (个), kg.' })
  @Matches(nonEmpty, { message: 'unit must not be empty' })
  @MaxLength(LIMITS.unit)
  unit: string;

  @Field({ description: `Estimated price of one unit. ${YUAN_HELP}` })
  @MaxLength(20)
  estimatedUnitPrice: string;
}

@InputType({ description: 'File a purchase request (物品申报).' })
export class SubmitPurchaseRequestInput {
  @Field(() => ID, { description: 'The school buying.' })
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId: string;

  @Field(() => ID, { description: 'Budget category to charge.' })
  @IsUUID('all', { message: 'categoryId must be an id' })
  categoryId: string;

  @Field(() => Int, { nullable: true, description: 'Fiscal year; the current year when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear?: number;

  @Field({ description: 'Why the items are needed.' })
  @Matches(nonEmpty, { message: 'reason must not be empty' })
  @MaxLength(LIMITS.text)
  reason: string;

  @Field(() => [PurchaseLineInput], { description: 'The items, 1 to 50.' })
  @ArrayMinSize(1, { message: 'lines must have at least one item' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  lines: PurchaseLineInput[];
}

@InputType({ description: 'Approve at the level awaited.' })
export class ApproveInput {
  @Field(() => ID, { description: 'The request or claim.' })
  @IsUUID('all', { message: 'id must be an id' })
  id: string;

  @Field({ nullable: true, description: 'Comment for the record.' })
  @IsOptional()
  @MaxLength(LIMITS.text)
  comment?: string;
}

@InputType({ description: 'Reject, with the reason the requester will see.' })
export class RejectInput {
  @Field(() => ID, { description: 'The request or claim.' })
  @IsUUID('all', { message: 'id must be an id' })
  id: string;

  @Field({ description: 'Why it is rejected.' })
  @Matches(nonEmpty, { message: 'reason must not be empty' })
  @MaxLength(LIMITS.text)
  reason: string;
}

@InputType({ description: 'The actual unit price of one line, in the request\'s line order.' })
export class OrderLineInput {
  @Field({ description: `Actual price of one unit. ${YUAN_HELP}` })
  @MaxLength(20)
  actualUnitPrice: string;
}

@InputType({ description: 'Order an approved request from a supplier (采购).' })
export class OrderPurchaseInput {
  @Field(() => ID, { description: 'The approved request.' })
  @IsUUID('all', { message: 'id must be an id' })
  id: string;

  @Field(() => ID, { description: 'An active supplier (with a valid food licence for food).' })
  @IsUUID('all', { message: 'supplierId must be an id' })
  supplierId: string;

  @Field(() => [OrderLineInput], { description: 'Actual unit prices, one per line in order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  lines: OrderLineInput[];
}

@InputType({ description: 'Units received of one line.' })
export class ReceivedLineInput {
  @Field(() => ID, { description: 'The request line.' })
  @IsUUID('all', { message: 'lineId must be an id' })
  lineId: string;

  @Field(() => Int, { description: 'Units received now.' })
  @IsInt()
  @Min(1)
  quantity: number;
}

@InputType({ description: 'Record goods received (验收), all or part of an order.' })
export class ReceivePurchaseInput {
  @Field(() => ID, { description: 'The ordered request.' })
  @IsUUID('all', { message: 'id must be an id' })
  id: string;

  @Field(() => [ReceivedLineInput], { description: 'What arrived.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  lines: ReceivedLineInput[];

  @Field({ nullable: true, description: 'Comment, e.g. condition of the goods.' })
  @IsOptional()
  @MaxLength(LIMITS.text)
  comment?: string;
}

@InputType({ description: 'Pay a received purchase or an approved claim.' })
export class PayInput {
  @Field(() => ID, { description: 'The request or claim.' })
  @IsUUID('all', { message: 'id must be an id' })
  id: string;

  @Field({ nullable: true, description: 'Payment date YYYY-MM-DD (an open month); today when omitted.' })
  @IsOptional()
  @Matches(DATE, dateMessage('paidOn'))
  @IsISO8601({ strict: true }, dateMessage('paidOn'))
  paidOn?: string;

  @Field({ nullable: true, description: 'Comment for the record.' })
  @IsOptional()
  @MaxLength(LIMITS.text)
  comment?: string;
}

/** What both workflows' lists filter on; each adds its own status. */
// Decorated so subclasses inherit the fields; never used directly, so never emitted.
@InputType('WorkflowFilterBase')
abstract class WorkflowFilter {
  @Field(() => ID, { nullable: true, description: 'Only this school.' })
  @IsOptional()
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId?: string;

  @Field(() => ID, { nullable: true, description: 'Only those filed by this staff member.' })
  @IsOptional()
  @IsUUID('all', { message: 'requesterStaffId must be an id' })
  requesterStaffId?: string;

  @Field({ nullable: true, description: 'Only those waiting for your approval.' })
  @IsOptional()
  awaitingMyApproval?: boolean;
}

@InputType({ description: 'Filter for purchase requests.' })
export class PurchaseRequestFilter extends WorkflowFilter {
  @Field(() => PurchaseStatus, { nullable: true, description: 'Only this status.' })
  @IsOptional()
  status?: PurchaseStatus;
}

@InputType({ description: 'One invoice claimed.' })
export class ClaimLineInput {
  @Field(() => ID, { description: 'Budget category.' })
  @IsUUID('all', { message: 'categoryId must be an id' })
  categoryId: string;

  @Field({ description: `Amount of the invoice. ${YUAN_HELP}` })
  @MaxLength(20)
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
  @Field(() => ID, { description: 'The school that pays.' })
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId: string;

  @Field({ description: 'What the claim is for.' })
  @Matches(nonEmpty, { message: 'title must not be empty' })
  @MaxLength(LIMITS.text)
  title: string;

  @Field(() => Int, { nullable: true, description: 'Fiscal year; the current year when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear?: number;

  @Field(() => [ClaimLineInput], { description: 'The invoices, 1 to 50.' })
  @ArrayMinSize(1, { message: 'lines must have at least one invoice' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  lines: ClaimLineInput[];
}

@InputType({ description: 'The accountant\'s review of a claim (审核).' })
export class ReviewClaimInput {
  @Field(() => ID, { description: 'The claim.' })
  @IsUUID('all', { message: 'id must be an id' })
  id: string;

  @Field({ nullable: true, description: 'Comment for the record.' })
  @IsOptional()
  @MaxLength(LIMITS.text)
  comment?: string;
}

@InputType({ description: 'Filter for expense claims.' })
export class ExpenseClaimFilter extends WorkflowFilter {
  @Field(() => ClaimStatus, { nullable: true, description: 'Only this status.' })
  @IsOptional()
  status?: ClaimStatus;
}
