/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which accompanied meals to list. */
export type AccompaniedMealFilter = {
  /** Only this canteen. */
  canteenId?: string | null | undefined;
  /** First day (YYYY-MM-DD), inclusive. */
  from?: string | null | undefined;
  /** Only this school. */
  schoolId?: string | null | undefined;
  /** Last day (YYYY-MM-DD), inclusive. */
  to?: string | null | undefined;
};

/** Which canteens and days to look for school days without an accompanied lunch. */
export type AccompaniedMealGapsInput = {
  /** The canteens: 1 to 50. */
  canteenIds: Array<string>;
  /** First day (YYYY-MM-DD), inclusive. */
  from: string;
  /** Last day (YYYY-MM-DD), inclusive; at most 366 days after from. Days after today are not counted. */
  to: string;
};

/** Filter for the accounts list; all given conditions must hold. */
export type AccountFilter = {
  /** Only active (true) or only deactivated (false) accounts. */
  active?: boolean | null | undefined;
  /** Accounts holding a role at this school. */
  schoolId?: string | null | undefined;
};

/** The final account (决算): what the repair actually cost, in yuan with at most two decimals. */
export type AccountWorkOrderInput = {
  /** What the contractor is paid (外包费用); 0 for an in-house repair. Amount in yuan as a decimal string with at most two places, e.g. "1234.50" (exact; no floating point). */
  contractor: string;
  /** The work order. */
  id: string;
  /** Actual labour (实际人工费). Amount in yuan as a decimal string with at most two places, e.g. "1234.50" (exact; no floating point). */
  labour: string;
  /** Actual materials (实际材料费). Amount in yuan as a decimal string with at most two places, e.g. "1234.50" (exact; no floating point). */
  materials: string;
  /** Why it is beyond the district’s variance from the estimate (超支说明): required then. */
  varianceExplanation?: string | null | undefined;
  /** The version you read. */
  version: number;
};

/** An action item: what, its owner (a staff member of the school) and its deadline. */
export type ActionItemInput = {
  /** The day it is due by (not before the meeting or incident). */
  deadline: string;
  /** What is to be done. */
  description: string;
  /** For an incident: CORRECTIVE or PREVENTIVE; a meeting’s are DECISION. */
  kind?: ActionItemKind | null | undefined;
  /** The staff member of the school who owns it. */
  ownerStaffId: string;
};

/** What kind of action item it is. */
export type ActionItemKind =
  /** A corrective action (纠正措施): puts right what the incident did. */
  | 'CORRECTIVE'
  /** A meeting’s decision to carry out (会议决议). */
  | 'DECISION'
  /** A preventive action (预防措施): keeps it from happening again. */
  | 'PREVENTIVE';

/** What an action item (整改/落实事项) belongs to. */
export type ActionItemSource =
  /** A corrective or preventive action of an incident (纠正/预防措施). */
  | 'INCIDENT'
  /** A decision of a safety meeting (安全会议决议). */
  | 'MEETING';

/** Put a directory staff member on a canteen's staff roster (食堂从业人员); they need no login account. */
export type AddCanteenStaffInput = {
  /** The canteen. */
  canteenId: string;
  /** First day on the roster (YYYY-MM-DD); today when omitted. */
  joinedOn?: string | null | undefined;
  /** Their post (岗位). */
  post: CanteenPost;
  /** The directory staff member (教职工) of the canteen’s school. */
  staffId: string;
};

/** Add a food to the district’s forbidden list (禁用食品). */
export type AddForbiddenFoodInput = {
  /** A food code (食物编码) it names, if any. */
  foodCode?: string | null | undefined;
  /** A catalogue ingredient it names, if any. */
  ingredientId?: string | null | undefined;
  /** What is forbidden, e.g. "河豚" (puffer fish); an ingredient whose name contains it is refused. */
  name: string;
  /** Why (禁用原因): the rule or the hazard. */
  reason: string;
};

/** A major food allergen (致敏物质) an ingredient carries; a dish carries those of its ingredients. */
export type Allergen =
  /** Crustaceans (甲壳纲类动物): shrimp, crab, lobster. */
  | 'CRUSTACEAN'
  /** Eggs (蛋类). */
  | 'EGG'
  /** Fish (鱼类). */
  | 'FISH'
  /** Cereals containing gluten (含麸质的谷物): wheat, rye, barley, oats. */
  | 'GLUTEN'
  /** Milk and dairy (乳及乳制品). */
  | 'MILK'
  /** Molluscs (软体动物): squid, clams, oysters. */
  | 'MOLLUSC'
  /** Peanuts (花生). */
  | 'PEANUT'
  /** Sesame (芝麻). */
  | 'SESAME'
  /** Soybeans (大豆). */
  | 'SOY'
  /** Tree nuts and their kernels (坚果及其果仁). */
  | 'TREE_NUT';

/** Answer items of an open round (a later answer to the same item replaces the earlier one). */
export type AnswerInspectionItemsInput = {
  /** The answers, 1–100. */
  answers: Array<InspectionAnswerInput>;
  /** The round. */
  roundId: string;
};

/** An approval step: the general-affairs director, then the principal, then the district, by amount. */
export type ApprovalLevel =
  /** General-affairs director (总务主任). */
  | 'DIRECTOR'
  /** District administrator (区教育局). */
  | 'DISTRICT'
  /** Principal (校长). */
  | 'PRINCIPAL';

/** Approve a disposal request at the level it waits for. */
export type ApproveAssetDisposalInput = {
  /** Comment kept with the step (审批意见). */
  comment?: string | null | undefined;
  /** The disposal request. */
  id: string;
};

/** Approve a closed stocktake's differences: moves and disposal requests. */
export type ApproveAssetStocktakeInput = {
  /** The differences to act on (accept); the others are dismissed. Omitted: every difference is accepted. */
  accept?: Array<string> | null | undefined;
  /** Comment kept with the step. */
  comment?: string | null | undefined;
  /** The closed stocktake. */
  id: string;
};

/** Approve at the level awaited. */
export type ApproveInput = {
  /** Comment for the record. */
  comment?: string | null | undefined;
  /** The request or claim. */
  id: string;
};

/** Approve a requisition waiting for approval (审批通过). */
export type ApproveRequisitionInput = {
  /** A comment, kept with the step. */
  comment?: string | null | undefined;
  /** The requisition. */
  id: string;
};

/** Who approves at a level of asset disposal (处置审批层级). */
export type AssetDisposalApproverRole =
  /** The district education bureau (区教育局): a district administrator. */
  | 'DISTRICT_ADMIN'
  /** The school’s general-affairs director (总务主任). */
  | 'GENERAL_AFFAIRS_DIRECTOR'
  /** The school’s principal (校长). */
  | 'PRINCIPAL';

/** Filter of disposal requests. */
export type AssetDisposalFilter = {
  /** Only the requests of this asset. */
  assetId?: string | null | undefined;
  /** Only the requests waiting for a level you decide at (待我审批), never your own. */
  awaitingMyApproval?: boolean | null | undefined;
  /** Only this school. */
  schoolId?: string | null | undefined;
  /** Only this status. */
  status?: AssetDisposalStatus | null | undefined;
};

/** How an asset leaves the register (处置方式). */
export type AssetDisposalMethod =
  /** Donated (对外捐赠). */
  | 'DONATED'
  /** Lost or missing (盘亏/丢失), e.g. not found by a stocktake. */
  | 'LOST'
  /** Scrapped (报废): broken beyond repair or worn out. */
  | 'SCRAPPED'
  /** Sold (出售), usually at auction; the proceeds go to the school’s account. */
  | 'SOLD'
  /** Transferred without payment to another unit (无偿调拨). */
  | 'TRANSFERRED';

/** What filed a disposal request (申请来源). */
export type AssetDisposalSource =
  /** A person, through requestAssetDisposal (手工申请). */
  | 'MANUAL'
  /** An approved asset stocktake, for an asset it did not find (盘亏). */
  | 'STOCKTAKE';

/** Where a disposal request stands (处置申请状态). */
export type AssetDisposalStatus =
  /** Approved at its last level (已批准): the asset is DISPOSED and finance writes it off. */
  | 'APPROVED'
  /** Withdrawn by its requester before the last approval (已撤回). */
  | 'CANCELLED'
  /** Waiting for the approval level named by nextApprovalRole (待审批). */
  | 'PENDING_APPROVAL'
  /** Rejected at a level, with a reason (已驳回): the asset stays on the register. */
  | 'REJECTED';

/** A step of a disposal request you could take now, by its mutation. */
export type AssetDisposalViewerAction =
  /** approveAssetDisposal (审批), at the level it waits for. */
  | 'APPROVE'
  /** cancelAssetDisposal (撤回): your own request, while it waits. */
  | 'CANCEL'
  /** rejectAssetDisposal (驳回), at the level it waits for. */
  | 'REJECT';

/** What an asset history row records (资产变动类型). */
export type AssetEventKind =
  /** Moved to another room and/or handed to another custodian (调拨/变更保管人). */
  | 'MOVED'
  /** Entered into the register (登记入账), with its first room, custodian and status. */
  | 'REGISTERED'
  /** It moved to another school with its campus (校区划转), e.g. a school merger. */
  | 'SCHOOL_CHANGED'
  /** Its status changed (状态变更), e.g. sent for repair, lent, disposed. */
  | 'STATUS_CHANGED';

/** Where an asset history row came from (变动来源). */
export type AssetEventSource =
  /** The directory moved the asset's campus to another school (校区划转). */
  | 'CAMPUS_MOVE'
  /** An approved disposal (资产处置). */
  | 'DISPOSAL'
  /** A school's first load of its register from a spreadsheet (导入). */
  | 'IMPORT'
  /** A person in the register (手工). */
  | 'MANUAL'
  /** An asset stocktake (资产盘点). */
  | 'STOCKTAKE';

/** Narrow the asset register. */
export type AssetFilter = {
  /** Only this class and the classes under it. */
  classCode?: string | null | undefined;
  /** Only assets in this staff member’s custody. */
  custodianStaffId?: string | null | undefined;
  /** Only assets in this room. */
  roomId?: string | null | undefined;
  /** Only this school. */
  schoolId?: string | null | undefined;
  /** Part of the tag number, name, model or serial. */
  search?: string | null | undefined;
  /** Only this status. */
  status?: AssetStatus | null | undefined;
};

/** One row of a school’s asset register file (资产台账导入). */
export type AssetImportRowInput = {
  /** The day it was acquired (取得日期), YYYY-MM-DD; not after today. */
  acquiredOn: string;
  /** Its class code (资产分类代码). */
  classCode: string;
  /** What it cost (原值). Amount in yuan as a decimal string with at most two places, e.g. "1234.50" (exact; no floating point). */
  cost: string;
  /** The staff member responsible for it (保管人), if any. */
  custodianStaffId?: string | null | undefined;
  /** Model or specification (规格型号). */
  model?: string | null | undefined;
  /** Its name. */
  name: string;
  /** Its room: a room id, or the room’s QR code (二维码) as printed on its door. */
  room?: string | null | undefined;
  /** The maker's serial number (出厂编号). */
  serialNumber?: string | null | undefined;
  /** Its status; IN_USE when omitted (never DISPOSED). */
  status?: AssetStatus | null | undefined;
  /** Tag number (资产编号), unique in the school and in the file. */
  tagNumber: string;
};

/** Where a fixed asset stands (资产状态). */
export type AssetStatus =
  /** Disposed (已处置): only an approved disposal (AssetDisposal) sets it; it never changes again. */
  | 'DISPOSED'
  /** Idle (闲置): kept but not used. */
  | 'IDLE'
  /** In use (在用). */
  | 'IN_USE'
  /** Lent out (出借). */
  | 'LENT'
  /** Under repair (维修中). */
  | 'UNDER_REPAIR';

/** Filter of a stocktake’s differences. */
export type AssetStocktakeDifferenceFilter = {
  /** Only this kind. */
  kind?: AssetStocktakeDifferenceKind | null | undefined;
};

/** A difference between the register and the scans (盘点差异). */
export type AssetStocktakeDifferenceKind =
  /** Expected but not scanned (盘亏): approved, it becomes a disposal request (method LOST). */
  | 'MISSING'
  /** A scanned code that is no asset of the school, or the tag of a disposed one (盘盈/无账): register it by hand if it is real. */
  | 'UNREGISTERED'
  /** Scanned in another room than its register room (位置不符): approved, the asset is moved there. */
  | 'WRONG_ROOM';

/** The director's decision on a difference (差异处理). */
export type AssetStocktakeDifferenceOutcome =
  /** Accepted (确认): moved, or a disposal request filed; an unregistered tag is only noted. */
  | 'ACCEPTED'
  /** Left out of the approval (不处理): the register is unchanged for it. */
  | 'DISMISSED';

/** Filter of asset stocktakes. */
export type AssetStocktakeFilter = {
  /** Only this school. */
  schoolId?: string | null | undefined;
  /** Only this scope. */
  scope?: AssetStocktakeScope | null | undefined;
  /** Only this status. */
  status?: AssetStocktakeStatus | null | undefined;
};

/** What an asset stocktake counts (盘点范围). */
export type AssetStocktakeScope =
  /** Every room of one campus (校区盘点). */
  | 'CAMPUS'
  /** One room (单间盘点). */
  | 'ROOM'
  /** Every room of the school (全校盘点). */
  | 'SCHOOL';

/** Where an asset stocktake (资产盘点) is. */
export type AssetStocktakeStatus =
  /** Approved (已审批): accepted differences became moves and disposal requests. */
  | 'APPROVED'
  /** Closed (待审批): its differences are computed and frozen; they wait for the director's decision. */
  | 'CLOSED'
  /** Scanning (盘点中): tags may be scanned. */
  | 'OPEN'
  /** Rejected (已驳回): nothing changed in the register; count again in a new stocktake. */
  | 'REJECTED';

/** A step of an asset stocktake you could take now, by its mutation. */
export type AssetStocktakeViewerAction =
  /** approveAssetStocktake (审批差异). */
  | 'APPROVE'
  /** closeAssetStocktake (结束盘点). */
  | 'CLOSE'
  /** rejectAssetStocktake (驳回). */
  | 'REJECT'
  /** recordAssetScans (扫码). */
  | 'SCAN';

/** Assign a hazard (交办) with its five fixes (五定): person, measure, funds, deadline, contingency plan. */
export type AssignHazardInput = {
  /** What was done or found, for the record. */
  comment?: string | null | undefined;
  /** The contingency plan until it is rectified (应急预案), e.g. "设置警示标志并封闭通道". */
  contingencyPlan: string;
  /** The day it must be rectified by (整改期限): today or later, in the school’s zone. Left out: the district’s default school days for a general hazard. */
  deadline?: string | null | undefined;
  /** The funds set aside (整改资金), in yuan with at most two decimals; 0 when none are needed. Amount in yuan as a decimal string with at most two places, e.g. "1234.50" (exact; no floating point). */
  funds: string;
  /** The hazard. */
  id: string;
  /** Re-level it (e.g. general to major); left out it stays as reported. */
  level?: HazardLevel | null | undefined;
  /** The rectification measure (整改措施). */
  measure: string;
  /** The person responsible for the rectification (整改责任人): a staff member of the school. */
  responsibleStaffId: string;
  /** The version you read. */
  version: number;
};

/** Put people on a meal service's duty list (值班): only people who passed that day's morning check (晨检). */
export type AssignMealServiceDutyInput = {
  /** The meal service. */
  mealServiceId: string;
  /** Staff members of the canteen who passed the morning check on the day of the service, 1 to 30. */
  staffIds: Array<string>;
  /** What they do in it, e.g. "主厨 (head cook)", "分餐 (serving)". */
  task: string;
};

/** Assign a work order (派工) to the people who repair it, or who supervise the contractor. */
export type AssignWorkOrderInput = {
  /** Instructions, for the record. */
  comment?: string | null | undefined;
  /** The work order. */
  id: string;
  /** Staff members of the school, 1 to 5. */
  staffIds: Array<string>;
  /** The version you read. */
  version: number;
};

/** The base unit (基本单位) an ingredient’s quantities are stored in, as whole numbers. */
export type BaseUnit =
  /** Gram (克). */
  | 'GRAM'
  /** Millilitre (毫升). */
  | 'MILLILITRE'
  /** Piece (个/只/件), e.g. eggs counted one by one. */
  | 'PIECE';

/** One row of a budget spreadsheet: a school's allocation for one category and fiscal year, as setBudget takes it but naming the category by its code. */
export type BudgetRowInput = {
  /** Amount allocated. Amount in yuan as a decimal string with at most two places, e.g. "1234.50" (exact; no floating point). */
  allocated: string;
  /** The budget category (预算科目) by its code, e.g. OFFICE_SUPPLIES: an active category of your district. */
  categoryCode: string;
  /** Fiscal year (预算年度), the calendar year. */
  fiscalYear: number;
  /** The school. */
  schoolId: string;
};

/** Withdraw your own disposal request while it waits. */
export type CancelAssetDisposalInput = {
  /** The disposal request. */
  id: string;
  /** Why it is withdrawn. */
  reason?: string | null | undefined;
};

/** A canteen staff member's post (岗位). */
export type CanteenPost =
  /** Cleaner and dishwasher (保洁/洗碗工). */
  | 'CLEANER'
  /** Cook (厨师). */
  | 'COOK'
  /** Kitchen helper (帮厨). */
  | 'HELPER'
  /** Canteen manager (食堂管理员). */
  | 'MANAGER'
  /** Serving staff (打饭/配餐员). */
  | 'SERVER'
  /** Storekeeper (保管员). */
  | 'STOREKEEPER';

/** Change an asset’s status (状态变更): in use, idle, under repair or lent. Disposal goes through AssetDisposal. */
export type ChangeAssetStatusInput = {
  /** The asset. */
  assetId: string;
  /** Why (原因), e.g. "screen broken, sent to the supplier". */
  reason?: string | null | undefined;
  /** Its new status: IN_USE, IDLE, UNDER_REPAIR or LENT. */
  status: AssetStatus;
};

/** Change your own password. */
export type ChangePasswordInput = {
  /** The password you sign in with now. */
  currentPassword: string;
  /** At least 10 characters, at most 72 bytes. */
  newPassword: string;
};

/** One answer of a checklist, in checklist order. */
export type ChecklistAnswerInput = {
  /** For PASS_FAIL: passed or not. */
  passed?: boolean | null | undefined;
  /** For PHOTO: the photo reference. */
  photoRef?: string | null | undefined;
  /** For NUMBER and READING: the number, e.g. "0.35". */
  value?: string | null | undefined;
};

/** One checklist item of a schedule. */
export type ChecklistItemInput = {
  /** How it is answered. */
  kind: ChecklistItemKind;
  /** What to check. */
  label: string;
  /** The highest acceptable number, for NUMBER. */
  max?: string | null | undefined;
  /** The lowest acceptable number, for NUMBER (e.g. "0.10"). */
  min?: string | null | undefined;
  /** The unit, e.g. "MPa". */
  unit?: string | null | undefined;
};

/** How a maintenance checklist item (检查项) is answered. */
export type ChecklistItemKind =
  /** A number within limits (e.g. a pressure of 0.10–0.20 MPa): outside them it fails. */
  | 'NUMBER'
  /** Passed or failed (合格/不合格). */
  | 'PASS_FAIL'
  /** A photo reference (拍照). */
  | 'PHOTO'
  /** A reading to record (e.g. a meter or counter), no limits. */
  | 'READING';

/** A step of an expense claim you could take now, by its mutation. */
export type ClaimAction =
  /** approveExpenseClaim (审批): at the level it waits for. */
  | 'APPROVE'
  /** payExpenseClaim (付款). */
  | 'PAY'
  /** rejectExpenseClaim: at review, or at the level it waits for. */
  | 'REJECT'
  /** reviewExpenseClaim (审核). */
  | 'REVIEW';

/** One invoice claimed. */
export type ClaimLineInput = {
  /** Amount of the invoice. Amount in yuan as a decimal string with at most two places, e.g. "1234.50" (exact; no floating point). */
  amount: string;
  /** References of scanned invoices and receipts. */
  attachments?: Array<string> | null | undefined;
  /** Budget category. */
  categoryId: string;
  /** Invoice number (发票号码), 8 to 20 digits. */
  invoiceNumber: string;
};

/** Where an expense claim (报账) is: submitted → reviewed by the accountant → approved → paid. */
export type ClaimStatus =
  /** Approved; the budget is committed; waiting for payment. */
  | 'APPROVED'
  /** Paid; posted to the ledger. */
  | 'PAID'
  /** Its payment was reversed (红字冲销): the amount is committed again, not spent; waiting to be paid again. */
  | 'PAYMENT_REVERSED'
  /** Rejected, with the reason in its steps. */
  | 'REJECTED'
  /** Reviewed; waiting for the next approver. */
  | 'REVIEWED'
  /** Filed; waiting for the accountant's review. */
  | 'SUBMITTED';

/** Close an open stocktake: its differences are computed and frozen. */
export type CloseAssetStocktakeInput = {
  /** Comment kept with the step. */
  comment?: string | null | undefined;
  /** The open stocktake. */
  id: string;
};

/** Mark an action item done (the version you read), with how. */
export type CompleteActionItemInput = {
  /** The action item. */
  id: string;
  /** How it was done. */
  note?: string | null | undefined;
  /** The version you read. */
  version: number;
};

/** Confirm receipt of an issued requisition (签收): the requester only. */
export type ConfirmRequisitionReceiptInput = {
  /** A comment, kept with the step. */
  comment?: string | null | undefined;
  /** The requisition. */
  id: string;
};

/** The category of a consumable (低值易耗品类别). */
export type ConsumableCategory =
  /** Chalk and stationery (粉笔文具). */
  | 'CHALK_STATIONERY'
  /** Cleaning supplies (清洁用品): brooms, mops, detergent. */
  | 'CLEANING'
  /** Lighting and electrical (灯具电料): bulbs, tubes, switches. */
  | 'LIGHTING'
  /** Anything else (其他). */
  | 'OTHER'
  /** Paper (纸张): A4, exam paper, toilet paper. */
  | 'PAPER'
  /** Small tools (小工具). */
  | 'TOOLS';

/** Filter of the consumables register. */
export type ConsumableItemFilter = {
  /** true: only items whose school-wide stock is at or below their reorder point (due for reordering); false: only the others. */
  atOrBelowReorderPoint?: boolean | null | undefined;
  /** Only items of this category. */
  category?: ConsumableCategory | null | undefined;
  /** Only items of this school. */
  schoolId?: string | null | undefined;
  /** Only items whose name contains this text. */
  search?: string | null | undefined;
};

/** The unit a consumable is counted in (计量单位); quantities are whole numbers of it. */
export type ConsumableUnit =
  /** Bag (袋). */
  | 'BAG'
  /** Barrel or drum (桶). */
  | 'BARREL'
  /** Bottle (瓶). */
  | 'BOTTLE'
  /** Box (盒). */
  | 'BOX'
  /** A handled tool: broom, mop, scissors (把). */
  | 'HANDLE'
  /** Pack or packet (包). */
  | 'PACK'
  /** Pair (双/副). */
  | 'PAIR'
  /** Piece (个/只). */
  | 'PIECE'
  /** Ream of paper, 500 sheets (令). */
  | 'REAM'
  /** Roll (卷). */
  | 'ROLL'
  /** Set (套). */
  | 'SET'
  /** Stick, pen or tube (支). */
  | 'STICK';

/** Estimate a repair (核算): labour and materials, in yuan with at most two decimals. */
export type CostWorkOrderInput = {
  /** How it was estimated, for the reviewer. */
  comment?: string | null | undefined;
  /** The work order. */
  id: string;
  /** Estimated labour (人工费). Amount in yuan as a decimal string with at most two places, e.g. "1234.50" (exact; no floating point). */
  labour: string;
  /** Estimated materials (材料费). Amount in yuan as a decimal string with at most two places, e.g. "1234.50" (exact; no floating point). */
  materials: string;
  /** The version you read. */
  version: number;
};

/** A new login account. Roles are granted separately. */
export type CreateAccountInput = {
  /** Name shown to other users. */
  displayName: string;
  /** Initial password: at least 10 characters, at most 72 bytes. */
  password: string;
  /** The staff member who uses this account. */
  staffId?: string | null | undefined;
  /** Login name: 3 to 64 lower-case letters, digits, . _ or -. */
  username: string;
};

/** Register a building (楼宇) on a campus of the school. */
export type CreateBuildingInput = {
  /** The campus (校区) it stands on: a campus of the school in use. */
  campusId: string;
  /** Floors above ground (地上层数): 1 to 60. */
  floorsAbove: number;
  /** Floors below ground (地下层数): 0 to 10; 0 when omitted. */
  floorsBelow?: number | null | undefined;
  /** Its name, unique on the campus, e.g. "Teaching Building A (教学楼A)". */
  name: string;
  /** The school that has the campus. */
  schoolId: string;
};

/** A new campus (新建校区) of a school. */
export type CreateCampusInput = {
  /** Postal address of the campus. */
  address?: string | null | undefined;
  name: string;
  /** The school the campus belongs to. */
  schoolId: string;
};

/** A new dish (菜品) with its recipe. */
export type CreateDishInput = {
  /** Its ingredients, 1 to 50, each once. */
  lines: Array<RecipeLineInput>;
  /** Its name, unique in the school. */
  name: string;
  /** How it is cooked (烹调方式), or a note for the kitchen. */
  note?: string | null | undefined;
  /** The school whose canteens cook it. */
  schoolId: string;
};

/** A preventive maintenance schedule (预防性维护计划) for an asset, a room or a building of the school; from a statutory template (templateCode) or spelled out. Fields given override the template’s. */
export type CreateMaintenanceScheduleInput = {
  /** The asset serviced; give this, roomId or buildingId. */
  assetId?: string | null | undefined;
  /** What the interval counts from (the template’s when omitted). */
  basis?: MaintenanceBasis | null | undefined;
  /** The building serviced. */
  buildingId?: string | null | undefined;
  /** The category of its work orders (the template’s when omitted). */
  category?: WorkOrderCategory | null | undefined;
  /** Its checklist, 1–30 items (the template’s when omitted). */
  checklist?: Array<ChecklistItemInput> | null | undefined;
  /** The unit of its interval (the template’s when omitted). */
  frequency?: MaintenanceFrequency | null | undefined;
  /** Every how many units (1–366; the template’s when omitted). A schedule needs one. */
  interval?: number | null | undefined;
  /** Days before a due day its work order opens (0–60; the template’s, else 3). */
  leadDays?: number | null | undefined;
  /** The room serviced. */
  roomId?: string | null | undefined;
  /** The school. */
  schoolId: string;
  /** Its first due day, YYYY-MM-DD. */
  startsOn: string;
  /** A statutory template to start from (maintenanceTemplates: LIFT_15_DAYS, FIRE_SYSTEM_YEARLY, WATER_TANK_HALF_YEARLY). */
  templateCode?: string | null | undefined;
  /** What is done (the template’s title when omitted). */
  title?: string | null | undefined;
};

/** A patrol route (巡视路线): rooms of the school in order, and the time window it is walked in. */
export type CreatePatrolRouteInput = {
  /** Its name, e.g. "教学楼晚间巡查". */
  name: string;
  /** The checkpoints: 2 to 50 rooms of the school, in route order. */
  roomIds: Array<string>;
  /** The school. */
  schoolId: string;
  /** The window ends at, HH:MM. */
  windowEnd: string;
  /** The window starts at, HH:MM (school time). */
  windowStart: string;
};

/** Register a room (房间) on a floor of a building; it gets its QR code at once. */
export type CreateRoomInput = {
  /** The building it is in (one of your school’s). */
  buildingId: string;
  /** How many people it seats or sleeps (1 to 10000), when known. */
  capacity?: number | null | undefined;
  /** Its floor: 1 is the ground floor, -1 the first basement; within the building's floors, never 0. */
  floor: number;
  /** What it is used for. */
  kind: RoomKind;
  /** Its name, e.g. "Class 3-2 (三年级2班)" or "Physics Lab (物理实验室)". */
  name: string;
  /** Its number, unique in the building: letters, digits and dashes, e.g. "302" or "B1-05". */
  number: string;
};

/** A new school (新建学校). District administrators only. */
export type CreateSchoolInput = {
  /** Postal address of the main site. */
  address?: string | null | undefined;
  /** Official school code (学校标识码), 10 digits. */
  code: string;
  /** Kind of school (学校类型). */
  kind: SchoolKind;
  name: string;
  /** Enrolled students (在校生人数), 0 to 100000. */
  studentCount: number;
  /** IANA time zone; the district's when omitted. */
  timeZone?: string | null | undefined;
};

/** Register a supplier (供应商) for the district. */
export type CreateSupplierInput = {
  /** Bank and account number (开户行及账号). */
  bankAccount?: string | null | undefined;
  /** Contact person. */
  contactName?: string | null | undefined;
  /** Unified social credit code (统一社会信用代码), 18 characters; the check character is verified. */
  creditCode: string;
  /** Last day the licence is valid, YYYY-MM-DD. */
  foodLicenceExpiresOn?: string | null | undefined;
  /** Food-business licence number (食品经营许可证编号). */
  foodLicenceNumber?: string | null | undefined;
  /** True for food suppliers: the licence number and expiry are then required. */
  foodSupplier?: boolean | null | undefined;
  /** Registered name. */
  name: string;
  /** Contact phone. */
  phone?: string | null | undefined;
};

/** A new webhook endpoint (新建 Webhook 接收地址). District administrators only. */
export type CreateWebhookEndpointInput = {
  /** Event types to receive (事件类型): catalogue types such as finance.purchaseRequest.submitted, `finance.*` for all of a service, `finance.expenseClaim.*` for all of a concept, or `*` for every type. */
  eventTypes: Array<string>;
  /** How deliveries are written (消息格式): JSON, or a 企业微信 / 钉钉 robot message. */
  format: WebhookFormat;
  /** A name for people, e.g. “区教育局OA”. */
  name: string;
  /** The 钉钉 robot’s 加签 secret (SEC…), when the robot has signing on; DINGTALK only. Never shown again. */
  robotSecret?: string | null | undefined;
  /** Only events of this school of your district (学校筛选); omitted for every event of the district. */
  schoolId?: string | null | undefined;
  /** Where deliveries are POSTed: an https:// (or http://) URL; in production only public addresses. */
  url: string;
};

/** Deactivate an account: it cannot sign in and its tokens stop working. */
export type DeactivateAccountInput = {
  /** The account to deactivate (not your own). */
  accountId: string;
  /** Why, for the audit trail. */
  reason: string;
};

/** Which dead letters to list. */
export type DeadLetterFilter = {
  /** Also list letters already replayed; when omitted or false, only those still awaiting a replay. */
  includeReplayed?: boolean | null | undefined;
  /** Only letters of this event type, e.g. `finance.purchaseRequest.submitted`. */
  type?: string | null | undefined;
};

/** What a replay of a dead letter did. */
export type DeadLetterReplayOutcome =
  /** Nothing to do: the letter was replayed before, or its event had been applied already. */
  | 'ALREADY_APPLIED'
  /** The event was applied now, once; the letter is marked replayed. */
  | 'HANDLED'
  /** The handler failed again: the letter stays parked with the new error. */
  | 'STILL_FAILING';

/** Filter for deliveries. */
export type DeliveryFilter = {
  /** Only this canteen. */
  canteenId?: string | null | undefined;
  /** Delivered on or after this day. */
  deliveredFrom?: string | null | undefined;
  /** Delivered on or before this day. */
  deliveredTo?: string | null | undefined;
  /** Only this school. */
  schoolId?: string | null | undefined;
  /** Only this status. */
  status?: DeliveryStatus | null | undefined;
  /** Only this supplier. */
  supplierId?: string | null | undefined;
};

/** One item of a delivery as inspected at the door (查验明细). */
export type DeliveryItemInput = {
  /** Temperature on arrival in ℃ with at most one decimal, e.g. "4.5" or "-18": required for chilled (0–8 ℃) and frozen (−12 ℃ or colder) goods; outside the range the item is rejected. */
  arrivalTemperature?: string | null | undefined;
  /** The producer's batch number (生产批号) from the label. */
  batchNumber: string;
  /** Expiry date (保质期至), when the label states it so; not before the production date. */
  expiresOn?: string | null | undefined;
  /** The ingredient (食材) of the district catalogue; a forbidden food is refused. */
  ingredientId: string;
  /** How the label says it is kept (贮存条件): chilled and frozen goods have their temperature taken. */
  keptAt: StorageKind;
  /** The storage location (库位) of the canteen it goes to, of the kind it is kept at; required when it is accepted. */
  locationId?: string | null | undefined;
  /** Production date (生产日期), YYYY-MM-DD; not after the delivery date. */
  productionDate: string;
  /** How much arrived, e.g. 50 kg; converted exactly into the ingredient’s base unit. */
  quantity: QuantityInput;
  /** Number of the animal quarantine certificate (动物检疫合格证明) sighted: required to accept meat and poultry. */
  quarantineCertificateNumber?: string | null | undefined;
  /** The inspector’s own reason to reject the item (拒收原因), e.g. "no quarantine certificate"; giving one rejects it. */
  rejectionReason?: string | null | undefined;
  /** What the sensory check found; required when it failed. */
  sensoryNotes?: string | null | undefined;
  /** Whether the sensory check (感官检查: colour, smell, texture, packaging) passed; a failed one rejects the item. */
  sensoryOk: boolean;
  /** Shelf life in days (保质期), when the label states it so; give this or expiresOn, or neither for goods without one. */
  shelfLifeDays?: number | null | undefined;
  /** Price of one unit of the quantity as typed (per kg, per 斤, per box …); the line total must come to a whole fen. Amount in yuan as a decimal string with at most two places, e.g. "1234.50" (exact; no floating point). */
  unitPrice: string;
};

/** The inspection verdict on one item (查验结论). */
export type DeliveryItemStatus =
  /** Passed inspection (合格): it enters stock when the delivery is accepted. */
  | 'ACCEPTED'
  /** Rejected (不合格, 拒收), with the reason. */
  | 'REJECTED';

/** Where a delivery is in receiving inspection (进货查验): waiting for its second inspector, accepted into stock, or refused. */
export type DeliveryStatus =
  /** Accepted (验收入库): its accepted items are stock lots and finance has been told to post the cost. */
  | 'ACCEPTED'
  /** Recorded with bulk staples (大宗食品) accepted by the first inspector: waiting for a second, different inspector (复核). */
  | 'PENDING_SECOND_INSPECTION'
  /** Refused as a whole (拒收): every item was rejected at the door, or the second inspector refused it. Nothing entered stock. */
  | 'REJECTED';

/** Filter for dishes. */
export type DishFilter = {
  /** Only this school. */
  schoolId?: string | null | undefined;
  /** Part of the name. */
  search?: string | null | undefined;
};

/** Who a dish rating speaks for. */
export type DishRaterKind =
  /** A member of the parents' committee (家长委员会), rating for themself. */
  | 'PARENT_COMMITTEE'
  /** A student (学生), whose rating a teacher records. */
  | 'STUDENT';

/** Which ratings to list. */
export type DishRatingFilter = {
  /** The dish. */
  dishId: string;
  /** First day (YYYY-MM-DD), inclusive. */
  from?: string | null | undefined;
  /** Last day (YYYY-MM-DD), inclusive. */
  to?: string | null | undefined;
};

/** What a drill (演练) was. */
export type DrillKind =
  /** An earthquake drill (防震演练). */
  | 'EARTHQUAKE'
  /** An evacuation drill (疏散演练). */
  | 'EVACUATION'
  /** A fire drill (消防演练). */
  | 'FIRE'
  /** Any other drill. */
  | 'OTHER';

/** What a piece of safety equipment (安全设施/消防器材) is. */
export type EquipmentKind =
  /** An automated external defibrillator (自动体外除颤器); its pads and battery expire. */
  | 'AED'
  /** An emergency light or exit sign (应急照明/疏散指示). */
  | 'EMERGENCY_LIGHT'
  /** A fire extinguisher (灭火器): serviced and scrapped on the GB 50444 schedule of its type. */
  | 'FIRE_EXTINGUISHER'
  /** A first-aid kit (急救箱); its contents expire. */
  | 'FIRST_AID_KIT'
  /** An indoor hydrant (室内消火栓) with its hose box. */
  | 'HYDRANT';

/** Where safety equipment stands today (器材状态); every state but OK and SCRAPPED raises a hazard by itself. */
export type EquipmentStatus =
  /** Its monthly check (月检) is overdue. */
  | 'CHECK_OVERDUE'
  /** Past its scrap age (达到报废年限) or its contents’ expiry. */
  | 'EXPIRED'
  /** Its last check failed (检查不合格). */
  | 'FAILED'
  /** In order (正常). */
  | 'OK'
  /** Scrapped (已报废): kept for history, never deleted. */
  | 'SCRAPPED'
  /** Its service (维修/再充装) is due on the GB 50444 schedule. */
  | 'SERVICE_DUE';

/** Filter for expense claims. */
export type ExpenseClaimFilter = {
  /** Only those waiting for your approval. */
  awaitingMyApproval?: boolean | null | undefined;
  /** Only those filed by this staff member. */
  requesterStaffId?: string | null | undefined;
  /** Only this school. */
  schoolId?: string | null | undefined;
  /** Only this status. */
  status?: ClaimStatus | null | undefined;
};

/** An extinguisher’s type (灭火器类型), which sets its service and scrap schedule (GB 50444). */
export type ExtinguisherType =
  /** Clean agent (洁净气体): first service at 5 years then every 2; scrapped at 10 years. */
  | 'CLEAN_AGENT'
  /** Carbon dioxide (二氧化碳): first service at 5 years then every 2; scrapped at 12 years. */
  | 'CO2'
  /** Dry powder (干粉): first service at 5 years then every 2; scrapped at 10 years. */
  | 'DRY_POWDER'
  /** Water-based (水基型): first service at 3 years then yearly; scrapped at 6 years. */
  | 'WATER_BASED';

/** Finish a patrol: its missed and out-of-order checkpoints are counted. */
export type FinishPatrolInput = {
  /** The patrol. */
  patrolId: string;
};

/** Which food samples to list (the sample log, 留样记录). */
export type FoodSampleFilter = {
  /** Only this canteen. */
  canteenId?: string | null | undefined;
  /** True: only disposed of; false: only still kept. */
  disposed?: boolean | null | undefined;
  /** True: only still kept and past their keeping time (may be disposed of now). */
  dueForDisposal?: boolean | null | undefined;
  /** Only this meal service. */
  mealServiceId?: string | null | undefined;
  /** Taken before this instant. */
  takenBefore?: string | null | undefined;
  /** Taken at or after this instant. */
  takenFrom?: string | null | undefined;
};

/** Which of a school's two accounts (账户): the school account or the separately kept canteen account (食堂单独核算). */
export type Fund =
  /** Canteen account (食堂账户), kept separately and posted publicly. */
  | 'CANTEEN'
  /** School account (学校账户). */
  | 'SCHOOL';

/** Grant a role at a school, or a district role (schoolId omitted). */
export type GrantRoleInput = {
  /** The account to grant the role to. */
  accountId: string;
  /** The role to grant. */
  role: Role;
  /** Required for school roles; must be omitted for district roles. */
  schoolId?: string | null | undefined;
};

/** Narrow the hazard register (隐患台账). */
export type HazardFilter = {
  /** Only this level. */
  level?: HazardLevel | null | undefined;
  /** Only those reported at least this many days ago (age, 隐患时长), 0–3650. */
  minAgeDays?: number | null | undefined;
  /** True: only those you reported. */
  mine?: boolean | null | undefined;
  /** True: only those not yet closed (未销号); false: only closed ones. */
  open?: boolean | null | undefined;
  /** True: only those past their deadline and not yet rectified (超期). */
  overdue?: boolean | null | undefined;
  /** Only those this staff member must rectify. */
  responsibleStaffId?: string | null | undefined;
  /** Only those in this room. */
  roomId?: string | null | undefined;
  /** Only this school. */
  schoolId?: string | null | undefined;
  /** Only what this source found. */
  source?: HazardSource | null | undefined;
  /** Only this status. */
  status?: HazardStatus | null | undefined;
  /** Only those in this responsibility zone. */
  zoneId?: string | null | undefined;
};

/** How serious a hazard is (隐患等级): general and major by default; a district may add serious (较大) between them. */
export type HazardLevel =
  /** General (一般隐患): rectified by the school within its deadline. */
  | 'GENERAL'
  /** Major (重大隐患): the principal and the district are told at once. */
  | 'MAJOR'
  /** Serious (较大隐患): only where the district’s settings enable this level. */
  | 'SERIOUS';

/** The kind of repair a hazard needs (维修类别), as facilities sorts its work orders. */
export type HazardRepairCategory =
  /** Building (土建: walls, roofs, floors). */
  | 'BUILDING'
  /** Carpentry (木工: doors, windows, desks). */
  | 'CARPENTRY'
  /** Electrical (电路). */
  | 'ELECTRICAL'
  /** Equipment (设备). */
  | 'EQUIPMENT'
  /** Anything else. */
  | 'OTHER'
  /** Plumbing (水暖). */
  | 'PLUMBING';

/** What found a hazard (隐患来源). */
export type HazardSource =
  /** Safety equipment expired, overdue for its check or service, or failed its check (消防器材). */
  | 'EQUIPMENT'
  /** A failed item of an inspection round (检查不合格项), raised with no extra step. */
  | 'INSPECTION'
  /** Found on a patrol (巡查). */
  | 'PATROL'
  /** Reported by someone signed in (随手拍/上报). */
  | 'REPORT';

/** Where a hazard is (隐患状态): reported → assigned → rectifying → rectified → verified → closed; a failed verification reopens it. */
export type HazardStatus =
  /** Assigned (已交办): the five fixes are set; the responsible person has not started. */
  | 'ASSIGNED'
  /** Closed (已销号). Final: a hazard is never deleted. */
  | 'CLOSED'
  /** Rectified (已整改) with evidence; waiting for a second person’s verification. */
  | 'RECTIFIED'
  /** Being rectified (整改中), or waiting for a facilities work order to repair it; again after a failed verification. */
  | 'RECTIFYING'
  /** Reported (已上报): waiting for its five fixes (五定) and a responsible person. */
  | 'REPORTED'
  /** Verified (已验收) by someone other than the rectifier; waiting to be closed. */
  | 'VERIFIED';

/** A step on a hazard that needs nothing but a comment: the hazard, the version you read, a comment. */
export type HazardStepInput = {
  /** What was done or found, for the record. */
  comment?: string | null | undefined;
  /** The hazard. */
  id: string;
  /** The version you read. */
  version: number;
};

/** A step of a hazard you could take now, by its mutation. */
export type HazardViewerAction =
  /** assignHazard (交办, 五定): the safety office. */
  | 'ASSIGN'
  /** closeHazard (销号): the safety office, once verified. */
  | 'CLOSE'
  /** recordHazardRectified (整改完成): the person responsible or the safety office, unless it waits for a repair. */
  | 'RECORD_RECTIFIED'
  /** requestHazardRepair (隐患报修): the person responsible or the safety office, once. */
  | 'REQUEST_REPAIR'
  /** startHazardRectification (开始整改): the person responsible or the safety office. */
  | 'START'
  /** verifyHazard (验收): the safety office, never the rectifier. */
  | 'VERIFY';

/** Which health certificates to list. */
export type HealthCertificateFilter = {
  /** Only certificates of people on this canteen’s roster. */
  canteenId?: string | null | undefined;
  /** Only certificates whose last valid day is at most this many days from today (expired ones included). */
  expiringWithinDays?: number | null | undefined;
  /** Only this staff member’s certificates. */
  staffId?: string | null | undefined;
};

/** Where a health certificate (健康证) stands today. */
export type HealthCertificateState =
  /** Expired (已过期): the holder cannot pass a morning check. */
  | 'EXPIRED'
  /** Valid, but expiring within the district's notice days (default 30): renew it (即将到期). */
  | 'EXPIRING'
  /** Its issue day is still to come. */
  | 'NOT_YET_VALID'
  /** Valid, and not within the notice days of its expiry. */
  | 'VALID';

/** A school's first load of its asset register from its spreadsheet (资产台账导入): all or nothing, at most 500 rows. */
export type ImportAssetsInput = {
  /** The rows, 1 to 500. */
  rows: Array<AssetImportRowInput>;
  /** The school whose register it is. */
  schoolId: string;
  /** True to check the file only (校验): the same errors, nothing written. */
  validateOnly?: boolean;
};

/** Allocate many budget lines at once from a spreadsheet (预算批量下达): all or nothing, at most 500 rows. */
export type ImportBudgetsInput = {
  /** The allocations, one row per school, year and category (once per file); 1 to 500. */
  rows: Array<BudgetRowInput>;
  /** True to check the file only (校验): the same answer and errors, nothing written, no lines returned. */
  validateOnly?: boolean;
};

/** Import rows of the district's licensed food table into the catalogue (食物成分表导入): all or nothing, at most 500 rows. */
export type ImportIngredientsInput = {
  /** The rows, 1 to 500; a food code may appear once per file. A code already in the catalogue is updated, a new one inserted. */
  rows: Array<IngredientRowInput>;
  /** True to check the file only (校验): the same answer and errors, nothing written, no ingredients returned. */
  validateOnly?: boolean;
};

/** A file of staff to add at one school at once (批量导入教职工): all rows or none. */
export type ImportStaffInput = {
  /** The staff to add, 1 to 500; every row is checked and every bad one reported (extensions.rowErrors). */
  rows: Array<StaffRowInput>;
  /** The school employing everyone in the file. */
  schoolId: string;
  /** Only check the rows and report their errors; write nothing. */
  validateOnly?: boolean | null | undefined;
};

/** Register many suppliers at once from a spreadsheet (供应商批量导入): all or nothing, at most 500 rows. */
export type ImportSuppliersInput = {
  /** The suppliers, one row each as createSupplier takes it; 1 to 500. A name or credit code may appear once per file. */
  rows: Array<CreateSupplierInput>;
  /** True to check the file only (校验): the same answer and errors, nothing written, no suppliers returned. */
  validateOnly?: boolean;
};

/** Where an incident is (事故处理状态). */
export type IncidentStatus =
  /** Closed (已结案): every action done, a serious one reported to the district. Final; never deleted. */
  | 'CLOSED'
  /** Investigated (已调查): its root cause and its corrective and preventive actions. */
  | 'INVESTIGATED'
  /** Reported (已登记): what happened and what was done at once. */
  | 'REPORTED';

/** A step on an incident that needs only its id and the version you read. */
export type IncidentStepInput = {
  /** The incident. */
  id: string;
  /** The version you read. */
  version: number;
};

/** What kind of incident (安全事故/事件) it was. */
export type IncidentType =
  /** A building or equipment failure (设施设备事故). */
  | 'FACILITY'
  /** A fire (火灾). */
  | 'FIRE'
  /** Food poisoning (食物中毒). */
  | 'FOOD_POISONING'
  /** An injury (意外伤害), e.g. a fall in PE or on the stairs. */
  | 'INJURY'
  /** Anything else. */
  | 'OTHER'
  /** A traffic accident (交通事故) on the way or at the gate. */
  | 'TRAFFIC'
  /** Violence or bullying (校园欺凌/暴力). */
  | 'VIOLENCE';

/** The food group of an ingredient (食物类别), after the China Food Composition Tables. */
export type IngredientCategory =
  /** Fish, shrimp, crab and shellfish (鱼虾蟹贝类). */
  | 'AQUATIC'
  /** Condiments (调味品类): salt, soy sauce, vinegar. */
  | 'CONDIMENT'
  /** Milk and dairy products (乳类及制品). */
  | 'DAIRY'
  /** Eggs and their products (蛋类及制品). */
  | 'EGG'
  /** Fruit and its products (水果类及制品). */
  | 'FRUIT'
  /** Fungi and algae (菌藻类): mushrooms, kelp. */
  | 'FUNGI_ALGAE'
  /** Grains and their products (谷类及制品): rice, flour, noodles, millet. */
  | 'GRAIN'
  /** Livestock meat and its products (畜肉类及制品): pork, beef, mutton. */
  | 'MEAT'
  /** Nuts and seeds (坚果、种子类). */
  | 'NUT_SEED'
  /** Edible oils and fats (油脂类). */
  | 'OIL'
  /** Anything else (其他). */
  | 'OTHER'
  /** Poultry and its products (禽肉类及制品). */
  | 'POULTRY'
  /** Dried legumes and their products (干豆类及制品): soybeans, tofu. */
  | 'SOY'
  /** Sugar and confectionery (糖类). */
  | 'SUGAR'
  /** Tubers, starches and their products (薯类、淀粉及制品). */
  | 'TUBER'
  /** Vegetables and their products (蔬菜类及制品). */
  | 'VEGETABLE';

/** Filter for the ingredient catalogue. */
export type IngredientFilter = {
  /** Only this food group. */
  category?: IngredientCategory | null | undefined;
  /** Part of the name, or the start of the food code (e.g. "0120" or "稻米"). */
  search?: string | null | undefined;
};

/** One row of a food table (食物成分表) for the catalogue, in the table’s own units; inserted, or replacing the row of the same food code. */
export type IngredientRowInput = {
  /** The major allergens it carries (致敏物质); none when omitted. */
  allergens?: Array<Allergen> | null | undefined;
  /** The unit its quantities are kept in; GRAM when omitted. */
  baseUnit?: BaseUnit | null | undefined;
  /** Calcium (钙) in mg, per 100 g edible part, as the table prints it: a decimal such as "7.9", "Tr" for a trace (stored as 0), "—" or nothing when not determined (null). */
  calciumMg?: string | null | undefined;
  /** Carbohydrate (碳水化合物) in g, per 100 g edible part, as the table prints it: a decimal such as "7.9", "Tr" for a trace (stored as 0), "—" or nothing when not determined (null). */
  carbohydrateG?: string | null | undefined;
  /** Its food group (食物类别). */
  category: IngredientCategory;
  /** Edible part (可食部), percent: 1 to 100. */
  ediblePercent: number;
  /** Energy (能量) in whole kcal, per 100 g edible part, as the table prints it: a decimal such as "7.9", "Tr" for a trace (stored as 0), "—" or nothing when not determined (null). */
  energyKcal?: string | null | undefined;
  /** Fat (脂肪) in g, per 100 g edible part, as the table prints it: a decimal such as "7.9", "Tr" for a trace (stored as 0), "—" or nothing when not determined (null). */
  fatG?: string | null | undefined;
  /** Food code (食物编码), e.g. "012001x"; or a district code "L-…" for a food the table lacks. */
  foodCode: string;
  /** Iron (铁) in mg, per 100 g edible part, as the table prints it: a decimal such as "7.9", "Tr" for a trace (stored as 0), "—" or nothing when not determined (null). */
  ironMg?: string | null | undefined;
  /** Its name, e.g. "稻米（代表值）". */
  name: string;
  /** Weight of one piece in grams (单个重量), when it is counted or bought by the piece. */
  pieceGrams?: number | null | undefined;
  /** Protein (蛋白质) in g, per 100 g edible part, as the table prints it: a decimal such as "7.9", "Tr" for a trace (stored as 0), "—" or nothing when not determined (null). */
  proteinG?: string | null | undefined;
  /** Sodium (钠) in mg, per 100 g edible part, as the table prints it: a decimal such as "7.9", "Tr" for a trace (stored as 0), "—" or nothing when not determined (null). */
  sodiumMg?: string | null | undefined;
  /** Where the values come from (数据来源): the licensed table, its edition and the food code. */
  source: string;
  /** Vitamin A (维生素A) in µg RAE (whole µg), per 100 g edible part, as the table prints it: a decimal such as "7.9", "Tr" for a trace (stored as 0), "—" or nothing when not determined (null). */
  vitaminAUg?: string | null | undefined;
  /** Vitamin C (维生素C) in mg, per 100 g edible part, as the table prints it: a decimal such as "7.9", "Tr" for a trace (stored as 0), "—" or nothing when not determined (null). */
  vitaminCMg?: string | null | undefined;
};

/** One item’s answer (检查结果). */
export type InspectionAnswerInput = {
  /** The item, from 0 in the round’s version order (sections flattened). */
  itemIndex: number;
  /** What you found (becomes the hazard’s description when it fails). */
  note?: string | null | undefined;
  /** Photo references (uploaded elsewhere), at most 6. */
  photoRefs?: Array<string>;
  /** Pass, fail or not applicable; for a NUMBER item left out (it follows from the number) or NOT_APPLICABLE. */
  result?: InspectionResult | null | undefined;
  /** A facilities room of the school where it was found (the hazard is placed there). */
  roomId?: string | null | undefined;
  /** The number, for a NUMBER item (decimal text, e.g. "1.2"). */
  value?: string | null | undefined;
};

/** How an inspection item (检查项) is answered. */
export type InspectionItemKind =
  /** A number with limits (e.g. 灭火器压力 1.0–1.4 MPa): outside them it fails. */
  | 'NUMBER'
  /** Pass (合格), fail (不合格) or not applicable (不适用). */
  | 'PASS_FAIL';

/** The result of an inspection item (检查结果). */
export type InspectionResult =
  /** Fail (不合格): a hazard is raised when the round is submitted. */
  | 'FAIL'
  /** Not applicable (不适用): counts as answered. */
  | 'NOT_APPLICABLE'
  /** Pass (合格). */
  | 'PASS';

/** Filter inspection rounds. */
export type InspectionRoundFilter = {
  /** Only the rounds assigned to you. */
  mine?: boolean | null | undefined;
  /** Only open rounds past their due day. */
  overdue?: boolean | null | undefined;
  /** Only this school’s. */
  schoolId?: string | null | undefined;
  /** Only open or only submitted rounds. */
  status?: InspectionRoundStatus | null | undefined;
};

/** Where an inspection round is (检查状态). */
export type InspectionRoundStatus =
  /** Open (待检查/检查中): being filled item by item. */
  | 'OPEN'
  /** Submitted (已提交): final, never changed or deleted. */
  | 'SUBMITTED';

/** Record an incident’s investigation: its root cause and its corrective and preventive actions. */
export type InvestigateIncidentInput = {
  /** Corrective and preventive actions with owners and deadlines, 1–30. */
  actions: Array<ActionItemInput>;
  /** The incident. */
  id: string;
  /** Its root cause (原因分析). */
  rootCause: string;
  /** The version you read. */
  version: number;
};

/** One ingredient to issue and how much. */
export type IssueLineInput = {
  /** The ingredient (食材). */
  ingredientId: string;
  /** How much, e.g. { amount: "12", unit: KG }; converted exactly to the base unit. */
  quantity: QuantityInput;
};

/** Issue an approved requisition from a storeroom (发放): every line in full, or nothing. */
export type IssueRequisitionInput = {
  /** A comment, kept with the step. */
  comment?: string | null | undefined;
  /** The requisition. */
  id: string;
  /** The storeroom it is issued from (a room of kind STOREROOM of the school). */
  storeroomRoomId: string;
};

/** Issue stock to a meal service (出库): each line is taken from lots first-expiring-first-out. */
export type IssueStockInput = {
  /** What to issue, 1 to 50 lines. */
  lines: Array<IssueLineInput>;
  /** The meal service (餐次) the stock is for: of the same canteen, not yet locked. */
  mealServiceId: string;
};

/** Filter for journal entries. */
export type JournalEntryFilter = {
  /** Only entries with a line charged to this budget category (预算科目): what a budget figure is made of. */
  categoryId?: string | null | undefined;
  /** Only entries dated on or after this day, YYYY-MM-DD. */
  fromDate?: string | null | undefined;
  /** Only this account. */
  fund?: Fund | null | undefined;
  /** Only this month, YYYY-MM. */
  period?: string | null | undefined;
  /** Only this school. */
  schoolId?: string | null | undefined;
  /** Only entries dated on or before this day, YYYY-MM-DD; not before fromDate. */
  toDate?: string | null | undefined;
};

/** An account of the chart of accounts (会计科目). */
export type LedgerAccount =
  /** Owed to suppliers (应付账款): credited, naming the supplier, when the canteen accepts a delivery (canteen account: Dr FOOD_COST / Cr ACCOUNTS_PAYABLE, source CANTEEN_DELIVERY) and when a repair's final account names a contractor (the repairs category's account: Dr EXPENSE / Cr ACCOUNTS_PAYABLE, source REPAIR_EXPENSE); debited when the supplier is paid (a manual entry Dr ACCOUNTS_PAYABLE / Cr BANK, both lines naming the supplier: a payment). No manual entry credits it; a wrong payable is corrected by reversing its entry. */
  | 'ACCOUNTS_PAYABLE'
  /** Funds allocated by the district (财政拨款收入). */
  | 'APPROPRIATION_INCOME'
  /** Bank deposit (银行存款); its balance is the fund's money. */
  | 'BANK'
  /** Expenditure (支出) by budget category. */
  | 'EXPENSE'
  /** Canteen food cost (食材成本). */
  | 'FOOD_COST'
  /** Transfers between the school's two accounts (内部往来): only transferBetweenFunds posts to it, and it nets to zero across them. */
  | 'INTERNAL_TRANSFER'
  /** Meal-fee income (伙食费收入), canteen account only. */
  | 'MEAL_FEE_INCOME'
  /** Other income (其他收入). */
  | 'OTHER_INCOME';

/** Log a meal you ate with the students (陪餐; principals and general-affairs directors): name the meal service, or the canteen, day and meal. */
export type LogAccompaniedMealInput = {
  /** The canteen, when no mealServiceId is given. */
  canteenId?: string | null | undefined;
  /** Which meal, when no mealServiceId is given. */
  meal?: MealKind | null | undefined;
  /** The meal service (餐次生产记录) you ate; or give canteenId, servedOn and meal instead. */
  mealServiceId?: string | null | undefined;
  /** Your rating: 1 (poor) to 5 (very good). */
  rating: number;
  /** What you found: taste, portions, hygiene, what the students said. */
  remarks?: string | null | undefined;
  /** The day of the meal (YYYY-MM-DD), when no mealServiceId is given; not in the future. */
  servedOn?: string | null | undefined;
};

/** Sign in with a username and password. */
export type LoginInput = {
  /** Password. */
  password: string;
  /** Login name. */
  username: string;
};

/** What a maintenance interval counts from. */
export type MaintenanceBasis =
  /** From the last completion (按上次完成): the next falls due an interval after the last was finished. */
  | 'LAST_COMPLETION'
  /** From the plan (按计划): fixed dates from its start, whenever the last was done (a lift every 15 days). */
  | 'PLAN';

/** The unit of a maintenance interval (RFC 5545 FREQ): every N days, weeks, months or years. */
export type MaintenanceFrequency =
  /** Every N days (天). */
  | 'DAILY'
  /** Every N months (月). */
  | 'MONTHLY'
  /** Every N weeks (周). */
  | 'WEEKLY'
  /** Every N years (年). */
  | 'YEARLY';

/** Notifications of yours to mark read (已读). */
export type MarkNotificationsReadInput = {
  /** The notifications' ids: 1 to 100, all yours. */
  ids: Array<string>;
};

/** A meal of the school day (餐次). */
export type MealKind =
  /** Breakfast (早餐). */
  | 'BREAKFAST'
  /** Dinner (晚餐). */
  | 'DINNER'
  /** Lunch (午餐). */
  | 'LUNCH';

/** Which meal services to list. */
export type MealServiceFilter = {
  /** Only this canteen. */
  canteenId?: string | null | undefined;
  /** Served on or after this day (YYYY-MM-DD). */
  from?: string | null | undefined;
  /** True: only locked ones (counts recorded); false: only open ones. */
  locked?: boolean | null | undefined;
  /** Only this meal. */
  meal?: MealKind | null | undefined;
  /** Only canteens of this school. */
  schoolId?: string | null | undefined;
  /** Served on or before this day (YYYY-MM-DD). */
  to?: string | null | undefined;
};

/** The dishes of one meal on one day of the week. */
export type MenuMealInput = {
  /** Its dishes in serving order, 1 to 12, dishes of the canteen’s school. */
  dishIds: Array<string>;
  /** Breakfast, lunch or dinner. */
  meal: MealKind;
  /** The day (YYYY-MM-DD), within the week. */
  servedOn: string;
};

/** Filter for weekly menus. */
export type MenuWeekFilter = {
  /** Only this canteen. */
  canteenId?: string | null | undefined;
  /** Only weeks starting on or after this Monday. */
  from?: string | null | undefined;
  /** Only this school. */
  schoolId?: string | null | undefined;
  /** Only this status. */
  status?: MenuWeekStatus | null | undefined;
};

/** Where a weekly menu is: being planned, or published for parents (食谱公示). */
export type MenuWeekStatus =
  /** Being planned (草稿): only the kitchen and school leaders see it; it may still change. */
  | 'DRAFT'
  /** Published (已公示): anyone may read it, signed in or not; it never changes again. */
  | 'PUBLISHED';

/** Which meter anomalies to list. */
export type MeterAnomalyFilter = {
  /** Only intervals starting on or after this day (a day in China Standard Time, UTC+8). */
  from?: string | null | undefined;
  /** Only this kind. */
  kind?: MeterAnomalyKind | null | undefined;
  /** Only this meter. */
  meterId?: string | null | undefined;
  /** Only this school. */
  schoolId?: string | null | undefined;
  /** Only intervals starting on or before this day. */
  to?: string | null | undefined;
};

/** Kind of meter anomaly (水电表异常类型). */
export type MeterAnomalyKind =
  /** Use in a night interval far above the meter's own night baseline (夜间用量异常). */
  | 'NIGHT_USE'
  /** Use on a non-school day far above the meter's own non-school-day baseline (非上学日用量异常). */
  | 'NON_SCHOOL_DAY_USE'
  /** A reading lower than the one before it (读数倒退): a meter swap or an error. */
  | 'READING_DECREASED';

/** How a meter reading came in (读数来源). */
export type MeterReadingSource =
  /** Imported in bulk from a file or a smart-meter export (批量导入). */
  | 'IMPORT'
  /** Entered by hand (抄表录入). */
  | 'MANUAL';

/** Why a morning check (晨检) did not pass. */
export type MorningCheckFailure =
  /** The health certificate (健康证) is not valid on the day (expired or not yet issued). */
  | 'CERTIFICATE_EXPIRED'
  /** No health certificate (健康证) on record. */
  | 'NO_CERTIFICATE'
  /** A symptom was reported (有症状). */
  | 'SYMPTOM'
  /** Temperature 37.3 ℃ or higher (体温异常). */
  | 'TEMPERATURE';

/** A symptom asked about at the morning check (晨检); any one keeps the person away from food. */
export type MorningCheckSymptom =
  /** Diarrhoea (腹泻). */
  | 'DIARRHOEA'
  /** Fever (发热). */
  | 'FEVER'
  /** Skin wound or infection on the hands (手部皮肤破损或感染). */
  | 'HAND_WOUND_OR_INFECTION'
  /** Jaundice (黄疸). */
  | 'JAUNDICE'
  /** Sore throat (咽部炎症). */
  | 'SORE_THROAT'
  /** Vomiting (呕吐). */
  | 'VOMITING';

/** Move an asset to another room and/or hand it to another custodian (调拨/变更保管人). */
export type MoveAssetInput = {
  /** The asset. */
  assetId: string;
  /** True to leave it without a custodian. */
  clearCustodian?: boolean;
  /** True to take it out of any room (e.g. lent outside the school). */
  clearRoom?: boolean;
  /** Its new custodian (a staff member of its school); omit to leave the custodian as is. */
  custodianStaffId?: string | null | undefined;
  /** Why (原因). */
  reason?: string | null | undefined;
  /** Its new room (a room of its school); omit to leave the room as it is. */
  roomId?: string | null | undefined;
};

/** Move a campus to another school (校区划转), e.g. after a merger. The old assignment is kept in the history. */
export type MoveCampusInput = {
  /** The campus to move. */
  campusId: string;
  /** First day under the new school, YYYY-MM-DD. */
  effectiveOn: string;
  /** Why, e.g. the merger decision, for the history. */
  reason: string;
  /** The school that takes the campus over. */
  toSchoolId: string;
};

/** What a notification (通知) is about. */
export type NotificationKind =
  /** Your request or claim was approved (已批准). */
  | 'APPROVED'
  /** A request or claim awaits your approval (待您审批). */
  | 'AWAITING_APPROVAL'
  /** An expense claim awaits the accountant's review (待审核). */
  | 'AWAITING_REVIEW'
  /** A canteen staff member's health certificate has expired (健康证已过期). */
  | 'CERTIFICATE_EXPIRED'
  /** A canteen staff member's health certificate expires soon (健康证即将到期). */
  | 'CERTIFICATE_EXPIRING'
  /** A major hazard was found (重大隐患): to the principal and the district at once. */
  | 'HAZARD_MAJOR'
  /** A hazard is not rectified by its deadline (隐患超期督办): to the safety officer, then the director, the principal and the district. */
  | 'HAZARD_OVERDUE'
  /** A school reported a serious incident to the district (事故上报): to the district administrators. */
  | 'INCIDENT_REPORTED'
  /** A serious incident was reported at the school (较大及以上安全事故): to the principal and director, with its district deadline. */
  | 'INCIDENT_SERIOUS'
  /** A food supplier's licence has expired (许可证已过期). */
  | 'LICENCE_EXPIRED'
  /** A food supplier's licence expires within 30 days (许可证即将到期). */
  | 'LICENCE_EXPIRING'
  /** A month of the school's books was closed (月结). */
  | 'MONTH_CLOSED'
  /** Your request or claim was paid (已付款). */
  | 'PAID'
  /** A payment was posted to the ledger (付款已入账). */
  | 'PAYMENT_POSTED'
  /** The payment of your request or claim was reversed; it will be paid again (付款已冲销). */
  | 'PAYMENT_REVERSED'
  /** Your request or claim was rejected, with the reason (已退回). */
  | 'REJECTED'
  /** A meal service ended with a dish unsampled or sampled short (留样缺失). */
  | 'SAMPLE_MISSING'
  /** A supplier was suspended: order and receive nothing from it (供应商已暂停). */
  | 'SUPPLIER_SUSPENDED'
  /** A required training or certificate has expired (培训/证书已过期): to its holder and the safety officers. */
  | 'TRAINING_EXPIRED'
  /** A required training or certificate expires soon (培训/证书即将到期): to its holder and the safety officers. */
  | 'TRAINING_EXPIRING'
  /** A repair work order is past its due time (维修超期督办): to the director, then the principal. */
  | 'WORK_ORDER_OVERDUE';

/** What the nutrition check (营养评价) measures against WS/T 554-2017. */
export type NutritionMeasure =
  /** Sodium from salt and condiments (盐), mg per student, at most the sodium of the guideline's salt. */
  | 'ADDED_SODIUM'
  /** Calcium (钙), mg per student. */
  | 'CALCIUM'
  /** Share of the energy from carbohydrate (碳水化合物供能比), %. */
  | 'CARBOHYDRATE_ENERGY_SHARE'
  /** Cooking oil (植物油), g per student. */
  | 'COOKING_OIL'
  /** Energy (能量), kcal per student. */
  | 'ENERGY'
  /** Share of the energy from fat (脂肪供能比), %. */
  | 'FAT_ENERGY_SHARE'
  /** Food groups in a meal (食物类别数), of four. */
  | 'FOOD_GROUPS'
  /** Iron (铁), mg per student. */
  | 'IRON'
  /** Kinds of food (食物种类数), oil and condiments not counted. */
  | 'KINDS_OF_FOOD'
  /** Meals planned in the week (餐次数). */
  | 'MEALS_PLANNED'
  /** Protein (蛋白质), g per student. */
  | 'PROTEIN'
  /** Kinds of fresh vegetables (新鲜蔬菜种类数). */
  | 'VEGETABLE_KINDS'
  /** Vitamin A (维生素A), µg RAE per student. */
  | 'VITAMIN_A'
  /** Vitamin C (维生素C), mg per student. */
  | 'VITAMIN_C';

/** Open an asset stocktake (资产盘点) of a school, a campus or a room. */
export type OpenAssetStocktakeInput = {
  /** The campus, for a CAMPUS stocktake. */
  campusId?: string | null | undefined;
  /** A note, e.g. "2026秋季学期期末盘点". */
  note?: string | null | undefined;
  /** The room, for a ROOM stocktake. */
  roomId?: string | null | undefined;
  /** The school to count. */
  schoolId: string;
  /** What to count: the whole school, one campus (campusId) or one room (roomId). */
  scope: AssetStocktakeScope;
};

/** Open a stocktake (盘点) of a canteen. */
export type OpenStocktakeInput = {
  /** The canteen to count. */
  canteenId: string;
};

/** The actual unit price of one line, in the request's line order. */
export type OrderLineInput = {
  /** Actual price of one unit. Amount in yuan as a decimal string with at most two places, e.g. "1234.50" (exact; no floating point). */
  actualUnitPrice: string;
};

/** Order an approved request from a supplier (采购). */
export type OrderPurchaseInput = {
  /** The approved request. */
  id: string;
  /** Actual unit prices, one per line in order. */
  lines: Array<OrderLineInput>;
  /** An active supplier (with a valid food licence for food). */
  supplierId: string;
};

/** What happens when a request or claim would exceed what is left of its budget line (超预算). */
export type OverrunPolicy =
  /** Refused. */
  | 'BLOCK'
  /** Accepted with a warning. */
  | 'WARN';

/** A paper size (纸张规格) the print centre prints on. */
export type PaperSize =
  /** A3, 297 × 420 mm (two A4 pages side by side). */
  | 'A3'
  /** A4, 210 × 297 mm: handouts, notices, most exams. */
  | 'A4'
  /** B4, 250 × 353 mm (close to 8开, 八开试卷): the usual size of a folded exam paper. */
  | 'B4'
  /** B5, 176 × 250 mm (close to 16开): exercise sheets. */
  | 'B5';

/** Where a patrol is. */
export type PatrolStatus =
  /** Finished (已完成): its result counted. */
  | 'FINISHED'
  /** Being walked (巡视中). */
  | 'IN_PROGRESS';

/** Pausing an endpoint (暂停): nothing is sent to it until it is resumed; its events are held, not lost. */
export type PauseWebhookEndpointInput = {
  id: string;
  /** Why, for the other admins (暂停原因). */
  reason?: string | null | undefined;
  /** The version you read; a stale one is a CONFLICT. */
  version: number;
};

/** Pay a received purchase or an approved claim. */
export type PayInput = {
  /** Comment for the record. */
  comment?: string | null | undefined;
  /** The request or claim. */
  id: string;
  /** Payment date YYYY-MM-DD (an open month); today when omitted. */
  paidOn?: string | null | undefined;
};

/** Plan a meal service (计划餐次): a canteen, a day and a meal, its dishes and portions. */
export type PlanMealServiceInput = {
  /** The canteen (食堂) that cooks it. */
  canteenId: string;
  /** The dishes (菜品) cooked, in serving order: dishes of the school, 1 to 20, none twice. */
  dishIds: Array<string>;
  /** Which meal (餐次). */
  meal: MealKind;
  /** Staff portions planned (计划教职工份数), 0 or more; with the students at least one. */
  portionsPlannedStaff: number;
  /** Student portions planned (计划学生份数), 0 or more. */
  portionsPlannedStudents: number;
  /** The school day it is served on, YYYY-MM-DD in the school's zone. */
  servedOn: string;
};

/** Which print jobs to list. */
export type PrintJobFilter = {
  /** Only this department. */
  departmentId?: string | null | undefined;
  /** Only jobs printed in this month (YYYY-MM, the school’s calendar). */
  month?: string | null | undefined;
  /** The school. */
  schoolId: string;
};

/** A print job as printed, or the reversing record (冲销) that voids a mistaken one. */
export type PrintJobKind =
  /** A job the print centre printed (印刷记录). */
  | 'PRINTED'
  /** The reversal of a mistaken job (冲销): the same job with its pages, sheets and cost negative, in the same month. */
  | 'REVERSAL';

/** One price per page (单价) of a paper size, black and white or colour. */
export type PrintPriceLine = {
  /** Colour (彩色) when true; black and white (黑白) when false or omitted. */
  colour?: boolean | null | undefined;
  /** The paper size. */
  paperSize: PaperSize;
  /** The price of one printed page (一面; a double-sided sheet is two pages), ¥0.00 to ¥100.00, e.g. "0.10". Amount in yuan as a decimal string with at most two places, e.g. "1234.50" (exact; no floating point). */
  pricePerPage: string;
};

/** Publish a draft weekly menu for parents (食谱公示). */
export type PublishMenuWeekInput = {
  /** The draft menu week. */
  id: string;
};

/** A step of a purchase request you could take now, by its mutation. */
export type PurchaseAction =
  /** approvePurchaseRequest (审批): at the level it waits for, a re-approval included. */
  | 'APPROVE'
  /** orderPurchase (采购). */
  | 'ORDER'
  /** payPurchase (付款). */
  | 'PAY'
  /** receivePurchase (验收). */
  | 'RECEIVE'
  /** rejectPurchaseRequest: at the level it waits for. */
  | 'REJECT'
  /** submitDraftPurchaseRequest (草稿提交): your own draft. */
  | 'SUBMIT_DRAFT';

/** One item requested. */
export type PurchaseLineInput = {
  /** What is wanted. */
  description: string;
  /** Estimated price of one unit. Amount in yuan as a decimal string with at most two places, e.g. "1234.50" (exact; no floating point). */
  estimatedUnitPrice: string;
  /** How many units, 1 to 100000. */
  quantity: number;
  /** Unit, e.g. box (箱), piece (个), kg. */
  unit: string;
};

/** Filter for purchase requests. */
export type PurchaseRequestFilter = {
  /** Only those waiting for your approval. */
  awaitingMyApproval?: boolean | null | undefined;
  /** Only those filed by this staff member. */
  requesterStaffId?: string | null | undefined;
  /** Only this school. */
  schoolId?: string | null | undefined;
  /** Only this status. */
  status?: PurchaseStatus | null | undefined;
};

/** Where a purchase request is in request → approval → purchase → receipt → payment (申报—审批—采购—验收—付款). */
export type PurchaseStatus =
  /** Approved; the budget is committed; waiting to be ordered. */
  | 'APPROVED'
  /** A draft (草稿) another service created from its event (a storeroom's reorder list: facilities.reorder.requested): not yet filed; its requester checks it and submits it into approval (submitDraftPurchaseRequest). */
  | 'DRAFT'
  /** Ordered from a supplier at actual prices. */
  | 'ORDERED'
  /** Paid; posted to the ledger and spent from the budget. */
  | 'PAID'
  /** Some of the goods were received. */
  | 'PARTIALLY_RECEIVED'
  /** Its payment was reversed (红字冲销): the amount is committed again, not spent; waiting to be paid again. */
  | 'PAYMENT_REVERSED'
  /** Waiting for the next approver. */
  | 'PENDING_APPROVAL'
  /** Ordered at actual prices above the approved estimate by more than the district's tolerance: waiting to be approved again at the level the new amount needs; ordered once approved. */
  | 'PENDING_REAPPROVAL'
  /** All goods received; waiting for payment. */
  | 'RECEIVED'
  /** Rejected, with the reason in its steps. */
  | 'REJECTED';

/** A quantity (数量) as typed: a decimal amount in a unit, converted exactly into the ingredient’s base unit. */
export type QuantityInput = {
  /** The amount as a decimal string, e.g. "50" or "2.5" (exact; no floating point, no exponent). Must convert to a whole number of the base unit: "0.0005" kg is refused, never rounded. */
  amount: string;
  /** For unit BOX: how many base units (g, mL or pieces) one box holds (每箱数量). */
  perBox?: number | null | undefined;
  /** Weight of one piece in grams (单个重量), to weigh pieces or count a weight in pieces; the catalogue’s value is used when omitted. */
  pieceGrams?: number | null | undefined;
  /** The unit the amount is in (kg, 斤, 两, L, piece, box …). */
  unit: QuantityUnit;
};

/** The unit a quantity is typed in (计量单位); it is converted exactly into the ingredient’s base unit. */
export type QuantityUnit =
  /** Box (箱/盒) of a stated number of base units (perBox). */
  | 'BOX'
  /** Gram (克). */
  | 'G'
  /** Jin (斤): 500 g. */
  | 'JIN'
  /** Kilogram (千克, 公斤): 1000 g. */
  | 'KG'
  /** Litre (升): 1000 mL. */
  | 'L'
  /** Liang (两): 50 g. */
  | 'LIANG'
  /** Millilitre (毫升). */
  | 'ML'
  /** Piece (个/只/件); to weigh it, its weight in grams (pieceGrams) must be known. */
  | 'PIECE';

/** Rate a dish (菜品评价): a teacher records a student's rating, a parents' committee member (家长委员会) rates for themself. One per rater, dish and day. */
export type RateDishInput = {
  /** What the rater said. */
  comment?: string | null | undefined;
  /** The dish (菜品) of your school. */
  dishId: string;
  /** STUDENT (a teacher records it) or PARENT_COMMITTEE (a committee member's own). */
  raterKind: DishRaterKind;
  /** The score: 1 (poor) to 5 (very good). */
  score: number;
  /** For a student's rating: the student's reference as the school writes it, e.g. class and number (三年级2班15号); not a name is needed. */
  studentRef?: string | null | undefined;
};

/** Rate a repair you reported from a QR link, through its secret status link. */
export type RateRepairByTokenInput = {
  /** A comment. */
  comment?: string | null | undefined;
  /** 1 (poor) to 5 (excellent). */
  rating: number;
  /** The secret token of your status link. */
  token: string;
};

/** Rate a repair you reported (评价), which closes it. */
export type RateWorkOrderInput = {
  /** A comment. */
  comment?: string | null | undefined;
  /** The work order. */
  id: string;
  /** 1 (poor) to 5 (excellent). */
  rating: number;
  /** The version you read. */
  version: number;
};

/** Record goods received (验收), all or part of an order. */
export type ReceivePurchaseInput = {
  /** Comment, e.g. condition of the goods. */
  comment?: string | null | undefined;
  /** The ordered request. */
  id: string;
  /** What arrived. */
  lines: Array<ReceivedLineInput>;
};

/** Units received of one line. */
export type ReceivedLineInput = {
  /** The request line. */
  lineId: string;
  /** Units received now. */
  quantity: number;
};

/** One ingredient of a recipe and how much goes into one serving. */
export type RecipeLineInput = {
  /** Grams per serving (每份克数), weighed raw as bought, a decimal with at most three places, e.g. "150" or "1.5"; at most 2000. */
  grams: string;
  /** A catalogue ingredient of your district, not a forbidden food (禁用食品). */
  ingredientId: string;
};

/** Tags scanned in one room of an open stocktake. */
export type RecordAssetScansInput = {
  /** The codes scanned (tag numbers 资产编号), 1 to 500; compared trimmed and upper-cased; repeats are kept once. */
  codes: Array<string>;
  /** The room the scanner stands in: a room of the stocktake’s scope. */
  roomId: string;
  /** The open stocktake. */
  stocktakeId: string;
};

/** Record a delivery and its receiving inspection (进货查验, 索证索票). */
export type RecordDeliveryInput = {
  /** The canteen receiving it. */
  canteenId: string;
  /** The day it arrived (到货日期), YYYY-MM-DD in the school's zone; not in the future. */
  deliveredOn: string;
  /** Number of the invoice or delivery note sighted (索票). */
  invoiceNumber: string;
  /** The items, 1 to 50, each with what was found at the door. */
  items: Array<DeliveryItemInput>;
  /** Remarks of the inspector. */
  remarks?: string | null | undefined;
  /** The supplier: active, a food supplier, with a food-business licence valid on the delivery date. */
  supplierId: string;
  /** Number of the supplier's food-business licence sighted (索证: 食品经营许可证). */
  supplierLicenceNumber: string;
};

/** Record a check (检查) of safety equipment: a failed check raises a hazard at once. */
export type RecordEquipmentCheckInput = {
  /** The equipment. */
  equipmentId: string;
  /** What was found. */
  note?: string | null | undefined;
  /** The day of the check, not after today; left out: today. */
  on?: string | null | undefined;
  /** Whether it passed (合格). */
  passed: boolean;
  /** Photo references, at most 6. */
  photoRefs?: Array<string>;
  /** For an extinguisher: whether the pressure gauge is in the green (压力正常). */
  pressureOk?: boolean | null | undefined;
};

/** Record a service (维修/再充装) of safety equipment: its next service is due on the GB 50444 schedule from it. */
export type RecordEquipmentServiceInput = {
  /** The equipment. */
  equipmentId: string;
  /** What was done and by whom (e.g. the service company). */
  note?: string | null | undefined;
  /** The day of the service, not after today; left out: today. */
  on?: string | null | undefined;
};

/** Record a hazard rectified (整改完成) with its evidence. */
export type RecordHazardRectifiedInput = {
  /** What was done or found, for the record. */
  comment?: string | null | undefined;
  /** What was done (整改情况): the evidence a verifier checks. */
  evidence: string;
  /** Photos of the rectification, at most 6. */
  evidencePhotoRefs?: Array<string>;
  /** The hazard. */
  id: string;
  /** The version you read. */
  version: number;
};

/** Record a health certificate (健康证) of someone on a canteen roster; a renewal is a new certificate. */
export type RecordHealthCertificateInput = {
  /** The canteen on whose roster the person is. */
  canteenId: string;
  /** Last day it is valid (YYYY-MM-DD); after issuedOn. */
  expiresOn: string;
  /** Day it was issued (YYYY-MM-DD); not in the future. */
  issuedOn: string;
  /** Certificate number (健康证编号): letters, digits and "-". */
  number: string;
  /** The directory staff member it was issued to. */
  staffId: string;
};

/** Record a maintenance work order’s checklist (检查记录) before it is finished. */
export type RecordMaintenanceChecklistInput = {
  /** One answer per checklist item, in order. */
  answers: Array<ChecklistAnswerInput>;
  /** The work order opened by the schedule. */
  workOrderId: string;
};

/** Record the meals served (就餐人数); this locks the production record (生产记录锁定). */
export type RecordMealCountsInput = {
  /** The meal service. */
  id: string;
  /** Staff portions served (教职工就餐份数), 0 or more. */
  portionsServedStaff: number;
  /** Student portions served (学生就餐份数), 0 or more. */
  portionsServedStudents: number;
  /** The version you read (optimistic locking): a stale one is a CONFLICT. */
  version: number;
};

/** Record a meter reading (抄表). */
export type RecordMeterReadingInput = {
  /** The meter read. */
  meterId: string;
  /** A note (备注). */
  note?: string | null | undefined;
  /** When it was read: after the meter’s last reading and not in the future. */
  readAt: string;
  /** The register value as read, a decimal string in the meter’s unit (e.g. "1234.56"): not negative, at most 3 decimals for water and gas, 2 for electricity. */
  value: string;
};

/** Record today's morning check (晨检) of someone on the canteen's roster. Never edited afterwards. */
export type RecordMorningCheckInput = {
  /** The canteen. */
  canteenId: string;
  /** Checker's remarks. */
  remarks?: string | null | undefined;
  /** The directory staff member checked; they must be on the canteen's roster. */
  staffId: string;
  /** Symptoms found (any one fails the check); empty when none. */
  symptoms: Array<MorningCheckSymptom>;
  /** Temperature in degrees Celsius with at most one decimal place, e.g. "36.5"; 37.3 or higher fails. */
  temperature: string;
};

/** Scan a checkpoint’s QR code during a patrol, with any issue found there. */
export type RecordPatrolScanInput = {
  /** The repair’s category, with reportRepair (OTHER when omitted). */
  category?: WorkOrderCategory | null | undefined;
  /** An issue found there (发现问题), e.g. "水龙头未关". */
  issue?: string | null | undefined;
  /** The patrol. */
  patrolId: string;
  /** The room’s QR code: the 12 characters after /r/ in the link on its door. */
  qrCode: string;
  /** True to report the issue as a repair work order at once. */
  reportRepair?: boolean | null | undefined;
};

/** Record a print job (印刷记录) of the print centre, charged to a department of the school. */
export type RecordPrintJobInput = {
  /** In colour (彩色); black and white when false or omitted. */
  colour?: boolean | null | undefined;
  /** Copies (份数): 1 to 10,000. */
  copies: number;
  /** The department (部门/处室) it is charged to: a department of the school. */
  departmentId: string;
  /** Double-sided (双面). */
  duplex: boolean;
  /** Pages of the original (页数) per copy: 1 to 10,000. */
  pages: number;
  /** The paper size. */
  paperSize: PaperSize;
  /** When it was printed; not in the future; now when omitted. */
  printedAt?: string | null | undefined;
  /** Who asked for it (申请人): a staff member of the school. */
  requestedByStaffId: string;
  /** The school whose print centre printed it. */
  schoolId: string;
  /** What was printed, e.g. "三年级数学期中试卷". */
  title: string;
};

/** Record a safety meeting (安全工作会议) with its attendees, minutes and decisions (action items). */
export type RecordSafetyMeetingInput = {
  /** Its decisions as action items, at most 30. */
  actionItems?: Array<ActionItemInput>;
  /** The staff members of the school who attended, 1–100. */
  attendeeStaffIds: Array<string>;
  /** The day it was held, not after today. */
  heldOn: string;
  /** The minutes (会议纪要). */
  minutes: string;
  /** The school. */
  schoolId: string;
  /** Its subject, e.g. "11月安全工作例会". */
  title: string;
};

/** Record counts of an open stocktake; a lot counted again replaces its earlier count. */
export type RecordStocktakeCountsInput = {
  /** Counts, 1 to 50 lots. */
  counts: Array<StocktakeCountInput>;
  /** The open stocktake. */
  id: string;
};

/** Receive goods into a storeroom (入库登记). */
export type RecordStoreReceiptInput = {
  /** What was received, 1 to 50 lines. */
  lines: Array<StoreReceiptLineInput>;
  /** Remarks, e.g. the supplier or invoice number. */
  note?: string | null | undefined;
  /** The school. */
  schoolId: string;
  /** The storeroom (a room of kind STOREROOM of the school). */
  storeroomRoomId: string;
};

/** Record a training a staff member took, or a certificate they hold (培训记录). */
export type RecordTrainingInput = {
  /** The certificate number (证书编号). */
  certificateNumber?: string | null | undefined;
  /** The last valid day printed on a certificate; left out: from the requirement’s validity. */
  expiresOn?: string | null | undefined;
  /** What it was; left out with a requirement: the requirement’s name. */
  name?: string | null | undefined;
  /** The requirement it meets (the district’s or the school’s); left out for another training, named. */
  requirementId?: string | null | undefined;
  /** The school. */
  schoolId: string;
  /** The staff member of the school. */
  staffId: string;
  /** The day it was taken or the certificate issued, not after today. */
  takenOn: string;
};

/** Register a fixed asset (固定资产登记, 建卡). */
export type RegisterAssetInput = {
  /** The day it was acquired (取得日期), YYYY-MM-DD; not after today. */
  acquiredOn: string;
  /** Its class code (资产分类代码, GB/T 14885), a registrable class of assetClasses. */
  classCode: string;
  /** What it cost (原值), at least the capitalisation threshold (固定资产标准) of its class. Amount in yuan as a decimal string with at most two places, e.g. "1234.50" (exact; no floating point). */
  cost: string;
  /** The staff member of the school responsible for it (保管人), if any. */
  custodianStaffId?: string | null | undefined;
  /** Model or specification (规格型号). */
  model?: string | null | undefined;
  /** Its name, e.g. "台式计算机". */
  name: string;
  /** The purchase request (采购申请) it was bought under, if any. */
  purchaseRequestId?: string | null | undefined;
  /** The room of the school it is in, if any. */
  roomId?: string | null | undefined;
  /** The school that owns it. */
  schoolId: string;
  /** The maker's serial number (出厂编号). */
  serialNumber?: string | null | undefined;
  /** Its status; IN_USE when omitted (never DISPOSED). */
  status?: AssetStatus | null | undefined;
  /** Tag number (资产编号), unique in the school, e.g. "ZC-2026-0001". */
  tagNumber: string;
};

/** Register a piece of safety equipment (登记消防器材) at the school. */
export type RegisterSafetyEquipmentInput = {
  /** Its label number, unique in the school, e.g. "MHQ-A2-03". */
  code: string;
  /** When its contents expire (an AED’s pads, a first-aid kit), if they do. */
  contentsExpireOn?: string | null | undefined;
  /** An extinguisher’s type (required for one, refused for anything else). */
  extinguisherType?: ExtinguisherType | null | undefined;
  /** What it is. */
  kind: EquipmentKind;
  /** Where it is, in words. */
  location: string;
  /** Its manufacture date (出厂日期), not after today. */
  manufacturedOn: string;
  /** The facilities room of the school it is in, when in one (its zone follows). */
  roomId?: string | null | undefined;
  /** The school. */
  schoolId: string;
  /** The responsibility zone it is in, when no room says it. */
  zoneId?: string | null | undefined;
};

/** Reject a disposal request at the level it waits for, saying why. */
export type RejectAssetDisposalInput = {
  /** The disposal request. */
  id: string;
  /** Why it is rejected (驳回原因). */
  reason: string;
};

/** Reject a closed stocktake, saying why: the register is unchanged; count again in a new one. */
export type RejectAssetStocktakeInput = {
  /** The closed stocktake. */
  id: string;
  /** Why it is rejected (驳回原因). */
  reason: string;
};

/** Reject, with the reason the requester will see. */
export type RejectInput = {
  /** The request or claim. */
  id: string;
  /** Why it is rejected. */
  reason: string;
};

/** Reject a requisition (驳回), with the reason. */
export type RejectRequisitionInput = {
  /** The requisition. */
  id: string;
  /** Why (驳回理由): the requester reads it. */
  reason: string;
};

/** Where a reorder request (补货申请) is: open until finance’s receipts brought every line in, or cancelled. */
export type ReorderStatus =
  /** Cancelled by the storeroom (e.g. finance rejected the purchase); its items may be requested again (已取消). */
  | 'CANCELLED'
  /** Sent to finance as a draft purchase request; its items are not requested again meanwhile (进行中). */
  | 'OPEN'
  /** Every line was received into the storeroom (已入库). */
  | 'RECEIVED';

/** How regular the room’s history is: the median absolute deviation of its intervals against their median. */
export type ReplacementConfidence =
  /** Deviation at most 10 % of the median interval (规律). */
  | 'HIGH'
  /** Deviation above 25 %: a rough guess (不规律). */
  | 'LOW'
  /** Deviation at most 25 % of the median interval. */
  | 'MEDIUM';

/** Why a replacement is listed for the week (本周待更换). */
export type ReplacementDueState =
  /** Predicted for a day of the week not yet past (本周到期). */
  | 'DUE'
  /** Predicted for a day already past and not requisitioned since (已逾期未领). */
  | 'OVERDUE';

/** Report a hazard (隐患上报): anyone signed in at the school. */
export type ReportHazardInput = {
  /** The hazard in your words. */
  description: string;
  /** How serious it is; left out: general (一般). */
  level?: HazardLevel | null | undefined;
  /** Where it is, in words, when no room says it (e.g. "东门"). */
  location?: string | null | undefined;
  /** References to photos of it (uploaded elsewhere), at most 6. */
  photoRefs?: Array<string>;
  /** The room it is in (a facilities room of the school), when it is in one. */
  roomId?: string | null | undefined;
  /** The school. */
  schoolId: string;
  /** What is wrong, in a line, e.g. "二楼消防通道堆放杂物". */
  title: string;
  /** The responsibility zone it is in; taken from the room when left out. */
  zoneId?: string | null | undefined;
};

/** Report an incident (安全事故/事件登记): what happened, when, where, who, what was done at once. */
export type ReportIncidentInput = {
  /** What happened. */
  description: string;
  /** What was done at once (现场处置). */
  immediateActions: string;
  /** People injured, 0–10000 (not more than affected). */
  injured: number;
  /** When it happened (an instant, not in the future). */
  occurredAt: string;
  /** People affected, 0–10000. */
  peopleAffected: number;
  /** Where, in words, e.g. "操场跑道东侧". */
  place: string;
  /** The facilities room of the school, when in one. */
  roomId?: string | null | undefined;
  /** The school. */
  schoolId: string;
  /** Serious (须上报): to be reported to the district within the district’s hours. */
  serious: boolean;
  /** What kind of incident. */
  type: IncidentType;
};

/** A repair reported from a room’s QR link (扫码报修), without an account. */
export type ReportRepairByQrInput = {
  /** What kind of repair it is; OTHER when unsure. */
  category: WorkOrderCategory;
  /** The problem in your words. */
  description: string;
  /** Your name, if you want to leave it (optional). */
  name?: string | null | undefined;
  /** A phone number to reach you, if you want to leave it (optional). */
  phone?: string | null | undefined;
  /** References to photos (uploaded elsewhere), at most 6. */
  photoRefs?: Array<string>;
  /** The room’s QR code: the 12 characters after /r/ in the link on its door. */
  qrCode: string;
  /** True for a safety matter (安全隐患): due the same school day. */
  safety?: boolean;
  /** What is wrong, in a line. */
  title: string;
  /** True when it cannot wait: due within 24 hours. */
  urgent?: boolean;
};

/** Report a repair (报修): a problem in a room or on an asset of your school. */
export type ReportWorkOrderInput = {
  /** The broken fixed asset (its room is taken when roomId is left out). */
  assetId?: string | null | undefined;
  /** What kind of repair it is. */
  category: WorkOrderCategory;
  /** The problem in your words. */
  description: string;
  /** References to photos of it (uploaded elsewhere), at most 6. */
  photoRefs?: Array<string>;
  /** The room the problem is in; give this, assetId, or both. */
  roomId?: string | null | undefined;
  /** True for a safety matter (安全隐患): due the same school day. */
  safety?: boolean;
  /** The school. */
  schoolId: string;
  /** What is wrong, in a line, e.g. "三年级2班水龙头漏水". */
  title: string;
  /** True when it cannot wait: due within 24 hours (ignored for a safety matter, which is sooner). */
  urgent?: boolean;
};

/** Request the disposal of a fixed asset (资产处置申请). */
export type RequestAssetDisposalInput = {
  /** The asset (资产卡片): of your school, neither disposed nor with a disposal request waiting. */
  assetId: string;
  /** Money expected for it (预计处置收入), e.g. a sale or scrap price; omitted: none. Amount in yuan as a decimal string with at most two places, e.g. "1234.50" (exact; no floating point). */
  expectedProceeds?: string | null | undefined;
  /** How it leaves the register (处置方式). */
  method: AssetDisposalMethod;
  /** Why (处置原因), e.g. "主板损坏, 无维修价值". */
  reason: string;
};

/** Ask facilities to repair a hazard (隐患报修): a safety work order opens and the hazard waits for it. */
export type RequestHazardRepairInput = {
  /** The kind of repair it needs. */
  category: HazardRepairCategory;
  /** What was done or found, for the record. */
  comment?: string | null | undefined;
  /** The hazard. */
  id: string;
  /** The version you read. */
  version: number;
};

/** Turn a storeroom’s reorder list into a draft purchase request in finance (补货申请). */
export type RequestReorderPurchaseInput = {
  /** Only these items of the suggestions (at most 100); every due item not already on an open reorder when left out. */
  itemIds?: Array<string> | null | undefined;
  /** The school. */
  schoolId: string;
  /** The storeroom the goods go into: only its suggestions are requested (and items never stocked anywhere go into it). Needed when the suggestions span several storerooms, or only items never stocked are due. */
  storeroomRoomId?: string | null | undefined;
};

/** Requisition consumables (领用申请) for a room or a department: name exactly one of them. */
export type RequestRequisitionInput = {
  /** The department (部门) it is for; or give roomId. */
  departmentId?: string | null | undefined;
  /** What is wanted, 1 to 50 lines, each item once. */
  lines: Array<RequisitionLineInput>;
  /** What it is for. */
  purpose?: string | null | undefined;
  /** The room it is for (e.g. a classroom); or give departmentId. */
  roomId?: string | null | undefined;
  /** The school. */
  schoolId: string;
  /** The repair work order the materials are for (维修领料): approved and not yet finished; its room is taken when neither roomId nor departmentId is given. */
  workOrderId?: string | null | undefined;
};

/** Filter of requisitions. */
export type RequisitionFilter = {
  /** true: only the requisitions you requested (我的领用). */
  mine?: boolean | null | undefined;
  /** Only requisitions for this room. */
  roomId?: string | null | undefined;
  /** Only requisitions of this school. */
  schoolId?: string | null | undefined;
  /** Only requisitions in this status. */
  status?: RequisitionStatus | null | undefined;
  /** Only the materials of this repair work order. */
  workOrderId?: string | null | undefined;
};

/** One line of a requisition. */
export type RequisitionLineInput = {
  /** The consumable item, of the requisition’s school. */
  itemId: string;
  /** A note on the line. */
  note?: string | null | undefined;
  /** Units wanted, a whole number of the item’s unit, at least 1. */
  quantity: number;
};

/** Where a requisition (领用单) is: requested, approved, issued, received, or rejected. */
export type RequisitionStatus =
  /** Approved, or needing no approval: waiting for the storekeeper to issue it (待发放). */
  | 'APPROVED'
  /** Issued from a storeroom (已发放): waiting for the requester to confirm receipt. */
  | 'ISSUED'
  /** The requester confirmed receipt (已签收). */
  | 'RECEIVED'
  /** Rejected, with the reason (已驳回). Nothing was issued. */
  | 'REJECTED'
  /** Waiting for the general-affairs director’s approval (待审批): its estimated value is above the district’s limit. */
  | 'REQUESTED';

/** A step of a requisition you could take now, by its mutation. */
export type RequisitionViewerAction =
  /** approveRequisition (审批通过). */
  | 'APPROVE'
  /** confirmRequisitionReceipt (签收): the requester only. */
  | 'CONFIRM_RECEIPT'
  /** issueRequisition from a storeroom (发放). */
  | 'ISSUE'
  /** rejectRequisition with a reason (驳回). */
  | 'REJECT';

/** The accountant's review of a claim (审核). */
export type ReviewClaimInput = {
  /** Comment for the record. */
  comment?: string | null | undefined;
  /** The claim. */
  id: string;
};

/** Review a work order (研究): repair in house, give it to a contractor, or reject it with a reason. */
export type ReviewWorkOrderInput = {
  /** The reason: required to REJECT. */
  comment?: string | null | undefined;
  /** The contractor (a supplier of finance’s register), for CONTRACTOR. */
  contractorSupplierId?: string | null | undefined;
  /** The decision. */
  decision: WorkOrderDecision;
  /** The work order. */
  id: string;
  /** The version you read. */
  version: number;
};

/** Revoke one role grant. */
export type RevokeRoleInput = {
  /** The RoleGrant to revoke. */
  grantId: string;
};

/** A permission granted to an account, at one school or district-wide (角色). */
export type Role =
  /** Accountant (报账员). */
  | 'ACCOUNTANT'
  /** Canteen manager (食堂管理员). */
  | 'CANTEEN_MANAGER'
  /** District administrator (区级管理员): schools, accounts, roles. */
  | 'DISTRICT_ADMIN'
  /** District auditor (区级审计): reads every school, changes nothing. */
  | 'DISTRICT_AUDITOR'
  /** General-affairs director (总务主任). */
  | 'GENERAL_AFFAIRS_DIRECTOR'
  /** Maintenance worker (水电工). */
  | 'MAINTENANCE'
  /** Parents' committee member (家长委员会), at one school; not staff: reads the published menus and the canteen statement, rates dishes, files nothing. */
  | 'PARENT_COMMITTEE'
  /** Principal (校长). */
  | 'PRINCIPAL'
  /** Safety officer (安全员). */
  | 'SAFETY_OFFICER'
  /** Any staff member (教职工): files requests and reports repairs. */
  | 'STAFF'
  /** Storekeeper (保管员). */
  | 'STOREKEEPER';

/** What a room is used for (房间用途). */
export type RoomKind =
  /** Canteen or kitchen (食堂). */
  | 'CANTEEN'
  /** Classroom (教室). */
  | 'CLASSROOM'
  /** Dormitory room (宿舍). */
  | 'DORMITORY'
  /** Laboratory or special classroom (实验室/专用教室). */
  | 'LAB'
  /** Office (办公室). */
  | 'OFFICE'
  /** Anything else (其他). */
  | 'OTHER'
  /** Sports hall or ground (体育场馆). */
  | 'SPORTS'
  /** Storeroom (仓库): a room that can hold consumables stock. */
  | 'STOREROOM'
  /** Toilet (卫生间). */
  | 'TOILET';

/** Filter a school’s safety equipment. */
export type SafetyEquipmentFilter = {
  /** Only this kind. */
  kind?: EquipmentKind | null | undefined;
  /** Only equipment in this state today. */
  status?: EquipmentStatus | null | undefined;
};

/** What is wrong with a dish's food samples (留样缺失). */
export type SampleProblem =
  /** Every sample kept weighs less than the minimum (留样不足). */
  | 'SHORT'
  /** No sample was kept (未留样). */
  | 'UNSAMPLED';

/** Save a weekly menu as a draft: the first save creates it; a later save (naming the version read) replaces its meals. A published week cannot be saved. */
export type SaveMenuWeekInput = {
  /** The age group (年龄段) the menu is for: what the nutrition check compares it with. */
  ageGroup: StudentAgeGroup;
  /** The canteen. */
  canteenId: string;
  /** Every planned meal of the week, each day and meal once; a meal left out is not served. */
  meals: Array<MenuMealInput>;
  /** The version you read, when saving an existing draft again (a stale one is a CONFLICT). */
  version?: number | null | undefined;
  /** The Monday the week starts on. */
  weekStart: string;
};

/** Filter for the schools list; all given conditions must hold. */
export type SchoolFilter = {
  /** Only active (true) or only closed/merged (false) schools. */
  active?: boolean | null | undefined;
  /** Only schools of this kind. */
  kind?: SchoolKind | null | undefined;
  /** Part of the name or the exact school code. */
  search?: string | null | undefined;
};

/** Kind of school (学校类型). */
export type SchoolKind =
  /** Senior high school (高中), grades 10–12. */
  | 'HIGH'
  /** Junior middle school (初中), grades 7–9. */
  | 'JUNIOR_MIDDLE'
  /** Nine-year school (九年一贯制学校), grades 1–9. */
  | 'NINE_YEAR'
  /** Primary school (小学), grades 1–6. */
  | 'PRIMARY';

/** Scrap safety equipment (报废): kept for history, never deleted. */
export type ScrapSafetyEquipmentInput = {
  /** The equipment. */
  equipmentId: string;
  /** Why (e.g. 达到报废年限, 筒体锈蚀). */
  reason: string;
  /** The version you read. */
  version: number;
};

/** The second inspection of a delivery with bulk staples (大宗食品复核), by a different person. */
export type SecondInspectDeliveryInput = {
  /** Comment; the reason when refusing. */
  comment?: string | null | undefined;
  /** True to confirm the first inspection (accepted into stock); false to refuse the delivery, with a comment saying why. */
  confirmed: boolean;
  /** The delivery waiting for its second inspection. */
  id: string;
};

/** Allocate a school's budget for one category and fiscal year (预算下达). */
export type SetBudgetInput = {
  /** Amount allocated. Amount in yuan as a decimal string with at most two places, e.g. "1234.50" (exact; no floating point). */
  allocated: string;
  /** The budget category. */
  categoryId: string;
  /** Fiscal year (预算年度), the calendar year. */
  fiscalYear: number;
  /** The school. */
  schoolId: string;
};

/** Pause or resume a schedule, at the version read. */
export type SetMaintenanceScheduleActiveInput = {
  /** False to pause it (no work order opens), true to resume. */
  active: boolean;
  /** The schedule. */
  id: string;
  /** The version you read. */
  version: number;
};

/** Set the print centre’s prices per page (文印单价) of a school from a day on (today or later): jobs printed from then are charged at them; jobs already recorded keep what they were charged. Sizes and colours not listed keep their price. */
export type SetPrintPricesInput = {
  /** First day the prices apply (YYYY-MM-DD, the school's calendar): today or later; today when omitted. */
  effectiveFrom?: string | null | undefined;
  /** The prices: 1 to 8 lines, each size and colour at most once. */
  prices: Array<PrintPriceLine>;
  /** The school. */
  schoolId: string;
};

/** Filter for the staff list; all given conditions must hold. */
export type StaffFilter = {
  /** Only current (true) or only former (false) staff. */
  active?: boolean | null | undefined;
  /** Only staff working mostly at this campus. */
  campusId?: string | null | undefined;
  /** Part of the name. */
  nameContains?: string | null | undefined;
  /** Only staff holding this post. */
  post?: StaffPost | null | undefined;
  /** Only staff of this school. */
  schoolId?: string | null | undefined;
};

/** A post (岗位) held by a staff member. */
export type StaffPost =
  /** Accountant who keeps the books and files claims (报账员). */
  | 'ACCOUNTANT'
  /** Canteen manager (食堂管理员). */
  | 'CANTEEN_MANAGER'
  /** Cleaner (保洁员). */
  | 'CLEANER'
  /** Cook (厨师). */
  | 'COOK'
  /** Dormitory manager (宿管员). */
  | 'DORMITORY_MANAGER'
  /** Electrician (电工). */
  | 'ELECTRICIAN'
  /** Gardener (绿化工). */
  | 'GARDENER'
  /** General-affairs director (总务主任). */
  | 'GENERAL_AFFAIRS_DIRECTOR'
  /** Plumber (水工). */
  | 'PLUMBER'
  /** Principal (校长). */
  | 'PRINCIPAL'
  /** Safety officer (安全员). */
  | 'SAFETY_OFFICER'
  /** Security guard (保安). */
  | 'SECURITY_GUARD'
  /** Storekeeper (保管员). */
  | 'STOREKEEPER'
  /** Teacher (教师). */
  | 'TEACHER';

/** One staff member of an import (批量导入教职工): the fields of createStaff but the school. */
export type StaffRowInput = {
  /** Campus where the person mostly works. */
  campusId?: string | null | undefined;
  /** Employee number (工号), unique within the school. */
  employeeNumber: string;
  name: string;
  /** Work phone: 5 to 20 digits, spaces, + or -. */
  phone?: string | null | undefined;
  /** Posts (岗位) the person holds; at least one. */
  posts: Array<StaffPost>;
};

/** Start walking a route (开始巡视). */
export type StartPatrolInput = {
  /** The route. */
  routeId: string;
};

/** Approve or reject a write-off or a stocktake. */
export type StockDecisionInput = {
  /** Comment; for a rejection, the reason. */
  comment?: string | null | undefined;
  /** The write-off or stocktake. */
  id: string;
};

/** Filter of stock lots. */
export type StockLotFilter = {
  /** Only lots of this canteen. */
  canteenId?: string | null | undefined;
  /** Only lots with a balance that expire within this many days from today (0: today or already expired), 0–366 (临期). */
  expiringWithinDays?: number | null | undefined;
  /** Only lots of this ingredient. */
  ingredientId?: string | null | undefined;
  /** true: only lots with something left; false: only empty lots. */
  withBalance?: boolean | null | undefined;
};

/** Why stock moved (库存变动类型). */
export type StockMovementKind =
  /** Issued to a meal service (出库/领用). */
  | 'ISSUE'
  /** Received from an accepted delivery (入库). */
  | 'RECEIPT'
  /** More counted than on the books, approved (盘盈). */
  | 'STOCKTAKE_GAIN'
  /** Less counted than on the books, approved (盘亏). */
  | 'STOCKTAKE_LOSS'
  /** Written off with the director's approval (报损), e.g. expired or spoiled. */
  | 'WRITE_OFF';

/** Where a write-off (报损) is: waiting for the director, written off, or refused. */
export type StockWriteOffStatus =
  /** Approved: the WRITE_OFF movement took the quantity out of the lot (已报损). */
  | 'APPROVED'
  /** Requested; waiting for the general-affairs director's approval (待审批). */
  | 'PENDING'
  /** Refused by the director; the lot is unchanged (已驳回). */
  | 'REJECTED';

/** The count of one lot. */
export type StocktakeCountInput = {
  /** The lot counted (of the stocktake’s canteen). */
  lotId: string;
  /** What was counted; "0" when none was found. */
  quantity: QuantityInput;
};

/** Filter of stocktakes. */
export type StocktakeFilter = {
  /** Only this canteen. */
  canteenId?: string | null | undefined;
  /** Only this status. */
  status?: StocktakeStatus | null | undefined;
};

/** Where a stocktake (盘点) is. */
export type StocktakeStatus =
  /** Approved: each difference became a STOCKTAKE_GAIN or STOCKTAKE_LOSS movement (已调整). */
  | 'APPROVED'
  /** Counting: counts may be recorded (盘点中). */
  | 'OPEN'
  /** Refused by the director: no movement; count again in a new stocktake (已驳回). */
  | 'REJECTED'
  /** Counted; its differences wait for the director's approval (待审批). */
  | 'SUBMITTED';

/** What a storage location keeps goods at. */
export type StorageKind =
  /** Chilled (冷藏), 0–8 ℃. */
  | 'CHILLED'
  /** Dry store (干货库), room temperature. */
  | 'DRY'
  /** Frozen (冷冻), −12 ℃ or colder. */
  | 'FROZEN';

/** Filter of storeroom movements. */
export type StoreMovementFilter = {
  /** From this day (YYYY-MM-DD, the school’s zone), inclusive. */
  from?: string | null | undefined;
  /** Only movements of this item. */
  itemId?: string | null | undefined;
  /** Only issues to this room. */
  roomId?: string | null | undefined;
  /** Only movements in or out of this storeroom. */
  storeroomRoomId?: string | null | undefined;
  /** To this day (YYYY-MM-DD, the school’s zone), inclusive. */
  to?: string | null | undefined;
};

/** Why storeroom stock moved (出入库类型). */
export type StoreMovementKind =
  /** A correction, e.g. after a count (调整). */
  | 'ADJUSTMENT'
  /** Issued on a requisition (领用出库). */
  | 'ISSUE'
  /** Received into the storeroom (入库). */
  | 'RECEIPT';

/** One line of a receipt. */
export type StoreReceiptLineInput = {
  /** The consumable item, of the receipt’s school. */
  itemId: string;
  /** Units received, a whole number of the item’s unit, at least 1. */
  quantity: number;
  /** Cost of one unit (单价). Amount in yuan as a decimal string with at most two places, e.g. "1234.50" (exact; no floating point). */
  unitCost: string;
};

/** Filter of storeroom stock. */
export type StoreStockFilter = {
  /** Only the stock of this item. */
  itemId?: string | null | undefined;
  /** Only the stock of this storeroom (a room of kind STOREROOM). */
  storeroomRoomId?: string | null | undefined;
};

/** An age group of the student-meal nutrition guideline WS/T 554-2017 (学生餐营养指南 年龄段), which a menu is checked for. */
export type StudentAgeGroup =
  /** 6 to 8 years (6岁~8岁), roughly primary grades 1–3 (小学低年级). */
  | 'AGE_6_8'
  /** 9 to 11 years (9岁~11岁), roughly primary grades 4–6 (小学高年级). */
  | 'AGE_9_11'
  /** 12 to 14 years (12岁~14岁), roughly junior middle school (初中). */
  | 'AGE_12_14'
  /** 15 to 17 years (15岁~17岁), roughly senior middle school (高中). */
  | 'AGE_15_17';

/** Submit a draft purchase request (草稿提交) into approval: only its requester. Category, fiscal year and reason may be changed now; the lines stay as drafted. */
export type SubmitDraftPurchaseRequestInput = {
  /** Budget category to charge; the drafted one when omitted. */
  categoryId?: string | null | undefined;
  /** Fiscal year; the drafted one when omitted. */
  fiscalYear?: number | null | undefined;
  /** The draft. */
  id: string;
  /** Why the items are needed; the drafted title when omitted. */
  reason?: string | null | undefined;
};

/** File an expense claim (报账). */
export type SubmitExpenseClaimInput = {
  /** Fiscal year; the current year when omitted. */
  fiscalYear?: number | null | undefined;
  /** The invoices, 1 to 50. */
  lines: Array<ClaimLineInput>;
  /** The school that pays. */
  schoolId: string;
  /** What the claim is for. */
  title: string;
};

/** File a purchase request (物品申报). */
export type SubmitPurchaseRequestInput = {
  /** Budget category to charge. */
  categoryId: string;
  /** Fiscal year; the current year when omitted. */
  fiscalYear?: number | null | undefined;
  /** The items, 1 to 50. */
  lines: Array<PurchaseLineInput>;
  /** Why the items are needed. */
  reason: string;
  /** The school buying. */
  schoolId: string;
};

/** Submit an open stocktake for approval. */
export type SubmitStocktakeInput = {
  /** The open stocktake. */
  id: string;
};

/** Filter for suppliers. */
export type SupplierFilter = {
  /** Only food suppliers (true) or only others (false). */
  foodSupplier?: boolean | null | undefined;
  /** Part of the name. */
  nameContains?: string | null | undefined;
  /** Only this status. */
  status?: SupplierStatus | null | undefined;
};

/** Whether a supplier (供应商) may be ordered from. */
export type SupplierStatus =
  /** May be ordered from. */
  | 'ACTIVE'
  /** Suspended (暂停): no new orders. */
  | 'SUSPENDED';

/** Record a food sample (留样) of one dish of a meal service, before its meal counts are recorded. */
export type TakeFoodSampleInput = {
  /** The dish sampled: one of the meal service's dishes. */
  dishId: string;
  /** Its weight in whole grams: at least the district's minimum (125 g by default). */
  grams: number;
  /** The refrigerated location (冷藏) it is kept in: a CHILLED storage location of the canteen. */
  locationId: string;
  /** The meal service (餐次), still open. */
  mealServiceId: string;
  /** A remark, e.g. the container or shelf. */
  note?: string | null | undefined;
  /** When it was taken, on the service's day and not in the future; now when omitted. */
  takenAt?: string | null | undefined;
  /** Who took it (留样人): a staff member of the school. */
  takenByStaffId: string;
};

/** Where a person stands on a required training (培训合规). */
export type TrainingComplianceStatus =
  /** Expired (已过期). */
  | 'EXPIRED'
  /** Valid, but expiring within the district’s notice days (即将到期). */
  | 'EXPIRING'
  /** Never recorded (未培训/无证). */
  | 'MISSING'
  /** Valid (有效). */
  | 'VALID';

/** What a required training (岗位培训) is. */
export type TrainingKind =
  /** Fire safety training (消防安全培训). */
  | 'FIRE_SAFETY'
  /** Food safety training (食品安全培训), e.g. yearly for canteen staff. */
  | 'FOOD_SAFETY'
  /** Any other training. */
  | 'OTHER'
  /** The safety officer’s certificate (安全管理人员证). */
  | 'SAFETY_OFFICER_CERTIFICATE'
  /** A special-operations certificate (特种作业操作证), e.g. an electrician’s, valid to its printed expiry. */
  | 'SPECIAL_OPERATIONS';

/** Correct what was reported (分诊), before the review: fields left out stay as they are. */
export type TriageWorkOrderInput = {
  /** Its asset (an asset of the school). */
  assetId?: string | null | undefined;
  /** Its category. */
  category?: WorkOrderCategory | null | undefined;
  /** Why, for the record. */
  comment?: string | null | undefined;
  /** The work order. */
  id: string;
  /** Its priority; its due time is counted again from the report. */
  priority?: WorkOrderPriority | null | undefined;
  /** Its room (a room of the school). */
  roomId?: string | null | undefined;
  /** The version you read (CONFLICT when it changed meanwhile). */
  version: number;
};

/** Changes to the district’s canteen settings; omitted fields stay. District administrators. */
export type UpdateCanteenSettingsInput = {
  /** When breakfast ends, HH:MM, local time. */
  breakfastEndsAt?: string | null | undefined;
  /** Food groups that are bulk staples (大宗食品); each once. */
  bulkStapleCategories?: Array<IngredientCategory> | null | undefined;
  /** Days before a health certificate expires that the canteen manager is told: 1 to 180. */
  certificateNoticeDays?: number | null | undefined;
  /** When dinner ends, HH:MM, local time. */
  dinnerEndsAt?: string | null | undefined;
  /** When lunch ends, HH:MM, local time. */
  lunchEndsAt?: string | null | undefined;
  /** Least time a sample is kept, hours: 48 to 720. */
  sampleKeepHours?: number | null | undefined;
  /** Least weight of a food sample (留样), grams: 125 to 1000. */
  sampleMinGrams?: number | null | undefined;
  /** The version you read (0 while the defaults apply). */
  version: number;
};

/** Changes to a school; omitted fields stay as they are. */
export type UpdateSchoolInput = {
  /** False when the school closes or merges. */
  active?: boolean | null | undefined;
  /** New address; null clears it. */
  address?: string | null | undefined;
  id: string;
  /** New kind of school. */
  kind?: SchoolKind | null | undefined;
  name?: string | null | undefined;
  /** New enrolment count. */
  studentCount?: number | null | undefined;
  /** The version you read; a stale one is a CONFLICT. */
  version: number;
};

/** Changes to a webhook endpoint; omitted fields stay as they are. */
export type UpdateWebhookEndpointInput = {
  /** New event types. Event types to receive (事件类型): catalogue types such as finance.purchaseRequest.submitted, `finance.*` for all of a service, `finance.expenseClaim.*` for all of a concept, or `*` for every type. */
  eventTypes?: Array<string> | null | undefined;
  /** New format; applies to events queued from now on. */
  format?: WebhookFormat | null | undefined;
  id: string;
  /** New name. */
  name?: string | null | undefined;
  /** New 钉钉 加签 secret; null or blank removes it. */
  robotSecret?: string | null | undefined;
  /** Only events of this school; null clears the filter (every event of the district). */
  schoolId?: string | null | undefined;
  /** New URL (checked like a new endpoint’s). */
  url?: string | null | undefined;
  /** The version you read; a stale one is a CONFLICT. */
  version: number;
};

/** What a utility meter measures (能源种类). */
export type Utility =
  /** Electricity (电), in kWh (千瓦时/度), 2 decimals. */
  | 'ELECTRICITY'
  /** Natural gas (燃气), in m³ (立方米), 3 decimals. */
  | 'GAS'
  /** Water (水), in m³ (立方米), 3 decimals. */
  | 'WATER';

/** Which meters to list. */
export type UtilityMeterFilter = {
  /** True for meters in use only, false for replaced ones only. */
  active?: boolean | null | undefined;
  /** Only this building. */
  buildingId?: string | null | undefined;
  /** Only this campus. */
  campusId?: string | null | undefined;
  /** Only this school. */
  schoolId?: string | null | undefined;
  /** Only this utility. */
  utility?: Utility | null | undefined;
};

/** Verify a rectification (验收): passed, or failed with a reason (it reopens). */
export type VerifyHazardInput = {
  /** What was done or found, for the record. */
  comment?: string | null | undefined;
  /** The hazard. */
  id: string;
  /** True: the rectification holds (验收合格). False: it does not; comment says why and it goes back to rectifying. */
  passed: boolean;
  /** The version you read. */
  version: number;
};

/** Void a mistaken print job (作废) by a reversing record; the job itself stays as it was. */
export type VoidPrintJobInput = {
  /** The print job to void: a PRINTED job, not yet voided. */
  printJobId: string;
  /** Why it is voided, e.g. "recorded twice". */
  reason: string;
};

/** Where one delivery stands (投递状态). */
export type WebhookDeliveryStatus =
  /** The receiver answered 2xx (and, for robots, errcode 0) (已送达). */
  | 'DELIVERED'
  /** Given up after the bounded attempts (投递失败); resuming the endpoint queues it again. */
  | 'FAILED'
  /** Waiting to be sent, or to be retried after a failure (待投递). */
  | 'PENDING';

/** Whether an endpoint is sent to (状态). */
export type WebhookEndpointStatus =
  /** Events are queued for it and sent (启用). */
  | 'ACTIVE'
  /** Paused (已暂停) by an admin or after failing too often: nothing new is queued, and what is queued waits for a resume. */
  | 'PAUSED';

/** Which endpoint, at the version read (resume, rotate the secret, delete). */
export type WebhookEndpointVersionInput = {
  id: string;
  /** The version you read; a stale one is a CONFLICT. */
  version: number;
};

/** How deliveries to an endpoint are written (消息格式). */
export type WebhookFormat =
  /** A 钉钉 (DingTalk) custom robot message: markdown, in Chinese; signed (加签) when a robot secret is given. */
  | 'DINGTALK'
  /** The event envelope as JSON, for the district’s own systems (e.g. the bureau’s OA). */
  | 'JSON'
  /** A 企业微信 (WeCom) group robot message: markdown, in Chinese. */
  | 'WECOM';

/** What kind of repair it is (维修类别). */
export type WorkOrderCategory =
  /** Building (土建): walls, roofs, floors, ceilings. */
  | 'BUILDING'
  /** Carpentry (木工): doors, windows, desks, chairs. */
  | 'CARPENTRY'
  /** Electrical (电): lights, sockets, switches, wiring. */
  | 'ELECTRICAL'
  /** Equipment (设备): projectors, computers, air conditioners and other assets. */
  | 'EQUIPMENT'
  /** Anything else. */
  | 'OTHER'
  /** Plumbing (水): taps, pipes, toilets, drains, leaks. */
  | 'PLUMBING';

/** What the review decides (研究结论). */
export type WorkOrderDecision =
  /** Give it to a contractor (外包), one of finance’s suppliers. */
  | 'CONTRACTOR'
  /** Repair it with the school’s own staff (自修). */
  | 'IN_HOUSE'
  /** Do not repair it (不予维修), with the reason. */
  | 'REJECT';

/** Narrow the work orders. */
export type WorkOrderFilter = {
  /** Only work orders assigned to this staff member (a maintenance worker’s queue). */
  assigneeStaffId?: string | null | undefined;
  /** Only this category. */
  category?: WorkOrderCategory | null | undefined;
  /** True: only those still open after their due time (超期). */
  overdue?: boolean | null | undefined;
  /** Only this priority. */
  priority?: WorkOrderPriority | null | undefined;
  /** Only work orders of this room. */
  roomId?: string | null | undefined;
  /** Only this school. */
  schoolId?: string | null | undefined;
  /** Only this status. */
  status?: WorkOrderStatus | null | undefined;
};

/** How soon it must be repaired (优先级); its due time follows from it and the school calendar (校历). */
export type WorkOrderPriority =
  /** Normal (一般): due within the district’s number of school days (default 3). */
  | 'NORMAL'
  /** A safety matter (安全隐患): due the same school day (问题处理不过日). */
  | 'SAFETY'
  /** Urgent (紧急): due within 24 hours of the report. */
  | 'URGENT';

/** Who repairs it, as the review decided (研究结论). */
export type WorkOrderResolution =
  /** A contractor (外包), one of finance’s suppliers. */
  | 'CONTRACTOR'
  /** The school’s own maintenance staff (自修). */
  | 'IN_HOUSE';

/** How it was reported (报修渠道). */
export type WorkOrderSource =
  /** Opened by a safety hazard that needs a repair (隐患, from the safety service). */
  | 'HAZARD'
  /** Opened by a utility meter’s suspected leak (疑似漏水, facilities.meter.anomaly). */
  | 'METER'
  /** Opened by a preventive maintenance schedule (预防性维护) ahead of its due day. */
  | 'PM'
  /** Without an account, from a room’s QR link (扫码报修). */
  | 'QR'
  /** By a signed-in staff member. */
  | 'STAFF';

/** Where a work order is (工单状态): 申报 → 核算 → 研究 → 维修 → 决算 → 评价. */
export type WorkOrderStatus =
  /** Final account recorded (已决算); waiting for the reporter’s rating. */
  | 'ACCOUNTED'
  /** Approved (已批准): in house or by a contractor; waiting to be assigned. */
  | 'APPROVED'
  /** Assigned (已派工) to people; waiting for them to start. */
  | 'ASSIGNED'
  /** Rated by the reporter and closed (已评价, 已关闭). */
  | 'CLOSED'
  /** Costed (已核算): labour and materials estimated; waiting for the review (研究). */
  | 'COSTED'
  /** Being repaired (维修中). */
  | 'IN_PROGRESS'
  /** Rejected at review with a reason (不予维修). */
  | 'REJECTED'
  /** Repaired (已完工); waiting for the final account (决算). */
  | 'REPAIRED'
  /** Reported (已申报): waiting for maintenance staff to cost it. */
  | 'REPORTED';

/** Start or finish the repair of a work order assigned to you. */
export type WorkOrderStepInput = {
  /** What was done or found, for the record. */
  comment?: string | null | undefined;
  /** The work order. */
  id: string;
  /** The version you read. */
  version: number;
};

/** A step of a work order you could take now, by its mutation. */
export type WorkOrderViewerAction =
  /** accountWorkOrder (决算). */
  | 'ACCOUNT'
  /** assignWorkOrder (派工). */
  | 'ASSIGN'
  /** costWorkOrder (核算). */
  | 'COST'
  /** finishWorkOrder (完工): its assignees and the director. */
  | 'FINISH'
  /** rateWorkOrder (评价): the reporter only. */
  | 'RATE'
  /** reviewWorkOrder (研究): approve in house, give to a contractor, or reject. */
  | 'REVIEW'
  /** startWorkOrder (开工): its assignees and the director. */
  | 'START'
  /** triageWorkOrder (分诊). */
  | 'TRIAGE';

/** What a recorded workflow step did (流程记录). */
export type WorkflowAction =
  /** Approved at a level (审批). */
  | 'APPROVED'
  /** Ordered from a supplier (采购). */
  | 'ORDERED'
  /** Paid (付款). */
  | 'PAID'
  /** Its payment was reversed in the ledger (红字冲销). */
  | 'PAYMENT_REVERSED'
  /** Goods received (验收). */
  | 'RECEIVED'
  /** Rejected, with a reason. */
  | 'REJECTED'
  /** Reviewed by the accountant (审核). */
  | 'REVIEWED'
  /** Filed (申报). */
  | 'SUBMITTED';

export type CanteenPickerCanteensQueryVariables = Exact<{ [key: string]: never; }>;


export type CanteenPickerCanteensQuery = { canteens: { nodes: Array<{ id: string, name: string, schoolId: string, school: { id: string, name: string }, storageLocations: Array<{ id: string, name: string, kind: StorageKind }> }> } };

export type CanteenSampleSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type CanteenSampleSettingsQuery = { canteenSettings: { districtId: string, sampleMinGrams: number, sampleKeepHours: number } };

export type CanteenMealServiceListQueryVariables = Exact<{
  filter?: MealServiceFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CanteenMealServiceListQuery = { mealServices: { nodes: Array<{ id: string, servedOn: string, meal: MealKind, portionsPlannedStudents: number, portionsPlannedStaff: number, mealsServed: number | null, lockedAt: string | null, canteen: { id: string, name: string } | null, dishes: Array<{ id: string, dishName: string }>, missingSamples: Array<{ dishId: string, problem: SampleProblem }>, issuedCost: { yuan: string, fen: number }, costPerMeal: { yuan: string, fen: number } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CanteenMealServiceDetailQueryVariables = Exact<{
  id: string;
}>;


export type CanteenMealServiceDetailQuery = { mealService: { id: string, schoolId: string, canteenId: string, servedOn: string, meal: MealKind, portionsPlannedStudents: number, portionsPlannedStaff: number, portionsServedStudents: number | null, portionsServedStaff: number | null, mealsServed: number | null, lockedAt: string | null, samplesCheckedAt: string | null, sampleMissingRaisedAt: string | null, version: number, canteen: { id: string, name: string } | null, dishes: Array<{ id: string, dishId: string, dishName: string, position: number }>, duties: Array<{ id: string, staffId: string, task: string, assignedAt: string, staff: { id: string, name: string } }>, samples: Array<{ id: string, dishId: string, grams: number, takenAt: string, keepUntil: string, minGramsAtTaking: number, takenBy: { id: string, name: string }, disposal: { id: string, disposedAt: string } | null }>, missingSamples: Array<{ dishId: string, dishName: string, problem: SampleProblem, grams: number | null }>, issuedCost: { yuan: string, fen: number }, costPerMeal: { yuan: string, fen: number } | null, lotsUsed: Array<{ lotId: string, quantityIssued: number, costIssued: { yuan: string, fen: number }, lot: { id: string, batchNumber: string | null, expiresOn: string | null, receivedOn: string, ingredientId: string, baseUnit: BaseUnit } | null, deliveryItem: { id: string, batchNumber: string, productionDate: string, expiresOn: string | null, quarantineCertificateNumber: string | null, arrivalTemperature: string | null, sensoryOk: boolean, ingredient: { id: string, name: string } | null } | null, delivery: { id: string, deliveredOn: string, invoiceNumber: string, supplierLicenceNumber: string, secondInspectedAt: string | null, retainUntil: string, supplier: { id: string, name: string }, inspector: { id: string, name: string } | null, secondInspector: { id: string, name: string } | null } | null }> } };

export type CanteenPlanMealServiceMutationVariables = Exact<{
  input: PlanMealServiceInput;
}>;


export type CanteenPlanMealServiceMutation = { planMealService: { id: string } };

export type CanteenKitchenDishesQueryVariables = Exact<{
  schoolId?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type CanteenKitchenDishesQuery = { dishes: { nodes: Array<{ id: string, name: string }> } };

export type CanteenAssignDutyMutationVariables = Exact<{
  input: AssignMealServiceDutyInput;
}>;


export type CanteenAssignDutyMutation = { assignMealServiceDuty: { id: string, version: number, duties: Array<{ id: string, staffId: string, task: string, assignedAt: string, staff: { id: string, name: string } }> } };

export type CanteenRecordMealCountsMutationVariables = Exact<{
  input: RecordMealCountsInput;
}>;


export type CanteenRecordMealCountsMutation = { recordMealCounts: { id: string, version: number, lockedAt: string | null, portionsServedStudents: number | null, portionsServedStaff: number | null, mealsServed: number | null, costPerMeal: { yuan: string, fen: number } | null, missingSamples: Array<{ dishId: string, dishName: string, problem: SampleProblem, grams: number | null }> } };

export type CanteenRosterQueryVariables = Exact<{
  canteenId: string;
}>;


export type CanteenRosterQuery = { canteenStaff: { nodes: Array<{ id: string, staffId: string, post: CanteenPost, staff: { id: string, name: string }, healthCertificate: { id: string, number: string, expiresOn: string, state: HealthCertificateState } | null, morningCheckToday: { id: string, temperature: string, symptoms: Array<MorningCheckSymptom>, passed: boolean, failures: Array<MorningCheckFailure>, createdAt: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CanteenRecordMorningCheckMutationVariables = Exact<{
  input: RecordMorningCheckInput;
}>;


export type CanteenRecordMorningCheckMutation = { recordMorningCheck: { id: string, staffId: string, temperature: string, symptoms: Array<MorningCheckSymptom>, passed: boolean, failures: Array<MorningCheckFailure>, createdAt: string } };

export type CanteenHealthCertificatesQueryVariables = Exact<{
  filter?: HealthCertificateFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CanteenHealthCertificatesQuery = { healthCertificates: { nodes: Array<{ id: string, staffId: string, number: string, issuedOn: string, expiresOn: string, state: HealthCertificateState, createdAt: string, staff: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CanteenRecordHealthCertificateMutationVariables = Exact<{
  input: RecordHealthCertificateInput;
}>;


export type CanteenRecordHealthCertificateMutation = { recordHealthCertificate: { id: string, state: HealthCertificateState } };

export type CanteenFoodSamplesQueryVariables = Exact<{
  filter?: FoodSampleFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CanteenFoodSamplesQuery = { foodSamples: { nodes: Array<{ id: string, canteenId: string, mealServiceId: string, dishId: string, grams: number, takenAt: string, keepUntil: string, minGramsAtTaking: number, locationId: string, note: string | null, takenBy: { id: string, name: string }, disposal: { id: string, disposedAt: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CanteenSampleableServicesQueryVariables = Exact<{
  canteenId: string;
  day: string;
}>;


export type CanteenSampleableServicesQuery = { mealServices: { nodes: Array<{ id: string, servedOn: string, meal: MealKind, dishes: Array<{ id: string, dishId: string, dishName: string }> }> } };

export type CanteenKitchenStaffSearchQueryVariables = Exact<{
  schoolId: string;
  search?: string | null | undefined;
}>;


export type CanteenKitchenStaffSearchQuery = { staff: { nodes: Array<{ id: string, name: string }> } };

export type CanteenTakeFoodSampleMutationVariables = Exact<{
  input: TakeFoodSampleInput;
}>;


export type CanteenTakeFoodSampleMutation = { takeFoodSample: { id: string, grams: number, keepUntil: string } };

export type CanteenDisposeFoodSampleMutationVariables = Exact<{
  id: string;
}>;


export type CanteenDisposeFoodSampleMutation = { disposeFoodSample: { id: string, disposal: { id: string, disposedAt: string } | null } };

export type CanteenAccompaniedMealsQueryVariables = Exact<{
  filter?: AccompaniedMealFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CanteenAccompaniedMealsQuery = { accompaniedMeals: { nodes: Array<{ id: string, servedOn: string, meal: MealKind, rating: number, remarks: string | null, createdAt: string, leaderAccountId: string, canteen: { id: string, name: string } | null, leaderStaff: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CanteenAccompaniedMealGapsQueryVariables = Exact<{
  input: AccompaniedMealGapsInput;
}>;


export type CanteenAccompaniedMealGapsQuery = { accompaniedMealGaps: Array<{ canteenId: string, from: string, to: string, schoolDays: number, accompaniedDays: number, gaps: Array<string> }> };

export type CanteenLogAccompaniedMealMutationVariables = Exact<{
  input: LogAccompaniedMealInput;
}>;


export type CanteenLogAccompaniedMealMutation = { logAccompaniedMeal: { id: string, servedOn: string, meal: MealKind, rating: number } };

export type CanteenDishRatingSummariesQueryVariables = Exact<{
  filter?: DishFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CanteenDishRatingSummariesQuery = { dishes: { nodes: Array<{ id: string, name: string, schoolId: string, ratingSummary: { count: number, averageScore: string | null, byScore: Array<number>, students: number, parentCommittee: number } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CanteenDishRatingsQueryVariables = Exact<{
  filter: DishRatingFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CanteenDishRatingsQuery = { dishRatings: { nodes: Array<{ id: string, ratedOn: string, score: number, comment: string | null, raterKind: DishRaterKind, studentRef: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CanteenRateDishMutationVariables = Exact<{
  input: RateDishInput;
}>;


export type CanteenRateDishMutation = { rateDish: { id: string, score: number } };

export type CanteenAddCanteenStaffMutationVariables = Exact<{
  input: AddCanteenStaffInput;
}>;


export type CanteenAddCanteenStaffMutation = { addCanteenStaff: { id: string, staffId: string, post: CanteenPost } };

export type CanteenSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type CanteenSettingsQuery = { canteenSettings: { districtId: string, bulkStapleCategories: Array<IngredientCategory>, sampleMinGrams: number, sampleKeepHours: number, certificateNoticeDays: number, breakfastEndsAt: string, lunchEndsAt: string, dinnerEndsAt: string, version: number, updatedAt: string | null } };

export type CanteenUpdateSettingsMutationVariables = Exact<{
  input: UpdateCanteenSettingsInput;
}>;


export type CanteenUpdateSettingsMutation = { updateCanteenSettings: { districtId: string, bulkStapleCategories: Array<IngredientCategory>, sampleMinGrams: number, sampleKeepHours: number, certificateNoticeDays: number, breakfastEndsAt: string, lunchEndsAt: string, dinnerEndsAt: string, version: number, updatedAt: string | null } };

export type CanteenDishQueryVariables = Exact<{
  id: string;
}>;


export type CanteenDishQuery = { dish: { id: string, name: string, note: string | null, allergens: Array<Allergen>, school: { id: string, name: string }, lines: Array<{ ingredientId: string, grams: string, ingredient: { id: string, name: string, foodCode: string } | null }>, nutrients: { energyKcal: number, proteinG: number, fatG: number, carbohydrateG: number, calciumMg: number, ironMg: number, vitaminAUgRae: number, vitaminCMg: number, sodiumMg: number } } };

export type CanteenDishesQueryVariables = Exact<{
  filter?: DishFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CanteenDishesQuery = { dishes: { nodes: Array<{ id: string, name: string, note: string | null, schoolId: string, allergens: Array<Allergen>, school: { id: string, name: string }, nutrients: { energyKcal: number, proteinG: number, calciumMg: number, sodiumMg: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CanteenDishIngredientOptionsQueryVariables = Exact<{
  filter?: IngredientFilter | null | undefined;
}>;


export type CanteenDishIngredientOptionsQuery = { ingredients: { nodes: Array<{ id: string, foodCode: string, name: string, ediblePercent: number, allergens: Array<Allergen>, energyKcal: number | null, proteinUg: number | null, fatUg: number | null, carbohydrateUg: number | null, calciumUg: number | null, ironUg: number | null, vitaminAUg: number | null, vitaminCUg: number | null, sodiumUg: number | null, forbidden: { id: string, reason: string } | null }> } };

export type CanteenCreateDishMutationVariables = Exact<{
  input: CreateDishInput;
}>;


export type CanteenCreateDishMutation = { createDish: { id: string, name: string } };

export type CanteenForbiddenFoodsQueryVariables = Exact<{ [key: string]: never; }>;


export type CanteenForbiddenFoodsQuery = { forbiddenFoods: Array<{ id: string, name: string, reason: string, foodCode: string | null, ingredientId: string | null, builtIn: boolean, createdAt: string }> };

export type CanteenAddForbiddenFoodMutationVariables = Exact<{
  input: AddForbiddenFoodInput;
}>;


export type CanteenAddForbiddenFoodMutation = { addForbiddenFood: { id: string } };

export type CanteenRemoveForbiddenFoodMutationVariables = Exact<{
  id: string;
}>;


export type CanteenRemoveForbiddenFoodMutation = { removeForbiddenFood: { id: string } };

export type CanteenIngredientsQueryVariables = Exact<{
  filter?: IngredientFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CanteenIngredientsQuery = { ingredients: { nodes: Array<{ id: string, foodCode: string, name: string, category: IngredientCategory, baseUnit: BaseUnit, pieceGrams: number | null, ediblePercent: number, allergens: Array<Allergen>, energyKcal: number | null, proteinUg: number | null, fatUg: number | null, carbohydrateUg: number | null, calciumUg: number | null, ironUg: number | null, vitaminAUg: number | null, vitaminCUg: number | null, sodiumUg: number | null, source: string, version: number, forbidden: { id: string, name: string, reason: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CanteenImportIngredientsMutationVariables = Exact<{
  input: ImportIngredientsInput;
}>;


export type CanteenImportIngredientsMutation = { importIngredients: { count: number, created: number, updated: number } };

export type CanteenPublicMenuQueryVariables = Exact<{
  canteenId: string;
  weekOf?: string | null | undefined;
}>;


export type CanteenPublicMenuQuery = { publishedMenu: { canteenId: string, canteenName: string, weekStart: string, ageGroup: StudentAgeGroup, publishedAt: string, days: Array<{ servedOn: string, meals: Array<{ meal: MealKind, dishes: Array<{ name: string, allergens: Array<string>, nutrients: { energyKcal: number, proteinG: number } }>, nutrients: { energyKcal: number, proteinG: number, fatG: number, carbohydrateG: number, calciumMg: number, ironMg: number, vitaminCMg: number, sodiumMg: number } }> }>, nutritionCheck: { passes: boolean, shortfalls: Array<{ message: string }> } } | null };

export type CanteenMenuCanteensQueryVariables = Exact<{ [key: string]: never; }>;


export type CanteenMenuCanteensQuery = { canteens: { nodes: Array<{ id: string, name: string, schoolId: string, school: { id: string, name: string } }> } };

export type CanteenMenuWeekFieldsFragment = { id: string, canteenId: string, schoolId: string, weekStart: string, ageGroup: StudentAgeGroup, status: MenuWeekStatus, version: number, publishedAt: string | null, days: Array<{ servedOn: string, meals: Array<{ meal: MealKind, dishes: Array<{ id: string, name: string, allergens: Array<Allergen> }>, nutrients: { energyKcal: number, proteinG: number, calciumMg: number, sodiumMg: number } }> }>, nutritionCheck: { ageGroup: StudentAgeGroup, passes: boolean, shortfalls: Array<{ measure: NutritionMeasure, planned: number, min: number | null, max: number | null, unit: string, servedOn: string | null, meal: MealKind | null, message: string }>, days: Array<{ servedOn: string, passes: boolean, meals: Array<{ meal: MealKind, passes: boolean }> }> } };

export type CanteenMenuWeekQueryVariables = Exact<{
  filter: MenuWeekFilter;
}>;


export type CanteenMenuWeekQuery = { menuWeeks: { nodes: Array<{ id: string, canteenId: string, schoolId: string, weekStart: string, ageGroup: StudentAgeGroup, status: MenuWeekStatus, version: number, publishedAt: string | null, days: Array<{ servedOn: string, meals: Array<{ meal: MealKind, dishes: Array<{ id: string, name: string, allergens: Array<Allergen> }>, nutrients: { energyKcal: number, proteinG: number, calciumMg: number, sodiumMg: number } }> }>, nutritionCheck: { ageGroup: StudentAgeGroup, passes: boolean, shortfalls: Array<{ measure: NutritionMeasure, planned: number, min: number | null, max: number | null, unit: string, servedOn: string | null, meal: MealKind | null, message: string }>, days: Array<{ servedOn: string, passes: boolean, meals: Array<{ meal: MealKind, passes: boolean }> }> } }> } };

export type CanteenMenuDishOptionsQueryVariables = Exact<{
  schoolId: string;
}>;


export type CanteenMenuDishOptionsQuery = { dishes: { nodes: Array<{ id: string, name: string, allergens: Array<Allergen> }> } };

export type CanteenSaveMenuWeekMutationVariables = Exact<{
  input: SaveMenuWeekInput;
}>;


export type CanteenSaveMenuWeekMutation = { saveMenuWeek: { id: string, canteenId: string, schoolId: string, weekStart: string, ageGroup: StudentAgeGroup, status: MenuWeekStatus, version: number, publishedAt: string | null, days: Array<{ servedOn: string, meals: Array<{ meal: MealKind, dishes: Array<{ id: string, name: string, allergens: Array<Allergen> }>, nutrients: { energyKcal: number, proteinG: number, calciumMg: number, sodiumMg: number } }> }>, nutritionCheck: { ageGroup: StudentAgeGroup, passes: boolean, shortfalls: Array<{ measure: NutritionMeasure, planned: number, min: number | null, max: number | null, unit: string, servedOn: string | null, meal: MealKind | null, message: string }>, days: Array<{ servedOn: string, passes: boolean, meals: Array<{ meal: MealKind, passes: boolean }> }> } } };

export type CanteenPublishMenuWeekMutationVariables = Exact<{
  input: PublishMenuWeekInput;
}>;


export type CanteenPublishMenuWeekMutation = { publishMenuWeek: { id: string, canteenId: string, schoolId: string, weekStart: string, ageGroup: StudentAgeGroup, status: MenuWeekStatus, version: number, publishedAt: string | null, days: Array<{ servedOn: string, meals: Array<{ meal: MealKind, dishes: Array<{ id: string, name: string, allergens: Array<Allergen> }>, nutrients: { energyKcal: number, proteinG: number, calciumMg: number, sodiumMg: number } }> }>, nutritionCheck: { ageGroup: StudentAgeGroup, passes: boolean, shortfalls: Array<{ measure: NutritionMeasure, planned: number, min: number | null, max: number | null, unit: string, servedOn: string | null, meal: MealKind | null, message: string }>, days: Array<{ servedOn: string, passes: boolean, meals: Array<{ meal: MealKind, passes: boolean }> }> } } };

export type CanteenStockSuppliersQueryVariables = Exact<{
  nameContains?: string | null | undefined;
}>;


export type CanteenStockSuppliersQuery = { suppliers: { nodes: Array<{ id: string, name: string, foodLicenceNumber: string | null, foodLicenceExpiresOn: string | null }> } };

export type CanteenIngredientSearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type CanteenIngredientSearchQuery = { ingredients: { nodes: Array<{ id: string, name: string, foodCode: string, category: IngredientCategory, baseUnit: BaseUnit, pieceGrams: number | null, forbidden: { id: string, name: string } | null }> } };

export type CanteenIngredientNameQueryVariables = Exact<{
  id: string;
}>;


export type CanteenIngredientNameQuery = { ingredient: { id: string, name: string, foodCode: string, category: IngredientCategory, baseUnit: BaseUnit, pieceGrams: number | null } };

export type CanteenBulkStaplesQueryVariables = Exact<{ [key: string]: never; }>;


export type CanteenBulkStaplesQuery = { canteenSettings: { districtId: string, bulkStapleCategories: Array<IngredientCategory> } };

export type CanteenRecordDeliveryMutationVariables = Exact<{
  input: RecordDeliveryInput;
}>;


export type CanteenRecordDeliveryMutation = { recordDelivery: { id: string, status: DeliveryStatus } };

export type CanteenDeliveryListQueryVariables = Exact<{
  filter?: DeliveryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CanteenDeliveryListQuery = { deliveries: { nodes: Array<{ id: string, deliveredOn: string, status: DeliveryStatus, invoiceNumber: string, secondInspectionRequired: boolean, createdAt: string, canteen: { id: string, name: string } | null, supplier: { id: string, name: string }, inspector: { id: string, name: string } | null, acceptedTotal: { yuan: string, fen: number }, deliveredTotal: { yuan: string, fen: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CanteenDeliveryDetailQueryVariables = Exact<{
  id: string;
}>;


export type CanteenDeliveryDetailQuery = { delivery: { id: string, schoolId: string, canteenId: string, deliveredOn: string, invoiceNumber: string, supplierLicenceNumber: string, status: DeliveryStatus, secondInspectionRequired: boolean, inspectorAccountId: string, secondInspectorAccountId: string | null, secondInspectedAt: string | null, retainUntil: string, remarks: string | null, version: number, createdAt: string, acceptedTotal: { yuan: string, fen: number }, deliveredTotal: { yuan: string, fen: number }, canteen: { id: string, name: string } | null, school: { id: string, name: string }, supplier: { id: string, name: string }, inspector: { id: string, name: string } | null, secondInspector: { id: string, name: string } | null, items: Array<{ id: string, lineNo: number, ingredientCategory: string, deliveredAmount: string, deliveredUnit: QuantityUnit, batchNumber: string, productionDate: string, shelfLifeDays: number | null, expiresOn: string | null, keptAt: StorageKind, arrivalTemperature: string | null, quarantineCertificateNumber: string | null, sensoryOk: boolean, sensoryNotes: string | null, status: DeliveryItemStatus, rejectionReason: string | null, quantity: { display: string }, unitPrice: { yuan: string, fen: number }, lineTotal: { yuan: string, fen: number }, ingredient: { id: string, name: string } | null, location: { id: string, name: string } | null, lot: { id: string, expiresOn: string | null, balanceQuantity: { display: string } } | null }>, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type CanteenSecondInspectDeliveryMutationVariables = Exact<{
  input: SecondInspectDeliveryInput;
}>;


export type CanteenSecondInspectDeliveryMutation = { secondInspectDelivery: { id: string, status: DeliveryStatus, secondInspectorAccountId: string | null, secondInspectedAt: string | null } };

export type CanteenStockLotsQueryVariables = Exact<{
  filter?: StockLotFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CanteenStockLotsQuery = { stockLots: { nodes: Array<{ id: string, canteenId: string, ingredientId: string, batchNumber: string | null, productionDate: string | null, expiresOn: string | null, receivedOn: string, expired: boolean, baseUnit: BaseUnit, balance: number, balanceQuantity: { display: string }, received: { display: string }, balanceCost: { yuan: string, fen: number }, location: { id: string, name: string, kind: StorageKind } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CanteenStockLotQueryVariables = Exact<{
  id: string;
}>;


export type CanteenStockLotQuery = { stockLot: { id: string, schoolId: string, canteenId: string, ingredientId: string, deliveryItemId: string | null, batchNumber: string | null, productionDate: string | null, expiresOn: string | null, receivedOn: string, expired: boolean, received: { display: string }, balanceQuantity: { display: string }, cost: { yuan: string, fen: number }, balanceCost: { yuan: string, fen: number }, location: { id: string, name: string, kind: StorageKind } | null, movements: Array<{ id: string, kind: StockMovementKind, at: string, reason: string | null, mealServiceId: string | null, sourceId: string | null, moved: { display: string }, cost: { yuan: string, fen: number } }> } };

export type CanteenOpenMealServicesQueryVariables = Exact<{
  canteenId: string;
  day: string;
}>;


export type CanteenOpenMealServicesQuery = { mealServices: { nodes: Array<{ id: string, servedOn: string, meal: MealKind, portionsPlannedStudents: number, portionsPlannedStaff: number, issuedCost: { yuan: string, fen: number } }> } };

export type CanteenIssueStockMutationVariables = Exact<{
  input: IssueStockInput;
}>;


export type CanteenIssueStockMutation = { issueStock: { mealServiceId: string, cost: { yuan: string, fen: number }, movements: Array<{ id: string, lotId: string, moved: { display: string }, cost: { yuan: string, fen: number }, lot: { id: string, ingredientId: string, batchNumber: string | null, expiresOn: string | null, balanceQuantity: { display: string }, location: { id: string, name: string } | null } | null }> } };

export type CanteenStocktakeListQueryVariables = Exact<{
  filter?: StocktakeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CanteenStocktakeListQuery = { stocktakes: { nodes: Array<{ id: string, schoolId: string, canteenId: string, status: StocktakeStatus, createdAt: string, openedByAccountId: string, submittedByAccountId: string | null, counts: Array<{ id: string, difference: number }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CanteenStocktakeQueryVariables = Exact<{
  id: string;
}>;


export type CanteenStocktakeQuery = { stocktake: { id: string, schoolId: string, canteenId: string, status: StocktakeStatus, version: number, createdAt: string, openedByAccountId: string, submittedByAccountId: string | null, counts: Array<{ id: string, lotId: string, baseUnit: BaseUnit, difference: number, countedAt: string, bookQuantity: { display: string }, counted: { display: string }, differenceQuantity: { display: string } }>, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type CanteenOpenStocktakeMutationVariables = Exact<{
  input: OpenStocktakeInput;
}>;


export type CanteenOpenStocktakeMutation = { openStocktake: { id: string, status: StocktakeStatus } };

export type CanteenRecordStocktakeCountsMutationVariables = Exact<{
  input: RecordStocktakeCountsInput;
}>;


export type CanteenRecordStocktakeCountsMutation = { recordStocktakeCounts: { id: string, status: StocktakeStatus, version: number } };

export type CanteenSubmitStocktakeMutationVariables = Exact<{
  input: SubmitStocktakeInput;
}>;


export type CanteenSubmitStocktakeMutation = { submitStocktake: { id: string, status: StocktakeStatus } };

export type CanteenApproveStocktakeMutationVariables = Exact<{
  input: StockDecisionInput;
}>;


export type CanteenApproveStocktakeMutation = { approveStocktake: { id: string, status: StocktakeStatus } };

export type CanteenRejectStocktakeMutationVariables = Exact<{
  input: StockDecisionInput;
}>;


export type CanteenRejectStocktakeMutation = { rejectStocktake: { id: string, status: StocktakeStatus } };

export type CanteenStockWriteOffQueryVariables = Exact<{
  id: string;
}>;


export type CanteenStockWriteOffQuery = { stockWriteOff: { id: string, schoolId: string, canteenId: string, lotId: string, status: StockWriteOffStatus, reason: string, requestedByAccountId: string, createdAt: string, quantityToWriteOff: { display: string }, lot: { id: string, ingredientId: string, batchNumber: string | null, expiresOn: string | null, expired: boolean, balanceQuantity: { display: string }, location: { id: string, name: string } | null } | null, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type CanteenApproveStockWriteOffMutationVariables = Exact<{
  input: StockDecisionInput;
}>;


export type CanteenApproveStockWriteOffMutation = { approveStockWriteOff: { id: string, status: StockWriteOffStatus } };

export type CanteenRejectStockWriteOffMutationVariables = Exact<{
  input: StockDecisionInput;
}>;


export type CanteenRejectStockWriteOffMutation = { rejectStockWriteOff: { id: string, status: StockWriteOffStatus } };

export type DistrictDashboardQueryVariables = Exact<{
  year: number;
  period: string;
  after?: string | null | undefined;
}>;


export type DistrictDashboardQuery = { districtBudgetComparison: { nodes: Array<{ schoolId: string, allocated: { fen: number, yuan: string }, committed: { fen: number, yuan: string }, spent: { fen: number, yuan: string }, remaining: { fen: number, yuan: string }, byCategory: Array<{ category: { id: string, code: string, name: string }, allocated: { fen: number }, spent: { fen: number }, remaining: { fen: number } }>, school: { id: string, name: string, studentCount: number, spentPerStudent: { fen: number, yuan: string } | null, accountBalances: { canteen: { fen: number, yuan: string } } | null, canteenStatement: { openingBalance: { fen: number }, mealFeeIncome: { fen: number }, foodCost: { fen: number }, closingBalance: { fen: number } } | null, canteenCompliance: { mealsServed: number, sampleCompliance: number | null, morningCheckCompliance: number | null, certificateCompliance: number | null, nutritionPassRate: number | null, accompaniedCoverage: number | null, costPerMeal: { fen: number } | null } | null, assetSummary: { cost: { fen: number }, netBookValue: { fen: number } }, meterReport: { studentCount: number | null, cost: { fen: number } } | null, printing: { printedPages: number, doubleSidedRatio: number | null, cost: { fen: number } } | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashboardRepairSummaryFieldsFragment = { from: string, to: string, reported: number, open: number, overdue: number, finished: number, finishedOnTime: number, dueTimeCompliancePercent: number | null, meanMinutesToRepair: number | null, ratings: number, averageRating: string | null, byStatus: Array<{ key: string, count: number }>, cost: { fen: number, yuan: string } };

export type SchoolRepairSummaryQueryVariables = Exact<{
  schoolId: string;
  from: string;
  to: string;
}>;


export type SchoolRepairSummaryQuery = { school: { id: string, repairSummary: { from: string, to: string, reported: number, open: number, overdue: number, finished: number, finishedOnTime: number, dueTimeCompliancePercent: number | null, meanMinutesToRepair: number | null, ratings: number, averageRating: string | null, byStatus: Array<{ key: string, count: number }>, cost: { fen: number, yuan: string } } } };

export type DistrictRepairSummaryQueryVariables = Exact<{
  from: string;
  to: string;
  after?: string | null | undefined;
}>;


export type DistrictRepairSummaryQuery = { schools: { nodes: Array<{ id: string, repairSummary: { from: string, to: string, reported: number, open: number, overdue: number, finished: number, finishedOnTime: number, dueTimeCompliancePercent: number | null, meanMinutesToRepair: number | null, ratings: number, averageRating: string | null, byStatus: Array<{ key: string, count: number }>, cost: { fen: number, yuan: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SafetyDashboardQueryVariables = Exact<{
  from: string;
  to: string;
  after?: string | null | undefined;
}>;


export type SafetyDashboardQuery = { schools: { nodes: Array<{ id: string, name: string, drillGaps: Array<string>, hazardSummary: { open: number, openMajor: number, overdue: number, openOverMonth: number, reported: number, rectified: number, meanHoursToRectify: number | null, byLevel: Array<{ level: HazardLevel, overdue: number }> }, inspectionCompletion: Array<{ due: number, submitted: number, late: number }>, patrolCompletion: Array<{ expected: number, covered: number }>, equipmentSummary: { inService: number, ok: number, expired: number, compliance: string }, trainingSummary: { required: number, valid: number, expired: number, missing: number, compliance: string }, incidentSummary: { incidents: number, serious: number, injured: number, reportedLate: number, perThousandStudents: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashboardJournalEntriesQueryVariables = Exact<{
  filter?: JournalEntryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DashboardJournalEntriesQuery = { journalEntries: { nodes: Array<{ id: string, fund: Fund, entryDate: string, period: string, memo: string, sourceType: string, reversesEntryId: string | null, lines: Array<{ id: string, account: LedgerAccount, categoryId: string | null, debit: { fen: number }, credit: { fen: number } }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SchoolDashboardQueryVariables = Exact<{
  schoolId: string;
  year: number;
  period: string;
}>;


export type SchoolDashboardQuery = { school: { id: string, name: string, studentCount: number, spentPerStudent: { fen: number, yuan: string } | null, accountBalances: { school: { fen: number, yuan: string }, canteen: { fen: number, yuan: string } } | null, budgetExecution: Array<{ category: { id: string, code: string, name: string }, allocated: { fen: number }, committed: { fen: number }, spent: { fen: number }, remaining: { fen: number }, spentByMonth: Array<{ fen: number }> }> | null, canteenCompliance: { mealsServed: number, sampleCompliance: number | null, morningCheckCompliance: number | null, certificateCompliance: number | null, nutritionPassRate: number | null, accompaniedCoverage: number | null, costPerMeal: { fen: number } | null } | null, assetSummary: { cost: { fen: number }, netBookValue: { fen: number } }, meterReport: { studentCount: number | null, cost: { fen: number } } | null, printing: { printedPages: number, doubleSidedRatio: number | null, cost: { fen: number } } | null, canteenStatement: { period: string, openingBalance: { fen: number }, mealFeeIncome: { fen: number }, otherIncome: { fen: number }, foodCost: { fen: number }, otherExpense: { fen: number }, closingBalance: { fen: number } } | null } };

export type CanteenStatementPrintQueryVariables = Exact<{
  schoolId: string;
  period: string;
}>;


export type CanteenStatementPrintQuery = { school: { id: string, name: string, canteenCompliance: { mealsServed: number, sampleCompliance: number | null, morningCheckCompliance: number | null, certificateCompliance: number | null, nutritionPassRate: number | null, accompaniedCoverage: number | null, costPerMeal: { fen: number } | null } | null, canteenStatement: { period: string, openingBalance: { fen: number }, mealFeeIncome: { fen: number }, otherIncome: { fen: number }, foodCost: { fen: number }, otherExpense: { fen: number }, closingBalance: { fen: number } } | null } };

export type DashboardSchoolsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardSchoolsQuery = { schools: { nodes: Array<{ id: string, name: string }> } };

export type AdminSchoolNameQueryVariables = Exact<{
  id: string;
}>;


export type AdminSchoolNameQuery = { school: { id: string, name: string } };

export type AdminSchoolOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type AdminSchoolOptionsQuery = { schools: { nodes: Array<{ id: string, code: string, name: string, active: boolean }> } };

export type AdminCreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type AdminCreateAccountMutation = { createAccount: { id: string, username: string } };

export type AdminGrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type AdminGrantRoleMutation = { grantRole: { id: string, roles: Array<{ id: string, role: Role, schoolId: string | null, school: { id: string, name: string } | null }> } };

export type AdminDeactivateAccountMutationVariables = Exact<{
  input: DeactivateAccountInput;
}>;


export type AdminDeactivateAccountMutation = { deactivateAccount: { id: string, active: boolean } };

export type AdminStaffOptionsQueryVariables = Exact<{
  nameContains?: string | null | undefined;
}>;


export type AdminStaffOptionsQuery = { staff: { nodes: Array<{ id: string, name: string, employeeNumber: string, school: { id: string, name: string } }> } };

export type AdminAccountsQueryVariables = Exact<{
  filter?: AccountFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminAccountsQuery = { accounts: { nodes: Array<{ id: string, username: string, displayName: string, active: boolean, lastLoginAt: string | null, createdAt: string, staff: { id: string, name: string } | null, roles: Array<{ id: string, role: Role, schoolId: string | null, school: { id: string, name: string } | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminRevokeRoleMutationVariables = Exact<{
  input: RevokeRoleInput;
}>;


export type AdminRevokeRoleMutation = { revokeRole: { id: string, roles: Array<{ id: string, role: Role, schoolId: string | null, school: { id: string, name: string } | null }> } };

export type AdminDirectoryDeadLettersQueryVariables = Exact<{
  filter?: DeadLetterFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminDirectoryDeadLettersQuery = { directoryDeadLetters: { nodes: Array<{ id: string, eventId: string, type: string, schoolId: string | null, error: string, attempts: number, parkedAt: string, replayedAt: string | null, payload: string, school: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminFinanceDeadLettersQueryVariables = Exact<{
  filter?: DeadLetterFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminFinanceDeadLettersQuery = { financeDeadLetters: { nodes: Array<{ id: string, eventId: string, type: string, schoolId: string | null, error: string, attempts: number, parkedAt: string, replayedAt: string | null, payload: string, school: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminReplayDirectoryDeadLetterMutationVariables = Exact<{
  id: string;
}>;


export type AdminReplayDirectoryDeadLetterMutation = { replayDirectoryDeadLetter: { outcome: DeadLetterReplayOutcome, error: string | null, deadLetter: { id: string, error: string, attempts: number, replayedAt: string | null } } };

export type AdminReplayFinanceDeadLetterMutationVariables = Exact<{
  id: string;
}>;


export type AdminReplayFinanceDeadLetterMutation = { replayFinanceDeadLetter: { outcome: DeadLetterReplayOutcome, error: string | null, deadLetter: { id: string, error: string, attempts: number, replayedAt: string | null } } };

export type AdminCreateCampusMutationVariables = Exact<{
  input: CreateCampusInput;
}>;


export type AdminCreateCampusMutation = { createCampus: { id: string, name: string, schoolId: string } };

export type AdminMoveCampusMutationVariables = Exact<{
  input: MoveCampusInput;
}>;


export type AdminMoveCampusMutation = { moveCampus: { id: string, schoolId: string, school: { id: string, name: string } } };

export type AdminSchoolQueryVariables = Exact<{
  id: string;
}>;


export type AdminSchoolQuery = { school: { id: string, code: string, name: string, kind: SchoolKind, address: string | null, studentCount: number, active: boolean, timeZone: string, version: number, createdAt: string, updatedAt: string, campuses: Array<{ id: string, name: string, address: string | null, active: boolean, history: Array<{ id: string, schoolId: string, fromDate: string, toDate: string | null, reason: string | null, school: { id: string, name: string } | null }> }> } };

export type AdminCreateSchoolMutationVariables = Exact<{
  input: CreateSchoolInput;
}>;


export type AdminCreateSchoolMutation = { createSchool: { id: string, code: string, name: string, kind: SchoolKind, address: string | null, studentCount: number, active: boolean, timeZone: string, version: number } };

export type AdminUpdateSchoolMutationVariables = Exact<{
  input: UpdateSchoolInput;
}>;


export type AdminUpdateSchoolMutation = { updateSchool: { id: string, name: string, kind: SchoolKind, address: string | null, studentCount: number, active: boolean, version: number, updatedAt: string } };

export type AdminSchoolsQueryVariables = Exact<{
  filter?: SchoolFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminSchoolsQuery = { schools: { nodes: Array<{ id: string, code: string, name: string, kind: SchoolKind, address: string | null, studentCount: number, active: boolean, timeZone: string, version: number, campuses: Array<{ id: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminWebhookEndpointQueryVariables = Exact<{
  id: string;
}>;


export type AdminWebhookEndpointQuery = { webhookEndpoint: { id: string, name: string, url: string, eventTypes: Array<string>, schoolId: string | null, format: WebhookFormat, status: WebhookEndpointStatus, pausedReason: string | null, pausedAt: string | null, consecutiveFailures: number, secretHint: string, robotSigned: boolean, version: number, createdAt: string, updatedAt: string } };

export type AdminWebhookDeliveriesQueryVariables = Exact<{
  endpointId: string;
  status?: WebhookDeliveryStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminWebhookDeliveriesQuery = { webhookDeliveries: { nodes: Array<{ id: string, eventId: string, eventType: string, occurredAt: string, body: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string | null, lastAttemptAt: string | null, lastStatusCode: number | null, lastError: string | null, deliveredAt: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminPauseWebhookEndpointMutationVariables = Exact<{
  input: PauseWebhookEndpointInput;
}>;


export type AdminPauseWebhookEndpointMutation = { pauseWebhookEndpoint: { id: string, status: WebhookEndpointStatus, pausedReason: string | null, pausedAt: string | null, version: number } };

export type AdminResumeWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointVersionInput;
}>;


export type AdminResumeWebhookEndpointMutation = { resumeWebhookEndpoint: { id: string, status: WebhookEndpointStatus, pausedReason: string | null, pausedAt: string | null, consecutiveFailures: number, version: number } };

export type AdminRotateWebhookSecretMutationVariables = Exact<{
  input: WebhookEndpointVersionInput;
}>;


export type AdminRotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string, endpoint: { id: string, secretHint: string, version: number } } };

export type AdminDeleteWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointVersionInput;
}>;


export type AdminDeleteWebhookEndpointMutation = { deleteWebhookEndpoint: string };

export type AdminCreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type AdminCreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, name: string, url: string, eventTypes: Array<string>, schoolId: string | null, format: WebhookFormat, status: WebhookEndpointStatus, consecutiveFailures: number, secretHint: string, robotSigned: boolean, version: number } } };

export type AdminUpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type AdminUpdateWebhookEndpointMutation = { updateWebhookEndpoint: { id: string, name: string, url: string, eventTypes: Array<string>, schoolId: string | null, format: WebhookFormat, robotSigned: boolean, version: number, updatedAt: string } };

export type AdminWebhookEndpointsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminWebhookEndpointsQuery = { webhookEndpoints: { nodes: Array<{ id: string, name: string, url: string, eventTypes: Array<string>, schoolId: string | null, format: WebhookFormat, status: WebhookEndpointStatus, pausedReason: string | null, consecutiveFailures: number, secretHint: string, version: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StaffRegisterQueryVariables = Exact<{
  filter?: StaffFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffRegisterQuery = { staff: { nodes: Array<{ id: string, name: string, employeeNumber: string, phone: string | null, active: boolean, posts: Array<StaffPost>, school: { id: string, name: string }, campus: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ImportStaffRegisterMutationVariables = Exact<{
  input: ImportStaffInput;
}>;


export type ImportStaffRegisterMutation = { importStaff: { count: number } };

export type FacilitiesAssetsQueryVariables = Exact<{
  filter?: AssetFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesAssetsQuery = { assets: { nodes: Array<{ id: string, schoolId: string, tagNumber: string, name: string, classCode: string, model: string | null, serialNumber: string | null, acquiredOn: string, status: AssetStatus, roomId: string | null, custodianStaffId: string | null, cost: { yuan: string, fen: number }, netBookValue: { yuan: string, fen: number }, accumulatedDepreciation: { yuan: string, fen: number }, assetClass: { code: string, nameZh: string, nameEn: string } | null, room: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null, custodian: { id: string, name: string, employeeNumber: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesAssetClassesQueryVariables = Exact<{ [key: string]: never; }>;


export type FacilitiesAssetClassesQuery = { assetClasses: Array<{ code: string, nameZh: string, nameEn: string, parentCode: string | null, usefulLifeYears: number | null, registrable: boolean }> };

export type FacilitiesAssetRoomsQueryVariables = Exact<{
  schoolId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesAssetRoomsQuery = { rooms: { nodes: Array<{ id: string, number: string, name: string, qrCode: string, building: { id: string, name: string }, campus: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesAssetStaffQueryVariables = Exact<{
  schoolId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesAssetStaffQuery = { staff: { nodes: Array<{ id: string, name: string, employeeNumber: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesImportAssetsMutationVariables = Exact<{
  input: ImportAssetsInput;
}>;


export type FacilitiesImportAssetsMutation = { importAssets: { count: number } };

export type FacilitiesRegisterAssetMutationVariables = Exact<{
  input: RegisterAssetInput;
}>;


export type FacilitiesRegisterAssetMutation = { registerAsset: { id: string, tagNumber: string } };

export type FacilitiesAssetQueryVariables = Exact<{
  id: string;
}>;


export type FacilitiesAssetQuery = { asset: { id: string, schoolId: string, tagNumber: string, name: string, classCode: string, model: string | null, serialNumber: string | null, acquiredOn: string, usefulLifeMonths: number, purchaseRequestId: string | null, status: AssetStatus, disposedOn: string | null, roomId: string | null, custodianStaffId: string | null, version: number, createdAt: string, cost: { yuan: string, fen: number }, monthlyDepreciation: { yuan: string, fen: number }, accumulatedDepreciation: { yuan: string, fen: number }, netBookValue: { yuan: string, fen: number }, assetClass: { code: string, nameZh: string, nameEn: string } | null, room: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null, custodian: { id: string, name: string, employeeNumber: string } | null, history: Array<{ id: string, kind: AssetEventKind, fromRoomId: string | null, toRoomId: string | null, fromCustodianStaffId: string | null, toCustodianStaffId: string | null, fromStatus: AssetStatus | null, toStatus: AssetStatus | null, reason: string | null, source: AssetEventSource, occurredAt: string }>, disposals: Array<{ id: string, status: AssetDisposalStatus, method: AssetDisposalMethod, reason: string, nextApprovalRole: AssetDisposalApproverRole | null, createdAt: string, netBookValue: { yuan: string, fen: number } }> } };

export type FacilitiesMoveAssetMutationVariables = Exact<{
  input: MoveAssetInput;
}>;


export type FacilitiesMoveAssetMutation = { moveAsset: { id: string, version: number } };

export type FacilitiesChangeAssetStatusMutationVariables = Exact<{
  input: ChangeAssetStatusInput;
}>;


export type FacilitiesChangeAssetStatusMutation = { changeAssetStatus: { id: string, status: AssetStatus, version: number } };

export type FacilitiesRequestAssetDisposalMutationVariables = Exact<{
  input: RequestAssetDisposalInput;
}>;


export type FacilitiesRequestAssetDisposalMutation = { requestAssetDisposal: { id: string, status: AssetDisposalStatus } };

export type FacilitiesAssetDisposalsQueryVariables = Exact<{
  filter?: AssetDisposalFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesAssetDisposalsQuery = { assetDisposals: { nodes: Array<{ id: string, schoolId: string, assetId: string, status: AssetDisposalStatus, method: AssetDisposalMethod, source: AssetDisposalSource, reason: string, nextApprovalRole: AssetDisposalApproverRole | null, createdAt: string, netBookValue: { yuan: string, fen: number }, cost: { yuan: string, fen: number }, asset: { id: string, tagNumber: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesAssetDisposalQueryVariables = Exact<{
  id: string;
}>;


export type FacilitiesAssetDisposalQuery = { assetDisposal: { id: string, schoolId: string, assetId: string, status: AssetDisposalStatus, method: AssetDisposalMethod, source: AssetDisposalSource, reason: string, valuationMonth: string, approvalRoles: Array<AssetDisposalApproverRole>, approvedCount: number, nextApprovalRole: AssetDisposalApproverRole | null, requesterAccountId: string, disposedOn: string | null, decidedAt: string | null, createdAt: string, version: number, viewerActions: Array<AssetDisposalViewerAction>, expectedProceeds: { yuan: string, fen: number }, cost: { yuan: string, fen: number }, accumulatedDepreciation: { yuan: string, fen: number }, netBookValue: { yuan: string, fen: number }, approvalValue: { yuan: string, fen: number }, asset: { id: string, tagNumber: string, name: string, status: AssetStatus } | null, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type FacilitiesApproveAssetDisposalMutationVariables = Exact<{
  input: ApproveAssetDisposalInput;
}>;


export type FacilitiesApproveAssetDisposalMutation = { approveAssetDisposal: { id: string, status: AssetDisposalStatus, nextApprovalRole: AssetDisposalApproverRole | null } };

export type FacilitiesRejectAssetDisposalMutationVariables = Exact<{
  input: RejectAssetDisposalInput;
}>;


export type FacilitiesRejectAssetDisposalMutation = { rejectAssetDisposal: { id: string, status: AssetDisposalStatus } };

export type FacilitiesCancelAssetDisposalMutationVariables = Exact<{
  input: CancelAssetDisposalInput;
}>;


export type FacilitiesCancelAssetDisposalMutation = { cancelAssetDisposal: { id: string, status: AssetDisposalStatus } };

export type FacilitiesMaintenanceScheduleFieldsFragment = { id: string, schoolId: string, title: string, templateCode: string | null, category: WorkOrderCategory, assetId: string | null, roomId: string | null, buildingId: string | null, frequency: MaintenanceFrequency, interval: number, basis: MaintenanceBasis, startsOn: string, leadDays: number, nextDueOn: string | null, lastCompletedOn: string | null, active: boolean, rule: string, version: number, checklist: Array<{ label: string, kind: ChecklistItemKind, min: string | null, max: string | null, unit: string | null }> };

export type FacilitiesMaintenanceSchedulesQueryVariables = Exact<{
  schoolId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesMaintenanceSchedulesQuery = { maintenanceSchedules: { nodes: Array<{ id: string, schoolId: string, title: string, templateCode: string | null, category: WorkOrderCategory, assetId: string | null, roomId: string | null, buildingId: string | null, frequency: MaintenanceFrequency, interval: number, basis: MaintenanceBasis, startsOn: string, leadDays: number, nextDueOn: string | null, lastCompletedOn: string | null, active: boolean, rule: string, version: number, checklist: Array<{ label: string, kind: ChecklistItemKind, min: string | null, max: string | null, unit: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesMaintenanceScheduleQueryVariables = Exact<{
  id: string;
}>;


export type FacilitiesMaintenanceScheduleQuery = { maintenanceSchedule: { id: string, schoolId: string, title: string, templateCode: string | null, category: WorkOrderCategory, assetId: string | null, roomId: string | null, buildingId: string | null, frequency: MaintenanceFrequency, interval: number, basis: MaintenanceBasis, startsOn: string, leadDays: number, nextDueOn: string | null, lastCompletedOn: string | null, active: boolean, rule: string, version: number, checklist: Array<{ label: string, kind: ChecklistItemKind, min: string | null, max: string | null, unit: string | null }> } };

export type FacilitiesMaintenanceTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type FacilitiesMaintenanceTemplatesQuery = { maintenanceTemplates: Array<{ code: string, title: string, rule: string, basisNote: string }> };

export type FacilitiesChecklistAnswerFieldsFragment = { item: number, passed: boolean, value: string | null, photoRef: string | null };

export type FacilitiesMaintenanceCalendarQueryVariables = Exact<{
  schoolId: string;
  from: string;
  to: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesMaintenanceCalendarQuery = { maintenanceCalendar: { nodes: Array<{ id: string, scheduleId: string, dueOn: string, workOrderId: string, openedAt: string, completedOn: string | null, workOrder: { id: string, title: string, status: WorkOrderStatus, overdue: boolean, dueAt: string, assignees: Array<{ id: string, name: string }> } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesWorkOrderOccurrenceQueryVariables = Exact<{
  schoolId: string;
  from: string;
  to: string;
}>;


export type FacilitiesWorkOrderOccurrenceQuery = { maintenanceCalendar: { nodes: Array<{ id: string, scheduleId: string, dueOn: string, workOrderId: string, completedOn: string | null, checklistAnswers: Array<{ item: number, passed: boolean, value: string | null, photoRef: string | null }> | null }> } };

export type FacilitiesMaintenanceBuildingsQueryVariables = Exact<{
  schoolId: string;
}>;


export type FacilitiesMaintenanceBuildingsQuery = { buildings: { nodes: Array<{ id: string, name: string }> } };

export type FacilitiesCreateMaintenanceScheduleMutationVariables = Exact<{
  input: CreateMaintenanceScheduleInput;
}>;


export type FacilitiesCreateMaintenanceScheduleMutation = { createMaintenanceSchedule: { id: string, schoolId: string, title: string, templateCode: string | null, category: WorkOrderCategory, assetId: string | null, roomId: string | null, buildingId: string | null, frequency: MaintenanceFrequency, interval: number, basis: MaintenanceBasis, startsOn: string, leadDays: number, nextDueOn: string | null, lastCompletedOn: string | null, active: boolean, rule: string, version: number, checklist: Array<{ label: string, kind: ChecklistItemKind, min: string | null, max: string | null, unit: string | null }> } };

export type FacilitiesSetMaintenanceScheduleActiveMutationVariables = Exact<{
  input: SetMaintenanceScheduleActiveInput;
}>;


export type FacilitiesSetMaintenanceScheduleActiveMutation = { setMaintenanceScheduleActive: { id: string, schoolId: string, title: string, templateCode: string | null, category: WorkOrderCategory, assetId: string | null, roomId: string | null, buildingId: string | null, frequency: MaintenanceFrequency, interval: number, basis: MaintenanceBasis, startsOn: string, leadDays: number, nextDueOn: string | null, lastCompletedOn: string | null, active: boolean, rule: string, version: number, checklist: Array<{ label: string, kind: ChecklistItemKind, min: string | null, max: string | null, unit: string | null }> } };

export type FacilitiesRecordMaintenanceChecklistMutationVariables = Exact<{
  input: RecordMaintenanceChecklistInput;
}>;


export type FacilitiesRecordMaintenanceChecklistMutation = { recordMaintenanceChecklist: { id: string, scheduleId: string, dueOn: string, workOrderId: string, completedOn: string | null, checklistAnswers: Array<{ item: number, passed: boolean, value: string | null, photoRef: string | null }> | null } };

export type FacilitiesMetersQueryVariables = Exact<{
  filter?: UtilityMeterFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesMetersQuery = { utilityMeters: { nodes: Array<{ id: string, schoolId: string, utility: Utility, name: string, serialNumber: string, unit: string, multiplier: number, active: boolean, lastValue: string | null, lastReadAt: string | null, building: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesMeterQueryVariables = Exact<{
  id: string;
  dayFrom: string;
  monthFrom: string;
  to: string;
}>;


export type FacilitiesMeterQuery = { utilityMeter: { id: string, schoolId: string, utility: Utility, name: string, serialNumber: string, unit: string, multiplier: number, active: boolean, installedOn: string, lastValue: string | null, lastReadAt: string | null, building: { id: string, name: string } | null }, daily: { unit: string, unitPriceYuan: string, total: string, cost: { yuan: string, fen: number }, periods: Array<{ period: string, consumption: string, complete: boolean, cost: { yuan: string, fen: number } }> }, monthly: { unit: string, total: string, cost: { yuan: string, fen: number }, periods: Array<{ period: string, consumption: string, complete: boolean, cost: { yuan: string, fen: number } }> } };

export type FacilitiesMeterReadingsQueryVariables = Exact<{
  meterId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesMeterReadingsQuery = { meterReadings: { nodes: Array<{ id: string, readAt: string, value: string, source: MeterReadingSource, note: string | null, createdAt: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesMeterAnomaliesQueryVariables = Exact<{
  filter?: MeterAnomalyFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesMeterAnomaliesQuery = { meterAnomalies: { nodes: Array<{ id: string, meterId: string, utility: Utility, kind: MeterAnomalyKind, fromAt: string, toAt: string, suspectedLeak: boolean, consumption: string, baseline: string | null, createdAt: string, meter: { id: string, name: string, unit: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesRecordMeterReadingMutationVariables = Exact<{
  input: RecordMeterReadingInput;
}>;


export type FacilitiesRecordMeterReadingMutation = { recordMeterReading: { reading: { id: string, readAt: string, value: string }, meter: { id: string, lastValue: string | null, lastReadAt: string | null }, anomalies: Array<{ id: string, kind: MeterAnomalyKind, suspectedLeak: boolean }> } };

export type FacilitiesMeterReportQueryVariables = Exact<{
  schoolId: string;
  month: string;
}>;


export type FacilitiesMeterReportQuery = { school: { id: string, name: string, studentCount: number, meterReport: { month: string, studentCount: number | null, cost: { yuan: string, fen: number }, lines: Array<{ meterId: string, utility: Utility, unit: string, consumption: string, complete: boolean, cost: { yuan: string, fen: number }, meter: { id: string, name: string, serialNumber: string } }>, totals: Array<{ utility: Utility, unit: string, consumption: string, consumptionPerStudent: string | null, meterCount: number, cost: { yuan: string, fen: number }, costPerStudent: { yuan: string, fen: number } | null }> } | null } };

export type FacilitiesPatrolRouteFieldsFragment = { id: string, schoolId: string, name: string, windowStart: string, windowEnd: string, active: boolean, version: number, createdAt: string, checkpoints: Array<{ order: number, roomId: string }> };

export type FacilitiesPatrolRoutesQueryVariables = Exact<{
  schoolId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesPatrolRoutesQuery = { patrolRoutes: { nodes: Array<{ id: string, schoolId: string, name: string, windowStart: string, windowEnd: string, active: boolean, version: number, createdAt: string, checkpoints: Array<{ order: number, roomId: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesPatrolRowFieldsFragment = { id: string, schoolId: string, routeId: string, patrollerAccountId: string, patrollerStaffId: string | null, status: PatrolStatus, startedAt: string, finishedAt: string | null, inWindow: boolean, expectedCount: number, scannedCount: number | null, missedCount: number | null, outOfOrderCount: number | null, version: number, route: { id: string, name: string } | null };

export type FacilitiesPatrolsQueryVariables = Exact<{
  schoolId?: string | null | undefined;
  routeId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesPatrolsQuery = { patrols: { nodes: Array<{ id: string, schoolId: string, routeId: string, patrollerAccountId: string, patrollerStaffId: string | null, status: PatrolStatus, startedAt: string, finishedAt: string | null, inWindow: boolean, expectedCount: number, scannedCount: number | null, missedCount: number | null, outOfOrderCount: number | null, version: number, route: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesPatrolScanFieldsFragment = { id: string, patrolId: string, seq: number, roomId: string, checkpointOrder: number | null, outOfOrder: boolean, issue: string | null, workOrderId: string | null, scannedAt: string };

export type FacilitiesPatrolWalkFieldsFragment = { id: string, schoolId: string, routeId: string, patrollerAccountId: string, patrollerStaffId: string | null, status: PatrolStatus, startedAt: string, finishedAt: string | null, inWindow: boolean, expectedCount: number, scannedCount: number | null, missedCount: number | null, outOfOrderCount: number | null, version: number, scans: Array<{ id: string, patrolId: string, seq: number, roomId: string, checkpointOrder: number | null, outOfOrder: boolean, issue: string | null, workOrderId: string | null, scannedAt: string }>, route: { id: string, name: string } | null };

export type FacilitiesRouteWalksQueryVariables = Exact<{
  routeId: string;
}>;


export type FacilitiesRouteWalksQuery = { patrols: { nodes: Array<{ id: string, schoolId: string, routeId: string, patrollerAccountId: string, patrollerStaffId: string | null, status: PatrolStatus, startedAt: string, finishedAt: string | null, inWindow: boolean, expectedCount: number, scannedCount: number | null, missedCount: number | null, outOfOrderCount: number | null, version: number, scans: Array<{ id: string, patrolId: string, seq: number, roomId: string, checkpointOrder: number | null, outOfOrder: boolean, issue: string | null, workOrderId: string | null, scannedAt: string }>, route: { id: string, name: string } | null }> } };

export type FacilitiesCreatePatrolRouteMutationVariables = Exact<{
  input: CreatePatrolRouteInput;
}>;


export type FacilitiesCreatePatrolRouteMutation = { createPatrolRoute: { id: string, schoolId: string, name: string, windowStart: string, windowEnd: string, active: boolean, version: number, createdAt: string, checkpoints: Array<{ order: number, roomId: string }> } };

export type FacilitiesStartPatrolMutationVariables = Exact<{
  input: StartPatrolInput;
}>;


export type FacilitiesStartPatrolMutation = { startPatrol: { id: string, schoolId: string, routeId: string, patrollerAccountId: string, patrollerStaffId: string | null, status: PatrolStatus, startedAt: string, finishedAt: string | null, inWindow: boolean, expectedCount: number, scannedCount: number | null, missedCount: number | null, outOfOrderCount: number | null, version: number, scans: Array<{ id: string, patrolId: string, seq: number, roomId: string, checkpointOrder: number | null, outOfOrder: boolean, issue: string | null, workOrderId: string | null, scannedAt: string }>, route: { id: string, name: string } | null } };

export type FacilitiesRecordPatrolScanMutationVariables = Exact<{
  input: RecordPatrolScanInput;
}>;


export type FacilitiesRecordPatrolScanMutation = { recordPatrolScan: { id: string, patrolId: string, seq: number, roomId: string, checkpointOrder: number | null, outOfOrder: boolean, issue: string | null, workOrderId: string | null, scannedAt: string } };

export type FacilitiesFinishPatrolMutationVariables = Exact<{
  input: FinishPatrolInput;
}>;


export type FacilitiesFinishPatrolMutation = { finishPatrol: { id: string, schoolId: string, routeId: string, patrollerAccountId: string, patrollerStaffId: string | null, status: PatrolStatus, startedAt: string, finishedAt: string | null, inWindow: boolean, expectedCount: number, scannedCount: number | null, missedCount: number | null, outOfOrderCount: number | null, version: number, scans: Array<{ id: string, patrolId: string, seq: number, roomId: string, checkpointOrder: number | null, outOfOrder: boolean, issue: string | null, workOrderId: string | null, scannedAt: string }>, route: { id: string, name: string } | null } };

export type FacilitiesPlacesTreeQueryVariables = Exact<{
  schoolId?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesPlacesTreeQuery = { buildings: { nodes: Array<{ id: string, schoolId: string, campusId: string, name: string, floorsAbove: number, floorsBelow: number, campus: { id: string, name: string }, floors: Array<{ floor: number, rooms: Array<{ id: string, number: string, name: string, kind: RoomKind, capacity: number | null, qrCode: string, qrPayload: string }> }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesCreateBuildingMutationVariables = Exact<{
  input: CreateBuildingInput;
}>;


export type FacilitiesCreateBuildingMutation = { createBuilding: { id: string, name: string } };

export type FacilitiesCreateRoomMutationVariables = Exact<{
  input: CreateRoomInput;
}>;


export type FacilitiesCreateRoomMutation = { createRoom: { id: string, number: string, name: string } };

export type FacilitiesRoomByQrQueryVariables = Exact<{
  code: string;
}>;


export type FacilitiesRoomByQrQuery = { roomByQrCode: { id: string, number: string, name: string, kind: RoomKind, floor: number, capacity: number | null, qrPayload: string, building: { id: string, name: string }, campus: { id: string, name: string }, school: { id: string, name: string } } };

export type FacilitiesCampusOptionsQueryVariables = Exact<{
  schoolId: string;
}>;


export type FacilitiesCampusOptionsQuery = { school: { id: string, campuses: Array<{ id: string, name: string, active: boolean }> } };

export type FacilitiesPrintCentreQueryVariables = Exact<{
  schoolId: string;
  month: string;
}>;


export type FacilitiesPrintCentreQuery = { printCharges: Array<{ departmentId: string, departmentName: string, jobs: number, sheets: number, printedPages: number, doubleSidedPages: number, doubleSidedRatio: number | null, cost: { yuan: string, fen: number } }>, printPrices: Array<{ paperSize: PaperSize, colour: boolean, effectiveFrom: string | null, isDefault: boolean, pricePerPage: { yuan: string, fen: number } }> };

export type FacilitiesPrintJobsQueryVariables = Exact<{
  filter: PrintJobFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesPrintJobsQuery = { printJobs: { nodes: Array<{ id: string, kind: PrintJobKind, departmentId: string, requestedByStaffId: string, title: string, pages: number, copies: number, paperSize: PaperSize, duplex: boolean, colour: boolean, printedAt: string, printedPages: number, sheets: number, reason: string | null, cost: { yuan: string, fen: number }, pricePerPage: { yuan: string, fen: number }, voidedBy: { id: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesPrintLookupsQueryVariables = Exact<{
  schoolId: string;
}>;


export type FacilitiesPrintLookupsQuery = { departments: { nodes: Array<{ id: string, name: string, code: string | null }> }, staff: { nodes: Array<{ id: string, name: string, employeeNumber: string }> } };

export type FacilitiesRecordPrintJobMutationVariables = Exact<{
  input: RecordPrintJobInput;
}>;


export type FacilitiesRecordPrintJobMutation = { recordPrintJob: { id: string, cost: { yuan: string, fen: number } } };

export type FacilitiesVoidPrintJobMutationVariables = Exact<{
  input: VoidPrintJobInput;
}>;


export type FacilitiesVoidPrintJobMutation = { voidPrintJob: { id: string } };

export type FacilitiesSetPrintPricesMutationVariables = Exact<{
  input: SetPrintPricesInput;
}>;


export type FacilitiesSetPrintPricesMutation = { setPrintPrices: Array<{ paperSize: PaperSize, colour: boolean, effectiveFrom: string | null, isDefault: boolean, pricePerPage: { yuan: string, fen: number } }> };

export type FacilitiesWorkOrderRowFieldsFragment = { id: string, schoolId: string, title: string, category: WorkOrderCategory, priority: WorkOrderPriority, safety: boolean, status: WorkOrderStatus, source: WorkOrderSource, reportedAt: string, dueAt: string, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, estimate: { yuan: string, fen: number } | null, room: { id: string, number: string, name: string, building: { id: string, name: string } } | null };

export type FacilitiesWorkOrdersQueryVariables = Exact<{
  filter?: WorkOrderFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesWorkOrdersQuery = { workOrders: { nodes: Array<{ id: string, schoolId: string, title: string, category: WorkOrderCategory, priority: WorkOrderPriority, safety: boolean, status: WorkOrderStatus, source: WorkOrderSource, reportedAt: string, dueAt: string, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, estimate: { yuan: string, fen: number } | null, room: { id: string, number: string, name: string, building: { id: string, name: string } } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesWorkOrderFieldsFragment = { id: string, schoolId: string, title: string, description: string, photoRefs: Array<string>, category: WorkOrderCategory, safety: boolean, priority: WorkOrderPriority, status: WorkOrderStatus, source: WorkOrderSource, roomId: string | null, assetId: string | null, reporterAccountId: string | null, reportedAt: string, dueAt: string, resolution: WorkOrderResolution | null, contractorSupplierId: string | null, rejectionReason: string | null, startedAt: string | null, finishedAt: string | null, repairMinutes: number | null, varianceExplanation: string | null, rating: number | null, ratingComment: string | null, ratedAt: string | null, escalationLevel: number, version: number, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, assigneeStaffIds: Array<string>, estimatedLabour: { yuan: string, fen: number } | null, estimatedMaterials: { yuan: string, fen: number } | null, estimate: { yuan: string, fen: number } | null, actualLabour: { yuan: string, fen: number } | null, actualMaterials: { yuan: string, fen: number } | null, contractorCost: { yuan: string, fen: number } | null, actualTotal: { yuan: string, fen: number } | null, materialsIssued: { yuan: string, fen: number }, school: { id: string, name: string }, room: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null, reporter: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }> };

export type FacilitiesWorkOrderQueryVariables = Exact<{
  id: string;
}>;


export type FacilitiesWorkOrderQuery = { workOrder: { id: string, schoolId: string, title: string, description: string, photoRefs: Array<string>, category: WorkOrderCategory, safety: boolean, priority: WorkOrderPriority, status: WorkOrderStatus, source: WorkOrderSource, roomId: string | null, assetId: string | null, reporterAccountId: string | null, reportedAt: string, dueAt: string, resolution: WorkOrderResolution | null, contractorSupplierId: string | null, rejectionReason: string | null, startedAt: string | null, finishedAt: string | null, repairMinutes: number | null, varianceExplanation: string | null, rating: number | null, ratingComment: string | null, ratedAt: string | null, escalationLevel: number, version: number, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, assigneeStaffIds: Array<string>, estimatedLabour: { yuan: string, fen: number } | null, estimatedMaterials: { yuan: string, fen: number } | null, estimate: { yuan: string, fen: number } | null, actualLabour: { yuan: string, fen: number } | null, actualMaterials: { yuan: string, fen: number } | null, contractorCost: { yuan: string, fen: number } | null, actualTotal: { yuan: string, fen: number } | null, materialsIssued: { yuan: string, fen: number }, school: { id: string, name: string }, room: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null, reporter: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type FacilitiesWorkOrderSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type FacilitiesWorkOrderSettingsQuery = { workOrderSettings: { districtId: string, variancePercent: number, normalDueSchoolDays: number, principalReviewAbove: { yuan: string, fen: number } } };

export type FacilitiesWorkOrderContractorQueryVariables = Exact<{
  id: string;
}>;


export type FacilitiesWorkOrderContractorQuery = { supplier: { id: string, name: string } };

export type FacilitiesRepairSuppliersQueryVariables = Exact<{
  nameContains?: string | null | undefined;
}>;


export type FacilitiesRepairSuppliersQuery = { suppliers: { nodes: Array<{ id: string, name: string }> } };

export type FacilitiesRepairStaffQueryVariables = Exact<{
  schoolId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesRepairStaffQuery = { staff: { nodes: Array<{ id: string, name: string, employeeNumber: string, posts: Array<StaffPost> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesRepairRoomsQueryVariables = Exact<{
  schoolId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesRepairRoomsQuery = { rooms: { nodes: Array<{ id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesReportWorkOrderMutationVariables = Exact<{
  input: ReportWorkOrderInput;
}>;


export type FacilitiesReportWorkOrderMutation = { reportWorkOrder: { id: string, schoolId: string, title: string, description: string, photoRefs: Array<string>, category: WorkOrderCategory, safety: boolean, priority: WorkOrderPriority, status: WorkOrderStatus, source: WorkOrderSource, roomId: string | null, assetId: string | null, reporterAccountId: string | null, reportedAt: string, dueAt: string, resolution: WorkOrderResolution | null, contractorSupplierId: string | null, rejectionReason: string | null, startedAt: string | null, finishedAt: string | null, repairMinutes: number | null, varianceExplanation: string | null, rating: number | null, ratingComment: string | null, ratedAt: string | null, escalationLevel: number, version: number, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, assigneeStaffIds: Array<string>, estimatedLabour: { yuan: string, fen: number } | null, estimatedMaterials: { yuan: string, fen: number } | null, estimate: { yuan: string, fen: number } | null, actualLabour: { yuan: string, fen: number } | null, actualMaterials: { yuan: string, fen: number } | null, contractorCost: { yuan: string, fen: number } | null, actualTotal: { yuan: string, fen: number } | null, materialsIssued: { yuan: string, fen: number }, school: { id: string, name: string }, room: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null, reporter: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type FacilitiesTriageWorkOrderMutationVariables = Exact<{
  input: TriageWorkOrderInput;
}>;


export type FacilitiesTriageWorkOrderMutation = { triageWorkOrder: { id: string, schoolId: string, title: string, description: string, photoRefs: Array<string>, category: WorkOrderCategory, safety: boolean, priority: WorkOrderPriority, status: WorkOrderStatus, source: WorkOrderSource, roomId: string | null, assetId: string | null, reporterAccountId: string | null, reportedAt: string, dueAt: string, resolution: WorkOrderResolution | null, contractorSupplierId: string | null, rejectionReason: string | null, startedAt: string | null, finishedAt: string | null, repairMinutes: number | null, varianceExplanation: string | null, rating: number | null, ratingComment: string | null, ratedAt: string | null, escalationLevel: number, version: number, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, assigneeStaffIds: Array<string>, estimatedLabour: { yuan: string, fen: number } | null, estimatedMaterials: { yuan: string, fen: number } | null, estimate: { yuan: string, fen: number } | null, actualLabour: { yuan: string, fen: number } | null, actualMaterials: { yuan: string, fen: number } | null, contractorCost: { yuan: string, fen: number } | null, actualTotal: { yuan: string, fen: number } | null, materialsIssued: { yuan: string, fen: number }, school: { id: string, name: string }, room: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null, reporter: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type FacilitiesCostWorkOrderMutationVariables = Exact<{
  input: CostWorkOrderInput;
}>;


export type FacilitiesCostWorkOrderMutation = { costWorkOrder: { id: string, schoolId: string, title: string, description: string, photoRefs: Array<string>, category: WorkOrderCategory, safety: boolean, priority: WorkOrderPriority, status: WorkOrderStatus, source: WorkOrderSource, roomId: string | null, assetId: string | null, reporterAccountId: string | null, reportedAt: string, dueAt: string, resolution: WorkOrderResolution | null, contractorSupplierId: string | null, rejectionReason: string | null, startedAt: string | null, finishedAt: string | null, repairMinutes: number | null, varianceExplanation: string | null, rating: number | null, ratingComment: string | null, ratedAt: string | null, escalationLevel: number, version: number, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, assigneeStaffIds: Array<string>, estimatedLabour: { yuan: string, fen: number } | null, estimatedMaterials: { yuan: string, fen: number } | null, estimate: { yuan: string, fen: number } | null, actualLabour: { yuan: string, fen: number } | null, actualMaterials: { yuan: string, fen: number } | null, contractorCost: { yuan: string, fen: number } | null, actualTotal: { yuan: string, fen: number } | null, materialsIssued: { yuan: string, fen: number }, school: { id: string, name: string }, room: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null, reporter: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type FacilitiesReviewWorkOrderMutationVariables = Exact<{
  input: ReviewWorkOrderInput;
}>;


export type FacilitiesReviewWorkOrderMutation = { reviewWorkOrder: { id: string, schoolId: string, title: string, description: string, photoRefs: Array<string>, category: WorkOrderCategory, safety: boolean, priority: WorkOrderPriority, status: WorkOrderStatus, source: WorkOrderSource, roomId: string | null, assetId: string | null, reporterAccountId: string | null, reportedAt: string, dueAt: string, resolution: WorkOrderResolution | null, contractorSupplierId: string | null, rejectionReason: string | null, startedAt: string | null, finishedAt: string | null, repairMinutes: number | null, varianceExplanation: string | null, rating: number | null, ratingComment: string | null, ratedAt: string | null, escalationLevel: number, version: number, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, assigneeStaffIds: Array<string>, estimatedLabour: { yuan: string, fen: number } | null, estimatedMaterials: { yuan: string, fen: number } | null, estimate: { yuan: string, fen: number } | null, actualLabour: { yuan: string, fen: number } | null, actualMaterials: { yuan: string, fen: number } | null, contractorCost: { yuan: string, fen: number } | null, actualTotal: { yuan: string, fen: number } | null, materialsIssued: { yuan: string, fen: number }, school: { id: string, name: string }, room: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null, reporter: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type FacilitiesAssignWorkOrderMutationVariables = Exact<{
  input: AssignWorkOrderInput;
}>;


export type FacilitiesAssignWorkOrderMutation = { assignWorkOrder: { id: string, schoolId: string, title: string, description: string, photoRefs: Array<string>, category: WorkOrderCategory, safety: boolean, priority: WorkOrderPriority, status: WorkOrderStatus, source: WorkOrderSource, roomId: string | null, assetId: string | null, reporterAccountId: string | null, reportedAt: string, dueAt: string, resolution: WorkOrderResolution | null, contractorSupplierId: string | null, rejectionReason: string | null, startedAt: string | null, finishedAt: string | null, repairMinutes: number | null, varianceExplanation: string | null, rating: number | null, ratingComment: string | null, ratedAt: string | null, escalationLevel: number, version: number, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, assigneeStaffIds: Array<string>, estimatedLabour: { yuan: string, fen: number } | null, estimatedMaterials: { yuan: string, fen: number } | null, estimate: { yuan: string, fen: number } | null, actualLabour: { yuan: string, fen: number } | null, actualMaterials: { yuan: string, fen: number } | null, contractorCost: { yuan: string, fen: number } | null, actualTotal: { yuan: string, fen: number } | null, materialsIssued: { yuan: string, fen: number }, school: { id: string, name: string }, room: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null, reporter: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type FacilitiesStartWorkOrderMutationVariables = Exact<{
  input: WorkOrderStepInput;
}>;


export type FacilitiesStartWorkOrderMutation = { startWorkOrder: { id: string, schoolId: string, title: string, description: string, photoRefs: Array<string>, category: WorkOrderCategory, safety: boolean, priority: WorkOrderPriority, status: WorkOrderStatus, source: WorkOrderSource, roomId: string | null, assetId: string | null, reporterAccountId: string | null, reportedAt: string, dueAt: string, resolution: WorkOrderResolution | null, contractorSupplierId: string | null, rejectionReason: string | null, startedAt: string | null, finishedAt: string | null, repairMinutes: number | null, varianceExplanation: string | null, rating: number | null, ratingComment: string | null, ratedAt: string | null, escalationLevel: number, version: number, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, assigneeStaffIds: Array<string>, estimatedLabour: { yuan: string, fen: number } | null, estimatedMaterials: { yuan: string, fen: number } | null, estimate: { yuan: string, fen: number } | null, actualLabour: { yuan: string, fen: number } | null, actualMaterials: { yuan: string, fen: number } | null, contractorCost: { yuan: string, fen: number } | null, actualTotal: { yuan: string, fen: number } | null, materialsIssued: { yuan: string, fen: number }, school: { id: string, name: string }, room: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null, reporter: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type FacilitiesFinishWorkOrderMutationVariables = Exact<{
  input: WorkOrderStepInput;
}>;


export type FacilitiesFinishWorkOrderMutation = { finishWorkOrder: { id: string, schoolId: string, title: string, description: string, photoRefs: Array<string>, category: WorkOrderCategory, safety: boolean, priority: WorkOrderPriority, status: WorkOrderStatus, source: WorkOrderSource, roomId: string | null, assetId: string | null, reporterAccountId: string | null, reportedAt: string, dueAt: string, resolution: WorkOrderResolution | null, contractorSupplierId: string | null, rejectionReason: string | null, startedAt: string | null, finishedAt: string | null, repairMinutes: number | null, varianceExplanation: string | null, rating: number | null, ratingComment: string | null, ratedAt: string | null, escalationLevel: number, version: number, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, assigneeStaffIds: Array<string>, estimatedLabour: { yuan: string, fen: number } | null, estimatedMaterials: { yuan: string, fen: number } | null, estimate: { yuan: string, fen: number } | null, actualLabour: { yuan: string, fen: number } | null, actualMaterials: { yuan: string, fen: number } | null, contractorCost: { yuan: string, fen: number } | null, actualTotal: { yuan: string, fen: number } | null, materialsIssued: { yuan: string, fen: number }, school: { id: string, name: string }, room: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null, reporter: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type FacilitiesAccountWorkOrderMutationVariables = Exact<{
  input: AccountWorkOrderInput;
}>;


export type FacilitiesAccountWorkOrderMutation = { accountWorkOrder: { id: string, schoolId: string, title: string, description: string, photoRefs: Array<string>, category: WorkOrderCategory, safety: boolean, priority: WorkOrderPriority, status: WorkOrderStatus, source: WorkOrderSource, roomId: string | null, assetId: string | null, reporterAccountId: string | null, reportedAt: string, dueAt: string, resolution: WorkOrderResolution | null, contractorSupplierId: string | null, rejectionReason: string | null, startedAt: string | null, finishedAt: string | null, repairMinutes: number | null, varianceExplanation: string | null, rating: number | null, ratingComment: string | null, ratedAt: string | null, escalationLevel: number, version: number, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, assigneeStaffIds: Array<string>, estimatedLabour: { yuan: string, fen: number } | null, estimatedMaterials: { yuan: string, fen: number } | null, estimate: { yuan: string, fen: number } | null, actualLabour: { yuan: string, fen: number } | null, actualMaterials: { yuan: string, fen: number } | null, contractorCost: { yuan: string, fen: number } | null, actualTotal: { yuan: string, fen: number } | null, materialsIssued: { yuan: string, fen: number }, school: { id: string, name: string }, room: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null, reporter: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type FacilitiesRateWorkOrderMutationVariables = Exact<{
  input: RateWorkOrderInput;
}>;


export type FacilitiesRateWorkOrderMutation = { rateWorkOrder: { id: string, schoolId: string, title: string, description: string, photoRefs: Array<string>, category: WorkOrderCategory, safety: boolean, priority: WorkOrderPriority, status: WorkOrderStatus, source: WorkOrderSource, roomId: string | null, assetId: string | null, reporterAccountId: string | null, reportedAt: string, dueAt: string, resolution: WorkOrderResolution | null, contractorSupplierId: string | null, rejectionReason: string | null, startedAt: string | null, finishedAt: string | null, repairMinutes: number | null, varianceExplanation: string | null, rating: number | null, ratingComment: string | null, ratedAt: string | null, escalationLevel: number, version: number, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, assigneeStaffIds: Array<string>, estimatedLabour: { yuan: string, fen: number } | null, estimatedMaterials: { yuan: string, fen: number } | null, estimate: { yuan: string, fen: number } | null, actualLabour: { yuan: string, fen: number } | null, actualMaterials: { yuan: string, fen: number } | null, contractorCost: { yuan: string, fen: number } | null, actualTotal: { yuan: string, fen: number } | null, materialsIssued: { yuan: string, fen: number }, school: { id: string, name: string }, room: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null, reporter: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type FacilitiesReportRepairByQrMutationVariables = Exact<{
  input: ReportRepairByQrInput;
}>;


export type FacilitiesReportRepairByQrMutation = { reportRepairByQr: { statusToken: string, status: WorkOrderStatus, dueAt: string } };

export type FacilitiesRepairStatusFieldsFragment = { title: string, status: WorkOrderStatus, reportedAt: string, dueAt: string, finishedAt: string | null, rejectionReason: string | null, canRate: boolean, rating: number | null, steps: Array<{ action: string, occurredAt: string }> };

export type FacilitiesRepairStatusQueryVariables = Exact<{
  token: string;
}>;


export type FacilitiesRepairStatusQuery = { repairStatus: { title: string, status: WorkOrderStatus, reportedAt: string, dueAt: string, finishedAt: string | null, rejectionReason: string | null, canRate: boolean, rating: number | null, steps: Array<{ action: string, occurredAt: string }> } };

export type FacilitiesRateRepairByTokenMutationVariables = Exact<{
  input: RateRepairByTokenInput;
}>;


export type FacilitiesRateRepairByTokenMutation = { rateRepairByToken: { title: string, status: WorkOrderStatus, reportedAt: string, dueAt: string, finishedAt: string | null, rejectionReason: string | null, canRate: boolean, rating: number | null, steps: Array<{ action: string, occurredAt: string }> } };

export type FacilitiesAssetStocktakesQueryVariables = Exact<{
  filter?: AssetStocktakeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesAssetStocktakesQuery = { assetStocktakes: { nodes: Array<{ id: string, schoolId: string, scope: AssetStocktakeScope, campusId: string | null, status: AssetStocktakeStatus, note: string | null, expectedCount: number, scannedCount: number, createdAt: string, closedAt: string | null, room: { id: string, number: string, name: string, building: { id: string, name: string } } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesAssetStocktakeQueryVariables = Exact<{
  id: string;
}>;


export type FacilitiesAssetStocktakeQuery = { assetStocktake: { id: string, schoolId: string, scope: AssetStocktakeScope, campusId: string | null, roomId: string | null, status: AssetStocktakeStatus, note: string | null, expectedCount: number, scannedCount: number, openedByAccountId: string, closedByAccountId: string | null, closedAt: string | null, createdAt: string, version: number, viewerActions: Array<AssetStocktakeViewerAction>, room: { id: string, number: string, name: string, qrCode: string, building: { id: string, name: string } } | null, summary: { expected: number, scanned: number, found: number, missing: number, wrongRoom: number, unregistered: number } | null, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type FacilitiesAssetStocktakeDifferencesQueryVariables = Exact<{
  id: string;
  filter?: AssetStocktakeDifferenceFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesAssetStocktakeDifferencesQuery = { assetStocktake: { id: string, differences: { nodes: Array<{ id: string, kind: AssetStocktakeDifferenceKind, code: string, assetId: string | null, outcome: AssetStocktakeDifferenceOutcome | null, disposalId: string | null, asset: { id: string, tagNumber: string, name: string } | null, expectedRoom: { id: string, number: string, name: string, building: { id: string, name: string } } | null, scannedRoom: { id: string, number: string, name: string, building: { id: string, name: string } } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type FacilitiesAssetStocktakeScansQueryVariables = Exact<{
  id: string;
  roomId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesAssetStocktakeScansQuery = { assetStocktake: { id: string, scans: { nodes: Array<{ id: string, code: string, roomId: string, scannedAt: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type FacilitiesStocktakeRoomsQueryVariables = Exact<{
  schoolId: string;
  campusId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesStocktakeRoomsQuery = { rooms: { nodes: Array<{ id: string, number: string, name: string, qrCode: string, campusId: string, building: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesStocktakeCampusesQueryVariables = Exact<{
  schoolId: string;
}>;


export type FacilitiesStocktakeCampusesQuery = { school: { id: string, campuses: Array<{ id: string, name: string }> } };

export type FacilitiesStocktakeRoomByQrQueryVariables = Exact<{
  code: string;
}>;


export type FacilitiesStocktakeRoomByQrQuery = { roomByQrCode: { id: string, number: string, name: string, qrCode: string, campusId: string, building: { id: string, name: string } } };

export type FacilitiesStocktakeAssetByTagQueryVariables = Exact<{
  tagNumber: string;
  schoolId: string;
}>;


export type FacilitiesStocktakeAssetByTagQuery = { assetByTag: { id: string, tagNumber: string, name: string, status: AssetStatus, roomId: string | null } };

export type FacilitiesOpenAssetStocktakeMutationVariables = Exact<{
  input: OpenAssetStocktakeInput;
}>;


export type FacilitiesOpenAssetStocktakeMutation = { openAssetStocktake: { id: string, status: AssetStocktakeStatus } };

export type FacilitiesRecordAssetScansMutationVariables = Exact<{
  input: RecordAssetScansInput;
}>;


export type FacilitiesRecordAssetScansMutation = { recordAssetScans: { recorded: number, alreadyScanned: number, scans: Array<{ id: string, code: string, roomId: string, scannedAt: string, scannedByAccountId: string }>, stocktake: { id: string, scannedCount: number } } };

export type FacilitiesCloseAssetStocktakeMutationVariables = Exact<{
  input: CloseAssetStocktakeInput;
}>;


export type FacilitiesCloseAssetStocktakeMutation = { closeAssetStocktake: { id: string, status: AssetStocktakeStatus } };

export type FacilitiesApproveAssetStocktakeMutationVariables = Exact<{
  input: ApproveAssetStocktakeInput;
}>;


export type FacilitiesApproveAssetStocktakeMutation = { approveAssetStocktake: { id: string, status: AssetStocktakeStatus } };

export type FacilitiesRejectAssetStocktakeMutationVariables = Exact<{
  input: RejectAssetStocktakeInput;
}>;


export type FacilitiesRejectAssetStocktakeMutation = { rejectAssetStocktake: { id: string, status: AssetStocktakeStatus } };

export type FacilitiesStoreRoomFieldsFragment = { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } };

export type FacilitiesStoreRoomsQueryVariables = Exact<{
  schoolId: string;
  kind?: RoomKind | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesStoreRoomsQuery = { rooms: { nodes: Array<{ id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesConsumableItemsQueryVariables = Exact<{
  filter?: ConsumableItemFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesConsumableItemsQuery = { consumableItems: { nodes: Array<{ id: string, name: string, unit: ConsumableUnit, category: ConsumableCategory, reorderPoint: number, reorderQuantity: number, stockQuantity: number, atOrBelowReorderPoint: boolean, standardUnitCost: { yuan: string, fen: number }, lastUnitCost: { yuan: string, fen: number } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesStoreStockQueryVariables = Exact<{
  filter?: StoreStockFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesStoreStockQuery = { storeStock: { nodes: Array<{ id: string, itemId: string, storeroomRoomId: string, quantity: number, updatedAt: string, value: { yuan: string, fen: number }, averageUnitCost: { yuan: string, fen: number } | null, item: { id: string, name: string, unit: ConsumableUnit, category: ConsumableCategory, reorderPoint: number, reorderQuantity: number, stockQuantity: number, atOrBelowReorderPoint: boolean } | null, storeroom: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesStoreMovementsQueryVariables = Exact<{
  filter?: StoreMovementFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesStoreMovementsQuery = { storeMovements: { nodes: Array<{ id: string, kind: StoreMovementKind, quantity: number, balanceAfter: number, occurredAt: string, requisitionId: string | null, receiptId: string | null, value: { yuan: string, fen: number }, item: { id: string, name: string, unit: ConsumableUnit } | null, storeroom: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null, room: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesRecordStoreReceiptMutationVariables = Exact<{
  input: RecordStoreReceiptInput;
}>;


export type FacilitiesRecordStoreReceiptMutation = { recordStoreReceipt: { id: string, total: { yuan: string, fen: number }, lines: Array<{ id: string, quantity: number }> } };

export type FacilitiesReorderSuggestionsQueryVariables = Exact<{
  schoolId: string;
  storeroomRoomId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesReorderSuggestionsQuery = { reorderSuggestions: { nodes: Array<{ itemId: string, storeroomRoomId: string | null, quantityInStock: number, reorderPoint: number, reorderQuantity: number, suggestedQuantity: number, openReorderId: string | null, estimatedUnitPrice: { yuan: string, fen: number }, estimatedTotal: { yuan: string, fen: number }, item: { id: string, name: string, unit: ConsumableUnit } | null, storeroom: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesRequestReorderPurchaseMutationVariables = Exact<{
  input: RequestReorderPurchaseInput;
}>;


export type FacilitiesRequestReorderPurchaseMutation = { requestReorderPurchase: { id: string, status: ReorderStatus, title: string, purchaseRequestId: string | null, estimatedTotal: { yuan: string, fen: number } } };

export type FacilitiesRequisitionRowFieldsFragment = { id: string, schoolId: string, status: RequisitionStatus, approvalRequired: boolean, purpose: string | null, createdAt: string, viewerActions: Array<RequisitionViewerAction>, estimatedValue: { yuan: string, fen: number }, requester: { id: string, name: string } | null, room: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null, department: { id: string, name: string } | null, lines: Array<{ id: string, quantity: number, item: { id: string, name: string, unit: ConsumableUnit } | null }> };

export type FacilitiesRequisitionsQueryVariables = Exact<{
  filter?: RequisitionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesRequisitionsQuery = { requisitions: { nodes: Array<{ id: string, schoolId: string, status: RequisitionStatus, approvalRequired: boolean, purpose: string | null, createdAt: string, viewerActions: Array<RequisitionViewerAction>, estimatedValue: { yuan: string, fen: number }, requester: { id: string, name: string } | null, room: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null, department: { id: string, name: string } | null, lines: Array<{ id: string, quantity: number, item: { id: string, name: string, unit: ConsumableUnit } | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesRequisitionQueryVariables = Exact<{
  id: string;
}>;


export type FacilitiesRequisitionQuery = { requisition: { version: number, rejectionReason: string | null, issuedAt: string | null, receivedAt: string | null, requesterAccountId: string, id: string, schoolId: string, status: RequisitionStatus, approvalRequired: boolean, purpose: string | null, createdAt: string, viewerActions: Array<RequisitionViewerAction>, issuedValue: { yuan: string, fen: number } | null, storeroom: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null, lines: Array<{ id: string, lineNo: number, quantity: number, note: string | null, estimatedValue: { yuan: string, fen: number }, issuedValue: { yuan: string, fen: number } | null, item: { id: string, name: string, unit: ConsumableUnit } | null }>, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }>, estimatedValue: { yuan: string, fen: number }, requester: { id: string, name: string } | null, room: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null, department: { id: string, name: string } | null } };

export type FacilitiesRequestRequisitionMutationVariables = Exact<{
  input: RequestRequisitionInput;
}>;


export type FacilitiesRequestRequisitionMutation = { requestRequisition: { id: string, status: RequisitionStatus } };

export type FacilitiesApproveRequisitionMutationVariables = Exact<{
  input: ApproveRequisitionInput;
}>;


export type FacilitiesApproveRequisitionMutation = { approveRequisition: { id: string, status: RequisitionStatus, viewerActions: Array<RequisitionViewerAction> } };

export type FacilitiesRejectRequisitionMutationVariables = Exact<{
  input: RejectRequisitionInput;
}>;


export type FacilitiesRejectRequisitionMutation = { rejectRequisition: { id: string, status: RequisitionStatus, viewerActions: Array<RequisitionViewerAction> } };

export type FacilitiesIssueRequisitionMutationVariables = Exact<{
  input: IssueRequisitionInput;
}>;


export type FacilitiesIssueRequisitionMutation = { issueRequisition: { id: string, status: RequisitionStatus, viewerActions: Array<RequisitionViewerAction> } };

export type FacilitiesConfirmRequisitionReceiptMutationVariables = Exact<{
  input: ConfirmRequisitionReceiptInput;
}>;


export type FacilitiesConfirmRequisitionReceiptMutation = { confirmRequisitionReceipt: { id: string, status: RequisitionStatus, viewerActions: Array<RequisitionViewerAction> } };

export type FacilitiesDueReplacementsQueryVariables = Exact<{
  schoolId: string;
  weekOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FacilitiesDueReplacementsQuery = { dueReplacements: { nodes: Array<{ roomId: string, itemId: string, state: ReplacementDueState, lastRequisitionedOn: string, lastQuantity: number, predictedOn: string, expectedDays: number, medianDaysPerUnit: number, intervalsUsed: Array<number>, requisitionCount: number, confidence: ReplacementConfidence, quantityToBring: number, room: { id: string, number: string, name: string, building: { id: string, name: string }, campus: { id: string, name: string } } | null, item: { id: string, name: string, unit: ConsumableUnit } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FacilitiesStoreDepartmentsQueryVariables = Exact<{
  schoolId: string;
}>;


export type FacilitiesStoreDepartmentsQuery = { departments: { nodes: Array<{ id: string, name: string }> } };

export type BudgetRegisterQueryVariables = Exact<{
  schoolId: string;
  fiscalYear: number;
}>;


export type BudgetRegisterQuery = { budgetExecution: Array<{ category: { id: string, code: string, name: string, fund: Fund, overrunPolicy: OverrunPolicy }, allocated: { yuan: string, fen: number }, committed: { yuan: string, fen: number }, spent: { yuan: string, fen: number }, remaining: { yuan: string, fen: number }, spentByMonth: Array<{ yuan: string, fen: number }> }> };

export type BudgetCategoriesRegisterQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetCategoriesRegisterQuery = { budgetCategories: Array<{ id: string, code: string, name: string, active: boolean }> };

export type SetBudgetRegisterMutationVariables = Exact<{
  input: SetBudgetInput;
}>;


export type SetBudgetRegisterMutation = { setBudget: { category: { id: string }, allocated: { yuan: string, fen: number } } };

export type ImportBudgetsRegisterMutationVariables = Exact<{
  input: ImportBudgetsInput;
}>;


export type ImportBudgetsRegisterMutation = { importBudgets: { count: number } };

export type SupplierRegisterQueryVariables = Exact<{
  filter?: SupplierFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SupplierRegisterQuery = { suppliers: { nodes: Array<{ id: string, name: string, creditCode: string, contactName: string | null, phone: string | null, bankAccount: string | null, foodSupplier: boolean, foodLicenceNumber: string | null, foodLicenceExpiresOn: string | null, status: SupplierStatus }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ImportSuppliersRegisterMutationVariables = Exact<{
  input: ImportSuppliersInput;
}>;


export type ImportSuppliersRegisterMutation = { importSuppliers: { count: number } };

export type ExpenseClaimListQueryVariables = Exact<{
  filter?: ExpenseClaimFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExpenseClaimListQuery = { expenseClaims: { nodes: Array<{ id: string, createdAt: string, status: ClaimStatus, title: string, schoolId: string, school: { id: string, name: string }, requester: { id: string, name: string } | null, total: { yuan: string, fen: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ExpenseClaimDetailQueryVariables = Exact<{
  id: string;
}>;


export type ExpenseClaimDetailQuery = { expenseClaim: { id: string, viewerActions: Array<ClaimAction>, schoolId: string, requesterAccountId: string, fiscalYear: number, requiredLevel: ApprovalLevel, nextApprovalLevel: ApprovalLevel | null, version: number, createdAt: string, title: string, fund: Fund, status: ClaimStatus, total: { yuan: string, fen: number }, school: { id: string, name: string, timeZone: string }, requester: { id: string, name: string } | null, lines: Array<{ id: string, invoiceNumber: string, attachments: Array<string>, amount: { yuan: string, fen: number }, category: { id: string, name: string } }>, steps: Array<{ id: string, action: WorkflowAction, level: ApprovalLevel | null, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type SubmitExpenseClaimMutationVariables = Exact<{
  input: SubmitExpenseClaimInput;
}>;


export type SubmitExpenseClaimMutation = { submitExpenseClaim: { warnings: Array<string>, claim: { id: string, status: ClaimStatus } } };

export type ReviewExpenseClaimMutationVariables = Exact<{
  input: ReviewClaimInput;
}>;


export type ReviewExpenseClaimMutation = { reviewExpenseClaim: { id: string, status: ClaimStatus, version: number, steps: Array<{ id: string, action: WorkflowAction, level: ApprovalLevel | null, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type ApproveExpenseClaimMutationVariables = Exact<{
  input: ApproveInput;
}>;


export type ApproveExpenseClaimMutation = { approveExpenseClaim: { id: string, status: ClaimStatus, version: number, steps: Array<{ id: string, action: WorkflowAction, level: ApprovalLevel | null, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type RejectExpenseClaimMutationVariables = Exact<{
  input: RejectInput;
}>;


export type RejectExpenseClaimMutation = { rejectExpenseClaim: { id: string, status: ClaimStatus, version: number, steps: Array<{ id: string, action: WorkflowAction, level: ApprovalLevel | null, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type PayExpenseClaimMutationVariables = Exact<{
  input: PayInput;
}>;


export type PayExpenseClaimMutation = { payExpenseClaim: { id: string, status: ClaimStatus, version: number, steps: Array<{ id: string, action: WorkflowAction, level: ApprovalLevel | null, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type WorkflowCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkflowCategoriesQuery = { budgetCategories: Array<{ id: string, code: string, name: string, fund: Fund, overrunPolicy: OverrunPolicy }> };

export type WorkflowBudgetRoomQueryVariables = Exact<{
  fiscalYear: number;
  schoolId: string;
}>;


export type WorkflowBudgetRoomQuery = { budgetExecution: Array<{ category: { id: string }, remaining: { yuan: string, fen: number } }> };

export type WorkflowSchoolsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkflowSchoolsQuery = { schools: { nodes: Array<{ id: string, name: string }> } };

export type WorkflowSuppliersQueryVariables = Exact<{
  nameContains?: string | null | undefined;
}>;


export type WorkflowSuppliersQuery = { suppliers: { nodes: Array<{ id: string, name: string, foodSupplier: boolean }> } };

export type WorkflowStepFieldsFragment = { id: string, action: WorkflowAction, level: ApprovalLevel | null, actorAccountId: string, comment: string | null, occurredAt: string };

export type PurchaseRequestListQueryVariables = Exact<{
  filter?: PurchaseRequestFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PurchaseRequestListQuery = { purchaseRequests: { nodes: Array<{ id: string, createdAt: string, status: PurchaseStatus, reason: string, schoolId: string, school: { id: string, name: string }, category: { id: string, name: string }, requester: { id: string, name: string } | null, estimatedTotal: { yuan: string, fen: number }, orderedTotal: { yuan: string, fen: number } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PurchaseRequestDetailQueryVariables = Exact<{
  id: string;
}>;


export type PurchaseRequestDetailQuery = { purchaseRequest: { id: string, viewerActions: Array<PurchaseAction>, schoolId: string, requesterAccountId: string, fiscalYear: number, requiredLevel: ApprovalLevel, nextApprovalLevel: ApprovalLevel | null, version: number, createdAt: string, reason: string, status: PurchaseStatus, estimatedTotal: { yuan: string, fen: number }, orderedTotal: { yuan: string, fen: number } | null, category: { id: string, name: string, fund: Fund }, supplier: { id: string, name: string } | null, school: { id: string, name: string, timeZone: string }, requester: { id: string, name: string } | null, lines: Array<{ id: string, description: string, quantity: number, unit: string, receivedQuantity: number, estimatedUnitPrice: { yuan: string, fen: number }, actualUnitPrice: { yuan: string, fen: number } | null }>, steps: Array<{ id: string, action: WorkflowAction, level: ApprovalLevel | null, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type SubmitPurchaseRequestMutationVariables = Exact<{
  input: SubmitPurchaseRequestInput;
}>;


export type SubmitPurchaseRequestMutation = { submitPurchaseRequest: { warnings: Array<string>, request: { id: string, status: PurchaseStatus } } };

export type SubmitDraftPurchaseRequestMutationVariables = Exact<{
  input: SubmitDraftPurchaseRequestInput;
}>;


export type SubmitDraftPurchaseRequestMutation = { submitDraftPurchaseRequest: { warnings: Array<string>, request: { id: string, status: PurchaseStatus, version: number, steps: Array<{ id: string, action: WorkflowAction, level: ApprovalLevel | null, actorAccountId: string, comment: string | null, occurredAt: string }> } } };

export type ApprovePurchaseRequestMutationVariables = Exact<{
  input: ApproveInput;
}>;


export type ApprovePurchaseRequestMutation = { approvePurchaseRequest: { id: string, status: PurchaseStatus, version: number, steps: Array<{ id: string, action: WorkflowAction, level: ApprovalLevel | null, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type RejectPurchaseRequestMutationVariables = Exact<{
  input: RejectInput;
}>;


export type RejectPurchaseRequestMutation = { rejectPurchaseRequest: { id: string, status: PurchaseStatus, version: number, steps: Array<{ id: string, action: WorkflowAction, level: ApprovalLevel | null, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type OrderPurchaseMutationVariables = Exact<{
  input: OrderPurchaseInput;
}>;


export type OrderPurchaseMutation = { orderPurchase: { id: string, status: PurchaseStatus, version: number, steps: Array<{ id: string, action: WorkflowAction, level: ApprovalLevel | null, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type ReceivePurchaseMutationVariables = Exact<{
  input: ReceivePurchaseInput;
}>;


export type ReceivePurchaseMutation = { receivePurchase: { id: string, status: PurchaseStatus, version: number, steps: Array<{ id: string, action: WorkflowAction, level: ApprovalLevel | null, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type PayPurchaseMutationVariables = Exact<{
  input: PayInput;
}>;


export type PayPurchaseMutation = { payPurchase: { id: string, status: PurchaseStatus, version: number, steps: Array<{ id: string, action: WorkflowAction, level: ApprovalLevel | null, actorAccountId: string, comment: string | null, occurredAt: string }> } };

export type SafetyActionItemFieldsFragment = { id: string, kind: ActionItemKind, description: string, deadline: string, doneAt: string | null, doneNote: string | null, version: number, owner: { id: string, name: string } };

export type SafetyCompleteMeetingActionMutationVariables = Exact<{
  input: CompleteActionItemInput;
}>;


export type SafetyCompleteMeetingActionMutation = { completeSafetyActionItem: { id: string, kind: ActionItemKind, description: string, deadline: string, doneAt: string | null, doneNote: string | null, version: number, owner: { id: string, name: string } } };

export type SafetyCompleteIncidentActionMutationVariables = Exact<{
  input: CompleteActionItemInput;
}>;


export type SafetyCompleteIncidentActionMutation = { completeIncidentAction: { id: string, kind: ActionItemKind, description: string, deadline: string, doneAt: string | null, doneNote: string | null, version: number, owner: { id: string, name: string } } };

export type SafetyEquipmentRowFieldsFragment = { id: string, kind: EquipmentKind, extinguisherType: ExtinguisherType | null, code: string, location: string, manufacturedOn: string, lastCheckedOn: string | null, lastCheckPassed: boolean | null, nextCheckOn: string, nextServiceOn: string | null, expiresOn: string | null, status: EquipmentStatus, version: number };

export type SafetyEquipmentQueryVariables = Exact<{
  schoolId: string;
  filter?: SafetyEquipmentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SafetyEquipmentQuery = { safetyEquipment: { nodes: Array<{ id: string, kind: EquipmentKind, extinguisherType: ExtinguisherType | null, code: string, location: string, manufacturedOn: string, lastCheckedOn: string | null, lastCheckPassed: boolean | null, nextCheckOn: string, nextServiceOn: string | null, expiresOn: string | null, status: EquipmentStatus, version: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SafetyRegisterEquipmentMutationVariables = Exact<{
  input: RegisterSafetyEquipmentInput;
}>;


export type SafetyRegisterEquipmentMutation = { registerSafetyEquipment: { id: string, kind: EquipmentKind, extinguisherType: ExtinguisherType | null, code: string, location: string, manufacturedOn: string, lastCheckedOn: string | null, lastCheckPassed: boolean | null, nextCheckOn: string, nextServiceOn: string | null, expiresOn: string | null, status: EquipmentStatus, version: number } };

export type SafetyCheckEquipmentMutationVariables = Exact<{
  input: RecordEquipmentCheckInput;
}>;


export type SafetyCheckEquipmentMutation = { recordEquipmentCheck: { id: string, kind: EquipmentKind, extinguisherType: ExtinguisherType | null, code: string, location: string, manufacturedOn: string, lastCheckedOn: string | null, lastCheckPassed: boolean | null, nextCheckOn: string, nextServiceOn: string | null, expiresOn: string | null, status: EquipmentStatus, version: number, records: Array<{ id: string, hazard: { id: string, title: string } | null }> } };

export type SafetyServiceEquipmentMutationVariables = Exact<{
  input: RecordEquipmentServiceInput;
}>;


export type SafetyServiceEquipmentMutation = { recordEquipmentService: { id: string, kind: EquipmentKind, extinguisherType: ExtinguisherType | null, code: string, location: string, manufacturedOn: string, lastCheckedOn: string | null, lastCheckPassed: boolean | null, nextCheckOn: string, nextServiceOn: string | null, expiresOn: string | null, status: EquipmentStatus, version: number } };

export type SafetyScrapEquipmentMutationVariables = Exact<{
  input: ScrapSafetyEquipmentInput;
}>;


export type SafetyScrapEquipmentMutation = { scrapSafetyEquipment: { id: string, kind: EquipmentKind, extinguisherType: ExtinguisherType | null, code: string, location: string, manufacturedOn: string, lastCheckedOn: string | null, lastCheckPassed: boolean | null, nextCheckOn: string, nextServiceOn: string | null, expiresOn: string | null, status: EquipmentStatus, version: number } };

export type SafetyHazardRowFieldsFragment = { id: string, schoolId: string, title: string, location: string | null, level: HazardLevel, status: HazardStatus, source: HazardSource, reportedAt: string, deadline: string | null, overdue: boolean, escalationLevel: number, awaitingRepair: boolean, measure: string | null, viewerActions: Array<HazardViewerAction>, school: { id: string, name: string }, responsible: { id: string, name: string } | null, room: { id: string, number: string, name: string } | null };

export type SafetyHazardsQueryVariables = Exact<{
  filter?: HazardFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SafetyHazardsQuery = { hazards: { nodes: Array<{ id: string, schoolId: string, title: string, location: string | null, level: HazardLevel, status: HazardStatus, source: HazardSource, reportedAt: string, deadline: string | null, overdue: boolean, escalationLevel: number, awaitingRepair: boolean, measure: string | null, viewerActions: Array<HazardViewerAction>, school: { id: string, name: string }, responsible: { id: string, name: string } | null, room: { id: string, number: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SafetyHazardFieldsFragment = { description: string, photoRefs: Array<string>, reporterAccountId: string | null, responsibleStaffId: string | null, contingencyPlan: string | null, workOrderId: string | null, evidence: string | null, evidencePhotoRefs: Array<string>, rectifiedByAccountId: string | null, rectifiedAt: string | null, rectifyMinutes: number | null, verifiedByAccountId: string | null, verifiedAt: string | null, failedVerifications: number, closedAt: string | null, version: number, id: string, schoolId: string, title: string, location: string | null, level: HazardLevel, status: HazardStatus, source: HazardSource, reportedAt: string, deadline: string | null, overdue: boolean, escalationLevel: number, awaitingRepair: boolean, measure: string | null, viewerActions: Array<HazardViewerAction>, funds: { yuan: string, fen: number } | null, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }>, school: { id: string, name: string }, responsible: { id: string, name: string } | null, room: { id: string, number: string, name: string } | null };

export type SafetyHazardQueryVariables = Exact<{
  id: string;
}>;


export type SafetyHazardQuery = { hazard: { description: string, photoRefs: Array<string>, reporterAccountId: string | null, responsibleStaffId: string | null, contingencyPlan: string | null, workOrderId: string | null, evidence: string | null, evidencePhotoRefs: Array<string>, rectifiedByAccountId: string | null, rectifiedAt: string | null, rectifyMinutes: number | null, verifiedByAccountId: string | null, verifiedAt: string | null, failedVerifications: number, closedAt: string | null, version: number, id: string, schoolId: string, title: string, location: string | null, level: HazardLevel, status: HazardStatus, source: HazardSource, reportedAt: string, deadline: string | null, overdue: boolean, escalationLevel: number, awaitingRepair: boolean, measure: string | null, viewerActions: Array<HazardViewerAction>, funds: { yuan: string, fen: number } | null, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }>, school: { id: string, name: string }, responsible: { id: string, name: string } | null, room: { id: string, number: string, name: string } | null } };

export type SafetyReportHazardMutationVariables = Exact<{
  input: ReportHazardInput;
}>;


export type SafetyReportHazardMutation = { reportHazard: { description: string, photoRefs: Array<string>, reporterAccountId: string | null, responsibleStaffId: string | null, contingencyPlan: string | null, workOrderId: string | null, evidence: string | null, evidencePhotoRefs: Array<string>, rectifiedByAccountId: string | null, rectifiedAt: string | null, rectifyMinutes: number | null, verifiedByAccountId: string | null, verifiedAt: string | null, failedVerifications: number, closedAt: string | null, version: number, id: string, schoolId: string, title: string, location: string | null, level: HazardLevel, status: HazardStatus, source: HazardSource, reportedAt: string, deadline: string | null, overdue: boolean, escalationLevel: number, awaitingRepair: boolean, measure: string | null, viewerActions: Array<HazardViewerAction>, funds: { yuan: string, fen: number } | null, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }>, school: { id: string, name: string }, responsible: { id: string, name: string } | null, room: { id: string, number: string, name: string } | null } };

export type SafetyAssignHazardMutationVariables = Exact<{
  input: AssignHazardInput;
}>;


export type SafetyAssignHazardMutation = { assignHazard: { description: string, photoRefs: Array<string>, reporterAccountId: string | null, responsibleStaffId: string | null, contingencyPlan: string | null, workOrderId: string | null, evidence: string | null, evidencePhotoRefs: Array<string>, rectifiedByAccountId: string | null, rectifiedAt: string | null, rectifyMinutes: number | null, verifiedByAccountId: string | null, verifiedAt: string | null, failedVerifications: number, closedAt: string | null, version: number, id: string, schoolId: string, title: string, location: string | null, level: HazardLevel, status: HazardStatus, source: HazardSource, reportedAt: string, deadline: string | null, overdue: boolean, escalationLevel: number, awaitingRepair: boolean, measure: string | null, viewerActions: Array<HazardViewerAction>, funds: { yuan: string, fen: number } | null, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }>, school: { id: string, name: string }, responsible: { id: string, name: string } | null, room: { id: string, number: string, name: string } | null } };

export type SafetyStartHazardMutationVariables = Exact<{
  input: HazardStepInput;
}>;


export type SafetyStartHazardMutation = { startHazardRectification: { description: string, photoRefs: Array<string>, reporterAccountId: string | null, responsibleStaffId: string | null, contingencyPlan: string | null, workOrderId: string | null, evidence: string | null, evidencePhotoRefs: Array<string>, rectifiedByAccountId: string | null, rectifiedAt: string | null, rectifyMinutes: number | null, verifiedByAccountId: string | null, verifiedAt: string | null, failedVerifications: number, closedAt: string | null, version: number, id: string, schoolId: string, title: string, location: string | null, level: HazardLevel, status: HazardStatus, source: HazardSource, reportedAt: string, deadline: string | null, overdue: boolean, escalationLevel: number, awaitingRepair: boolean, measure: string | null, viewerActions: Array<HazardViewerAction>, funds: { yuan: string, fen: number } | null, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }>, school: { id: string, name: string }, responsible: { id: string, name: string } | null, room: { id: string, number: string, name: string } | null } };

export type SafetyRequestHazardRepairMutationVariables = Exact<{
  input: RequestHazardRepairInput;
}>;


export type SafetyRequestHazardRepairMutation = { requestHazardRepair: { description: string, photoRefs: Array<string>, reporterAccountId: string | null, responsibleStaffId: string | null, contingencyPlan: string | null, workOrderId: string | null, evidence: string | null, evidencePhotoRefs: Array<string>, rectifiedByAccountId: string | null, rectifiedAt: string | null, rectifyMinutes: number | null, verifiedByAccountId: string | null, verifiedAt: string | null, failedVerifications: number, closedAt: string | null, version: number, id: string, schoolId: string, title: string, location: string | null, level: HazardLevel, status: HazardStatus, source: HazardSource, reportedAt: string, deadline: string | null, overdue: boolean, escalationLevel: number, awaitingRepair: boolean, measure: string | null, viewerActions: Array<HazardViewerAction>, funds: { yuan: string, fen: number } | null, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }>, school: { id: string, name: string }, responsible: { id: string, name: string } | null, room: { id: string, number: string, name: string } | null } };

export type SafetyRecordHazardRectifiedMutationVariables = Exact<{
  input: RecordHazardRectifiedInput;
}>;


export type SafetyRecordHazardRectifiedMutation = { recordHazardRectified: { description: string, photoRefs: Array<string>, reporterAccountId: string | null, responsibleStaffId: string | null, contingencyPlan: string | null, workOrderId: string | null, evidence: string | null, evidencePhotoRefs: Array<string>, rectifiedByAccountId: string | null, rectifiedAt: string | null, rectifyMinutes: number | null, verifiedByAccountId: string | null, verifiedAt: string | null, failedVerifications: number, closedAt: string | null, version: number, id: string, schoolId: string, title: string, location: string | null, level: HazardLevel, status: HazardStatus, source: HazardSource, reportedAt: string, deadline: string | null, overdue: boolean, escalationLevel: number, awaitingRepair: boolean, measure: string | null, viewerActions: Array<HazardViewerAction>, funds: { yuan: string, fen: number } | null, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }>, school: { id: string, name: string }, responsible: { id: string, name: string } | null, room: { id: string, number: string, name: string } | null } };

export type SafetyVerifyHazardMutationVariables = Exact<{
  input: VerifyHazardInput;
}>;


export type SafetyVerifyHazardMutation = { verifyHazard: { description: string, photoRefs: Array<string>, reporterAccountId: string | null, responsibleStaffId: string | null, contingencyPlan: string | null, workOrderId: string | null, evidence: string | null, evidencePhotoRefs: Array<string>, rectifiedByAccountId: string | null, rectifiedAt: string | null, rectifyMinutes: number | null, verifiedByAccountId: string | null, verifiedAt: string | null, failedVerifications: number, closedAt: string | null, version: number, id: string, schoolId: string, title: string, location: string | null, level: HazardLevel, status: HazardStatus, source: HazardSource, reportedAt: string, deadline: string | null, overdue: boolean, escalationLevel: number, awaitingRepair: boolean, measure: string | null, viewerActions: Array<HazardViewerAction>, funds: { yuan: string, fen: number } | null, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }>, school: { id: string, name: string }, responsible: { id: string, name: string } | null, room: { id: string, number: string, name: string } | null } };

export type SafetyCloseHazardMutationVariables = Exact<{
  input: HazardStepInput;
}>;


export type SafetyCloseHazardMutation = { closeHazard: { description: string, photoRefs: Array<string>, reporterAccountId: string | null, responsibleStaffId: string | null, contingencyPlan: string | null, workOrderId: string | null, evidence: string | null, evidencePhotoRefs: Array<string>, rectifiedByAccountId: string | null, rectifiedAt: string | null, rectifyMinutes: number | null, verifiedByAccountId: string | null, verifiedAt: string | null, failedVerifications: number, closedAt: string | null, version: number, id: string, schoolId: string, title: string, location: string | null, level: HazardLevel, status: HazardStatus, source: HazardSource, reportedAt: string, deadline: string | null, overdue: boolean, escalationLevel: number, awaitingRepair: boolean, measure: string | null, viewerActions: Array<HazardViewerAction>, funds: { yuan: string, fen: number } | null, steps: Array<{ id: string, action: string, actorAccountId: string, comment: string | null, occurredAt: string }>, school: { id: string, name: string }, responsible: { id: string, name: string } | null, room: { id: string, number: string, name: string } | null } };

export type SafetyIncidentRowFieldsFragment = { id: string, type: IncidentType, occurredAt: string, place: string, peopleAffected: number, injured: number, serious: boolean, status: IncidentStatus, reportDueAt: string | null, reportedToDistrictAt: string | null, version: number };

export type SafetyIncidentsQueryVariables = Exact<{
  schoolId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SafetyIncidentsQuery = { safetyIncidents: { nodes: Array<{ id: string, type: IncidentType, occurredAt: string, place: string, peopleAffected: number, injured: number, serious: boolean, status: IncidentStatus, reportDueAt: string | null, reportedToDistrictAt: string | null, version: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SafetyIncidentQueryVariables = Exact<{
  id: string;
}>;


export type SafetyIncidentQuery = { safetyIncident: { schoolId: string, description: string, immediateActions: string, rootCause: string | null, closedAt: string | null, reportedInTime: boolean | null, id: string, type: IncidentType, occurredAt: string, place: string, peopleAffected: number, injured: number, serious: boolean, status: IncidentStatus, reportDueAt: string | null, reportedToDistrictAt: string | null, version: number, room: { id: string, name: string } | null, actions: Array<{ id: string, kind: ActionItemKind, description: string, deadline: string, doneAt: string | null, doneNote: string | null, version: number, owner: { id: string, name: string } }> } };

export type SafetyReportIncidentMutationVariables = Exact<{
  input: ReportIncidentInput;
}>;


export type SafetyReportIncidentMutation = { reportIncident: { id: string } };

export type SafetyInvestigateIncidentMutationVariables = Exact<{
  input: InvestigateIncidentInput;
}>;


export type SafetyInvestigateIncidentMutation = { investigateIncident: { id: string, status: IncidentStatus, version: number } };

export type SafetyIncidentToDistrictMutationVariables = Exact<{
  input: IncidentStepInput;
}>;


export type SafetyIncidentToDistrictMutation = { reportIncidentToDistrict: { id: string, reportedToDistrictAt: string | null, version: number } };

export type SafetyCloseIncidentMutationVariables = Exact<{
  input: IncidentStepInput;
}>;


export type SafetyCloseIncidentMutation = { closeIncident: { id: string, status: IncidentStatus, version: number } };

export type SafetyRoundRowFieldsFragment = { id: string, title: string, status: InspectionRoundStatus, scheduledOn: string, dueOn: string, late: boolean, failedCount: number, school: { id: string, name: string }, assignee: { id: string, name: string } };

export type SafetyRoundsQueryVariables = Exact<{
  filter?: InspectionRoundFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SafetyRoundsQuery = { inspectionRounds: { nodes: Array<{ id: string, title: string, status: InspectionRoundStatus, scheduledOn: string, dueOn: string, late: boolean, failedCount: number, school: { id: string, name: string }, assignee: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SafetyRoundFieldsFragment = { version: number, submittedAt: string | null, id: string, title: string, status: InspectionRoundStatus, scheduledOn: string, dueOn: string, late: boolean, failedCount: number, templateVersion: { id: string, number: number, sections: Array<{ title: string, items: Array<{ text: string, kind: InspectionItemKind, min: string | null, max: string | null, unit: string | null, required: boolean, photoRequired: boolean, hazardLevel: HazardLevel }> }> }, answers: Array<{ id: string, itemIndex: number, result: InspectionResult, value: string | null, note: string | null, photoRefs: Array<string>, hazard: { id: string, title: string, status: HazardStatus } | null }>, school: { id: string, name: string }, assignee: { id: string, name: string } };

export type SafetyRoundQueryVariables = Exact<{
  id: string;
}>;


export type SafetyRoundQuery = { inspectionRound: { version: number, submittedAt: string | null, id: string, title: string, status: InspectionRoundStatus, scheduledOn: string, dueOn: string, late: boolean, failedCount: number, templateVersion: { id: string, number: number, sections: Array<{ title: string, items: Array<{ text: string, kind: InspectionItemKind, min: string | null, max: string | null, unit: string | null, required: boolean, photoRequired: boolean, hazardLevel: HazardLevel }> }> }, answers: Array<{ id: string, itemIndex: number, result: InspectionResult, value: string | null, note: string | null, photoRefs: Array<string>, hazard: { id: string, title: string, status: HazardStatus } | null }>, school: { id: string, name: string }, assignee: { id: string, name: string } } };

export type SafetyAnswerItemsMutationVariables = Exact<{
  input: AnswerInspectionItemsInput;
}>;


export type SafetyAnswerItemsMutation = { answerInspectionItems: { version: number, submittedAt: string | null, id: string, title: string, status: InspectionRoundStatus, scheduledOn: string, dueOn: string, late: boolean, failedCount: number, templateVersion: { id: string, number: number, sections: Array<{ title: string, items: Array<{ text: string, kind: InspectionItemKind, min: string | null, max: string | null, unit: string | null, required: boolean, photoRequired: boolean, hazardLevel: HazardLevel }> }> }, answers: Array<{ id: string, itemIndex: number, result: InspectionResult, value: string | null, note: string | null, photoRefs: Array<string>, hazard: { id: string, title: string, status: HazardStatus } | null }>, school: { id: string, name: string }, assignee: { id: string, name: string } } };

export type SafetySubmitRoundMutationVariables = Exact<{
  roundId: string;
}>;


export type SafetySubmitRoundMutation = { submitInspectionRound: { version: number, submittedAt: string | null, id: string, title: string, status: InspectionRoundStatus, scheduledOn: string, dueOn: string, late: boolean, failedCount: number, templateVersion: { id: string, number: number, sections: Array<{ title: string, items: Array<{ text: string, kind: InspectionItemKind, min: string | null, max: string | null, unit: string | null, required: boolean, photoRequired: boolean, hazardLevel: HazardLevel }> }> }, answers: Array<{ id: string, itemIndex: number, result: InspectionResult, value: string | null, note: string | null, photoRefs: Array<string>, hazard: { id: string, title: string, status: HazardStatus } | null }>, school: { id: string, name: string }, assignee: { id: string, name: string } } };

export type SafetyMeetingsQueryVariables = Exact<{
  schoolId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SafetyMeetingsQuery = { safetyMeetings: { nodes: Array<{ id: string, title: string, heldOn: string, attendeeStaffIds: Array<string>, actionItems: Array<{ id: string, doneAt: string | null, deadline: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SafetyMeetingQueryVariables = Exact<{
  id: string;
}>;


export type SafetyMeetingQuery = { safetyMeeting: { id: string, schoolId: string, title: string, heldOn: string, minutes: string, attendees: Array<{ id: string, name: string }>, actionItems: Array<{ id: string, kind: ActionItemKind, description: string, deadline: string, doneAt: string | null, doneNote: string | null, version: number, owner: { id: string, name: string } }> } };

export type SafetyRecordMeetingMutationVariables = Exact<{
  input: RecordSafetyMeetingInput;
}>;


export type SafetyRecordMeetingMutation = { recordSafetyMeeting: { id: string } };

export type SafetyMonthQueryVariables = Exact<{
  schoolId: string;
  from: string;
  to: string;
}>;


export type SafetyMonthQuery = { school: { id: string, name: string, drillGaps: Array<string>, hazardSummary: { open: number, openMajor: number, overdue: number, openOverWeek: number, openOverMonth: number, reported: number, rectified: number, meanHoursToRectify: number | null, closed: number, failedVerifications: number, byLevel: Array<{ level: HazardLevel, open: number, overdue: number }> }, inspectionCompletion: Array<{ templateId: string, title: string, due: number, submitted: number, late: number, failedItems: number, rate: string }>, patrolCompletion: Array<{ zoneId: string, name: string, patrolEveryDays: number, expected: number, covered: number, rate: string, missed: Array<{ from: string, to: string }> }>, equipmentSummary: { inService: number, ok: number, expired: number, failed: number, checkOverdue: number, serviceDue: number, compliance: string }, trainingSummary: { required: number, valid: number, expiring: number, expired: number, missing: number, compliance: string }, incidentSummary: { incidents: number, serious: number, injured: number, reportedLate: number, perThousandStudents: string | null }, hazards: { nodes: Array<{ id: string, title: string, level: HazardLevel, status: HazardStatus, deadline: string | null, overdue: boolean, reportedAt: string }>, pageInfo: { hasNextPage: boolean } } }, safetyDrills: { nodes: Array<{ id: string, kind: DrillKind, heldOn: string, participants: number, evacuationSeconds: number | null, targetSeconds: number | null, metTarget: boolean | null }> } };

export type SafetyTrainingMatrixQueryVariables = Exact<{
  schoolId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SafetyTrainingMatrixQuery = { trainingCompliance: { nodes: Array<{ id: string, posts: Array<string>, staff: { id: string, name: string }, entries: Array<{ status: TrainingComplianceStatus, expiresOn: string | null, requirement: { id: string, name: string, post: string, kind: TrainingKind, validityMonths: number | null } }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SafetyRecordTrainingMutationVariables = Exact<{
  input: RecordTrainingInput;
}>;


export type SafetyRecordTrainingMutation = { recordTraining: { id: string, name: string, takenOn: string, expiresOn: string | null } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { token: string, expiresAt: string } };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { login: { token: string, expiresAt: string } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, username: string, displayName: string, districtId: string, staffId: string | null, directoryPermissions: Array<{ action: string, everywhere: boolean, schoolIds: Array<string> }>, financePermissions: Array<{ action: string, everywhere: boolean, schoolIds: Array<string> }>, canteenPermissions: Array<{ action: string, everywhere: boolean, schoolIds: Array<string> }>, facilitiesPermissions: Array<{ action: string, everywhere: boolean, schoolIds: Array<string> }>, safetyPermissions: Array<{ action: string, everywhere: boolean, schoolIds: Array<string> }>, roles: Array<{ role: Role, schoolId: string | null, school: { id: string, name: string, timeZone: string } | null }> } };

export type RegisterSchoolsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterSchoolsQuery = { schools: { nodes: Array<{ id: string, code: string, name: string, campuses: Array<{ id: string, name: string }> }> } };

export type MyNotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyNotificationsQuery = { me: { id: string, unreadNotificationCount: number, notifications: { nodes: Array<{ id: string, kind: NotificationKind, title: string, titleEn: string, subjectType: string, subjectId: string, createdAt: string, readAt: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { marked: number, unreadCount: number } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: { marked: number, unreadCount: number } };

export type MyWorkCanteenOpenMealServicesQueryVariables = Exact<{
  to: string;
}>;


export type MyWorkCanteenOpenMealServicesQuery = { mealServices: { nodes: Array<{ id: string, servedOn: string, meal: MealKind, createdAt: string, canteen: { id: string, name: string } | null, missingSamples: Array<{ dishId: string, problem: SampleProblem }> }>, pageInfo: { hasNextPage: boolean } } };

export type MyWorkCanteenInspectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkCanteenInspectionsQuery = { deliveries: { nodes: Array<{ id: string, deliveredOn: string, createdAt: string, inspectorAccountId: string, acceptedTotal: { yuan: string, fen: number }, supplier: { id: string, name: string }, canteen: { id: string, name: string } | null, school: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean } } };

export type MyWorkCanteenStockDecisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkCanteenStockDecisionsQuery = { stocktakes: { nodes: Array<{ id: string, canteenId: string, createdAt: string, submittedByAccountId: string | null, counts: Array<{ id: string, difference: number }> }>, pageInfo: { hasNextPage: boolean } }, stockWriteOffs: { nodes: Array<{ id: string, lotId: string, createdAt: string, requestedByAccountId: string, reason: string, quantityToWriteOff: { display: string } }>, pageInfo: { hasNextPage: boolean } }, canteens: { nodes: Array<{ id: string, name: string }> } };

export type MyWorkClaimsQueryVariables = Exact<{
  approves: boolean;
  reviews: boolean;
}>;


export type MyWorkClaimsQuery = { awaitingApproval?: { nodes: Array<{ id: string, title: string, createdAt: string, requesterAccountId: string, nextApprovalLevel: ApprovalLevel | null, school: { id: string, name: string }, requester: { id: string, name: string } | null, total: { yuan: string, fen: number } }>, pageInfo: { hasNextPage: boolean } }, awaitingReview?: { nodes: Array<{ id: string, title: string, createdAt: string, requesterAccountId: string, nextApprovalLevel: ApprovalLevel | null, school: { id: string, name: string }, requester: { id: string, name: string } | null, total: { yuan: string, fen: number } }>, pageInfo: { hasNextPage: boolean } } };

export type MyWorkClaimPageFragment = { nodes: Array<{ id: string, title: string, createdAt: string, requesterAccountId: string, nextApprovalLevel: ApprovalLevel | null, school: { id: string, name: string }, requester: { id: string, name: string } | null, total: { yuan: string, fen: number } }>, pageInfo: { hasNextPage: boolean } };

export type MyWorkFacilitiesDisposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkFacilitiesDisposalsQuery = { assetDisposals: { nodes: Array<{ id: string, method: AssetDisposalMethod, reason: string, createdAt: string, nextApprovalRole: AssetDisposalApproverRole | null, netBookValue: { yuan: string, fen: number }, asset: { id: string, tagNumber: string, name: string } | null }>, pageInfo: { hasNextPage: boolean } } };

export type MyWorkFacilitiesRequisitionsQueryVariables = Exact<{
  approver: boolean;
  issuer: boolean;
}>;


export type MyWorkFacilitiesRequisitionsQuery = { requested?: { pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, status: RequisitionStatus, createdAt: string, purpose: string | null, viewerActions: Array<RequisitionViewerAction>, estimatedValue: { yuan: string, fen: number }, requester: { id: string, name: string } | null, room: { id: string, number: string, name: string, building: { id: string, name: string } } | null, department: { id: string, name: string } | null, lines: Array<{ id: string, quantity: number, item: { id: string, name: string, unit: ConsumableUnit } | null }> }> }, approved?: { pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, status: RequisitionStatus, createdAt: string, purpose: string | null, viewerActions: Array<RequisitionViewerAction>, estimatedValue: { yuan: string, fen: number }, requester: { id: string, name: string } | null, room: { id: string, number: string, name: string, building: { id: string, name: string } } | null, department: { id: string, name: string } | null, lines: Array<{ id: string, quantity: number, item: { id: string, name: string, unit: ConsumableUnit } | null }> }> }, toConfirm: { pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, status: RequisitionStatus, createdAt: string, purpose: string | null, viewerActions: Array<RequisitionViewerAction>, estimatedValue: { yuan: string, fen: number }, requester: { id: string, name: string } | null, room: { id: string, number: string, name: string, building: { id: string, name: string } } | null, department: { id: string, name: string } | null, lines: Array<{ id: string, quantity: number, item: { id: string, name: string, unit: ConsumableUnit } | null }> }> } };

export type MyWorkRequisitionFieldsFragment = { nodes: Array<{ id: string, status: RequisitionStatus, createdAt: string, purpose: string | null, viewerActions: Array<RequisitionViewerAction>, estimatedValue: { yuan: string, fen: number }, requester: { id: string, name: string } | null, room: { id: string, number: string, name: string, building: { id: string, name: string } } | null, department: { id: string, name: string } | null, lines: Array<{ id: string, quantity: number, item: { id: string, name: string, unit: ConsumableUnit } | null }> }> };

export type MyWorkFacilitiesStocktakesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkFacilitiesStocktakesQuery = { assetStocktakes: { nodes: Array<{ id: string, scope: AssetStocktakeScope, note: string | null, closedAt: string | null, createdAt: string, viewerActions: Array<AssetStocktakeViewerAction>, room: { id: string, number: string, name: string, building: { id: string, name: string } } | null, summary: { missing: number, wrongRoom: number, unregistered: number } | null }>, pageInfo: { hasNextPage: boolean } } };

export type MyWorkFacilitiesWorkOrdersQueryVariables = Exact<{
  staffId: string;
  coster: boolean;
  reviewer: boolean;
  assigner: boolean;
  worker: boolean;
  accounter: boolean;
}>;


export type MyWorkFacilitiesWorkOrdersQuery = { reported?: { nodes: Array<{ id: string, title: string, status: WorkOrderStatus, category: WorkOrderCategory, reportedAt: string, dueAt: string, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, estimate: { yuan: string, fen: number } | null, room: { id: string, number: string, name: string, building: { id: string, name: string } } | null }>, pageInfo: { hasNextPage: boolean } }, costed?: { nodes: Array<{ id: string, title: string, status: WorkOrderStatus, category: WorkOrderCategory, reportedAt: string, dueAt: string, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, estimate: { yuan: string, fen: number } | null, room: { id: string, number: string, name: string, building: { id: string, name: string } } | null }>, pageInfo: { hasNextPage: boolean } }, approved?: { nodes: Array<{ id: string, title: string, status: WorkOrderStatus, category: WorkOrderCategory, reportedAt: string, dueAt: string, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, estimate: { yuan: string, fen: number } | null, room: { id: string, number: string, name: string, building: { id: string, name: string } } | null }>, pageInfo: { hasNextPage: boolean } }, assigned?: { nodes: Array<{ id: string, title: string, status: WorkOrderStatus, category: WorkOrderCategory, reportedAt: string, dueAt: string, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, estimate: { yuan: string, fen: number } | null, room: { id: string, number: string, name: string, building: { id: string, name: string } } | null }>, pageInfo: { hasNextPage: boolean } }, inProgress?: { nodes: Array<{ id: string, title: string, status: WorkOrderStatus, category: WorkOrderCategory, reportedAt: string, dueAt: string, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, estimate: { yuan: string, fen: number } | null, room: { id: string, number: string, name: string, building: { id: string, name: string } } | null }>, pageInfo: { hasNextPage: boolean } }, repaired?: { nodes: Array<{ id: string, title: string, status: WorkOrderStatus, category: WorkOrderCategory, reportedAt: string, dueAt: string, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, estimate: { yuan: string, fen: number } | null, room: { id: string, number: string, name: string, building: { id: string, name: string } } | null }>, pageInfo: { hasNextPage: boolean } }, toRate: { nodes: Array<{ id: string, title: string, status: WorkOrderStatus, category: WorkOrderCategory, reportedAt: string, dueAt: string, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, estimate: { yuan: string, fen: number } | null, room: { id: string, number: string, name: string, building: { id: string, name: string } } | null }>, pageInfo: { hasNextPage: boolean } } };

export type MyWorkWorkOrderFieldsFragment = { nodes: Array<{ id: string, title: string, status: WorkOrderStatus, category: WorkOrderCategory, reportedAt: string, dueAt: string, overdue: boolean, viewerActions: Array<WorkOrderViewerAction>, estimate: { yuan: string, fen: number } | null, room: { id: string, number: string, name: string, building: { id: string, name: string } } | null }>, pageInfo: { hasNextPage: boolean } };

export type MyWorkPurchasesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkPurchasesQuery = { purchaseRequests: { nodes: Array<{ id: string, reason: string, createdAt: string, requesterAccountId: string, nextApprovalLevel: ApprovalLevel | null, school: { id: string, name: string }, requester: { id: string, name: string } | null, estimatedTotal: { yuan: string, fen: number }, orderedTotal: { yuan: string, fen: number } | null }>, pageInfo: { hasNextPage: boolean } } };

export type MyWorkSafetyQueryVariables = Exact<{
  staffId: string;
}>;


export type MyWorkSafetyQuery = { hazards: { nodes: Array<{ id: string, title: string, status: HazardStatus, deadline: string | null, overdue: boolean, reportedAt: string, school: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean } }, mySafetyActionItems: { nodes: Array<{ id: string, description: string, deadline: string, source: ActionItemSource, sourceId: string }>, pageInfo: { hasNextPage: boolean } }, inspectionRounds: { nodes: Array<{ id: string, title: string, dueOn: string, school: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean } } };

export const CanteenMenuWeekFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CanteenMenuWeekFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MenuWeek"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canteenId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"dishes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"allergens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nutrients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyKcal"}},{"kind":"Field","name":{"kind":"Name","value":"proteinG"}},{"kind":"Field","name":{"kind":"Name","value":"calciumMg"}},{"kind":"Field","name":{"kind":"Name","value":"sodiumMg"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nutritionCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"passes"}},{"kind":"Field","name":{"kind":"Name","value":"shortfalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"passes"}},{"kind":"Field","name":{"kind":"Name","value":"meals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"passes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanteenMenuWeekFieldsFragment, unknown>;
export const DashboardRepairSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardRepairSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RepairSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"dueTimeCompliancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"meanMinutesToRepair"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]} as unknown as DocumentNode<DashboardRepairSummaryFieldsFragment, unknown>;
export const FacilitiesMaintenanceScheduleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesMaintenanceScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"templateCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"buildingId"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadDays"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastCompletedOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<FacilitiesMaintenanceScheduleFieldsFragment, unknown>;
export const FacilitiesChecklistAnswerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesChecklistAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"photoRef"}}]}}]} as unknown as DocumentNode<FacilitiesChecklistAnswerFieldsFragment, unknown>;
export const FacilitiesPatrolRouteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesPatrolRouteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatrolRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}}]}}]}}]} as unknown as DocumentNode<FacilitiesPatrolRouteFieldsFragment, unknown>;
export const FacilitiesPatrolRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesPatrolRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patrol"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"routeId"}},{"kind":"Field","name":{"kind":"Name","value":"patrollerAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"patrollerStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inWindow"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"scannedCount"}},{"kind":"Field","name":{"kind":"Name","value":"missedCount"}},{"kind":"Field","name":{"kind":"Name","value":"outOfOrderCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitiesPatrolRowFieldsFragment, unknown>;
export const FacilitiesPatrolScanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesPatrolScanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatrolScan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patrolId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointOrder"}},{"kind":"Field","name":{"kind":"Name","value":"outOfOrder"}},{"kind":"Field","name":{"kind":"Name","value":"issue"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"scannedAt"}}]}}]} as unknown as DocumentNode<FacilitiesPatrolScanFieldsFragment, unknown>;
export const FacilitiesPatrolWalkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesPatrolWalkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patrol"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesPatrolRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"scans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesPatrolScanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesPatrolRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patrol"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"routeId"}},{"kind":"Field","name":{"kind":"Name","value":"patrollerAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"patrollerStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inWindow"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"scannedCount"}},{"kind":"Field","name":{"kind":"Name","value":"missedCount"}},{"kind":"Field","name":{"kind":"Name","value":"outOfOrderCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesPatrolScanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatrolScan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patrolId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointOrder"}},{"kind":"Field","name":{"kind":"Name","value":"outOfOrder"}},{"kind":"Field","name":{"kind":"Name","value":"issue"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"scannedAt"}}]}}]} as unknown as DocumentNode<FacilitiesPatrolWalkFieldsFragment, unknown>;
export const FacilitiesWorkOrderRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesWorkOrderRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"safety"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesWorkOrderRowFieldsFragment, unknown>;
export const FacilitiesWorkOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"safety"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"contractorSupplierId"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repairMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"varianceExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeStaffIds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractorCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialsIssued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<FacilitiesWorkOrderFieldsFragment, unknown>;
export const FacilitiesRepairStatusFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesRepairStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RepairStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"canRate"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<FacilitiesRepairStatusFieldsFragment, unknown>;
export const FacilitiesStoreRoomFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesStoreRoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitiesStoreRoomFieldsFragment, unknown>;
export const FacilitiesRequisitionRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesRequisitionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Requisition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvalRequired"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesStoreRoomFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesStoreRoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitiesRequisitionRowFieldsFragment, unknown>;
export const WorkflowStepFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]} as unknown as DocumentNode<WorkflowStepFieldsFragment, unknown>;
export const SafetyActionItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SafetyActionItemFieldsFragment, unknown>;
export const SafetyEquipmentRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyEquipmentRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyEquipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"extinguisherType"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckPassed"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextServiceOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SafetyEquipmentRowFieldsFragment, unknown>;
export const SafetyHazardRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyHazardRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingRepair"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]} as unknown as DocumentNode<SafetyHazardRowFieldsFragment, unknown>;
export const SafetyHazardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyHazardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyHazardRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"funds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidencePhotoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rectifyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedVerifications"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyHazardRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingRepair"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]} as unknown as DocumentNode<SafetyHazardFieldsFragment, unknown>;
export const SafetyIncidentRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyIncidentRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"peopleAffected"}},{"kind":"Field","name":{"kind":"Name","value":"injured"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToDistrictAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SafetyIncidentRowFieldsFragment, unknown>;
export const SafetyRoundRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyRoundRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SafetyRoundRowFieldsFragment, unknown>;
export const SafetyRoundFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyRoundRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"photoRequired"}},{"kind":"Field","name":{"kind":"Name","value":"hazardLevel"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemIndex"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyRoundRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SafetyRoundFieldsFragment, unknown>;
export const MyWorkClaimPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkClaimPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenseClaimConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"nextApprovalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<MyWorkClaimPageFragment, unknown>;
export const MyWorkRequisitionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkRequisitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequisitionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkRequisitionFieldsFragment, unknown>;
export const MyWorkWorkOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkWorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<MyWorkWorkOrderFieldsFragment, unknown>;
export const CanteenPickerCanteensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenPickerCanteens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canteens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"storageLocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanteenPickerCanteensQuery, CanteenPickerCanteensQueryVariables>;
export const CanteenSampleSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenSampleSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canteenSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"sampleMinGrams"}},{"kind":"Field","name":{"kind":"Name","value":"sampleKeepHours"}}]}}]}}]} as unknown as DocumentNode<CanteenSampleSettingsQuery, CanteenSampleSettingsQueryVariables>;
export const CanteenMealServiceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenMealServiceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MealServiceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mealServices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"portionsPlannedStudents"}},{"kind":"Field","name":{"kind":"Name","value":"portionsPlannedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"mealsServed"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canteen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dishes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dishName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingSamples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dishId"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPerMeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenMealServiceListQuery, CanteenMealServiceListQueryVariables>;
export const CanteenMealServiceDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenMealServiceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mealService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"canteenId"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"portionsPlannedStudents"}},{"kind":"Field","name":{"kind":"Name","value":"portionsPlannedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"portionsServedStudents"}},{"kind":"Field","name":{"kind":"Name","value":"portionsServedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"mealsServed"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"samplesCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sampleMissingRaisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canteen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dishes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dishId"}},{"kind":"Field","name":{"kind":"Name","value":"dishName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dishId"}},{"kind":"Field","name":{"kind":"Name","value":"grams"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"keepUntil"}},{"kind":"Field","name":{"kind":"Name","value":"minGramsAtTaking"}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disposedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingSamples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dishId"}},{"kind":"Field","name":{"kind":"Name","value":"dishName"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"grams"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPerMeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lotsUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotId"}},{"kind":"Field","name":{"kind":"Name","value":"quantityIssued"}},{"kind":"Field","name":{"kind":"Name","value":"costIssued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ingredientId"}},{"kind":"Field","name":{"kind":"Name","value":"baseUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"productionDate"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"quarantineCertificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalTemperature"}},{"kind":"Field","name":{"kind":"Name","value":"sensoryOk"}},{"kind":"Field","name":{"kind":"Name","value":"ingredient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"supplierLicenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secondInspectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retainUntil"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondInspector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanteenMealServiceDetailQuery, CanteenMealServiceDetailQueryVariables>;
export const CanteenPlanMealServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenPlanMealService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanMealServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planMealService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CanteenPlanMealServiceMutation, CanteenPlanMealServiceMutationVariables>;
export const CanteenKitchenDishesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenKitchenDishes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dishes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenKitchenDishesQuery, CanteenKitchenDishesQueryVariables>;
export const CanteenAssignDutyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenAssignDuty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignMealServiceDutyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignMealServiceDuty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanteenAssignDutyMutation, CanteenAssignDutyMutationVariables>;
export const CanteenRecordMealCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenRecordMealCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMealCountsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMealCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"portionsServedStudents"}},{"kind":"Field","name":{"kind":"Name","value":"portionsServedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"mealsServed"}},{"kind":"Field","name":{"kind":"Name","value":"costPerMeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingSamples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dishId"}},{"kind":"Field","name":{"kind":"Name","value":"dishName"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"grams"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenRecordMealCountsMutation, CanteenRecordMealCountsMutationVariables>;
export const CanteenRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canteenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canteenStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"canteenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canteenId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"healthCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"morningCheckToday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"symptoms"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenRosterQuery, CanteenRosterQueryVariables>;
export const CanteenRecordMorningCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenRecordMorningCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMorningCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMorningCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"symptoms"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CanteenRecordMorningCheckMutation, CanteenRecordMorningCheckMutationVariables>;
export const CanteenHealthCertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenHealthCertificates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HealthCertificateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthCertificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenHealthCertificatesQuery, CanteenHealthCertificatesQueryVariables>;
export const CanteenRecordHealthCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenRecordHealthCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordHealthCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHealthCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CanteenRecordHealthCertificateMutation, CanteenRecordHealthCertificateMutationVariables>;
export const CanteenFoodSamplesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenFoodSamples"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FoodSampleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"foodSamples"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canteenId"}},{"kind":"Field","name":{"kind":"Name","value":"mealServiceId"}},{"kind":"Field","name":{"kind":"Name","value":"dishId"}},{"kind":"Field","name":{"kind":"Name","value":"grams"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"keepUntil"}},{"kind":"Field","name":{"kind":"Name","value":"minGramsAtTaking"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disposedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenFoodSamplesQuery, CanteenFoodSamplesQueryVariables>;
export const CanteenSampleableServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenSampleableServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canteenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mealServices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"canteenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canteenId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"locked"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"dishes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dishId"}},{"kind":"Field","name":{"kind":"Name","value":"dishName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanteenSampleableServicesQuery, CanteenSampleableServicesQueryVariables>;
export const CanteenKitchenStaffSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenKitchenStaffSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenKitchenStaffSearchQuery, CanteenKitchenStaffSearchQueryVariables>;
export const CanteenTakeFoodSampleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenTakeFoodSample"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TakeFoodSampleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeFoodSample"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grams"}},{"kind":"Field","name":{"kind":"Name","value":"keepUntil"}}]}}]}}]} as unknown as DocumentNode<CanteenTakeFoodSampleMutation, CanteenTakeFoodSampleMutationVariables>;
export const CanteenDisposeFoodSampleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenDisposeFoodSample"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disposeFoodSample"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disposedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenDisposeFoodSampleMutation, CanteenDisposeFoodSampleMutationVariables>;
export const CanteenAccompaniedMealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenAccompaniedMeals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccompaniedMealFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accompaniedMeals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canteen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leaderAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"leaderStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenAccompaniedMealsQuery, CanteenAccompaniedMealsQueryVariables>;
export const CanteenAccompaniedMealGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenAccompaniedMealGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccompaniedMealGapsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accompaniedMealGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canteenId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDays"}},{"kind":"Field","name":{"kind":"Name","value":"accompaniedDays"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}}]}}]}}]} as unknown as DocumentNode<CanteenAccompaniedMealGapsQuery, CanteenAccompaniedMealGapsQueryVariables>;
export const CanteenLogAccompaniedMealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenLogAccompaniedMeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogAccompaniedMealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logAccompaniedMeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]} as unknown as DocumentNode<CanteenLogAccompaniedMealMutation, CanteenLogAccompaniedMealMutationVariables>;
export const CanteenDishRatingSummariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenDishRatingSummaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DishFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dishes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"ratingSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"byScore"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"parentCommittee"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenDishRatingSummariesQuery, CanteenDishRatingSummariesQueryVariables>;
export const CanteenDishRatingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenDishRatings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DishRatingFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dishRatings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ratedOn"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"raterKind"}},{"kind":"Field","name":{"kind":"Name","value":"studentRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenDishRatingsQuery, CanteenDishRatingsQueryVariables>;
export const CanteenRateDishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenRateDish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateDishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateDish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]} as unknown as DocumentNode<CanteenRateDishMutation, CanteenRateDishMutationVariables>;
export const CanteenAddCanteenStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenAddCanteenStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCanteenStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCanteenStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}}]}}]} as unknown as DocumentNode<CanteenAddCanteenStaffMutation, CanteenAddCanteenStaffMutationVariables>;
export const CanteenSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canteenSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"bulkStapleCategories"}},{"kind":"Field","name":{"kind":"Name","value":"sampleMinGrams"}},{"kind":"Field","name":{"kind":"Name","value":"sampleKeepHours"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNoticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"breakfastEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lunchEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"dinnerEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CanteenSettingsQuery, CanteenSettingsQueryVariables>;
export const CanteenUpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenUpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCanteenSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCanteenSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"bulkStapleCategories"}},{"kind":"Field","name":{"kind":"Name","value":"sampleMinGrams"}},{"kind":"Field","name":{"kind":"Name","value":"sampleKeepHours"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNoticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"breakfastEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lunchEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"dinnerEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CanteenUpdateSettingsMutation, CanteenUpdateSettingsMutationVariables>;
export const CanteenDishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenDish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allergens"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingredientId"}},{"kind":"Field","name":{"kind":"Name","value":"grams"}},{"kind":"Field","name":{"kind":"Name","value":"ingredient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"foodCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nutrients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyKcal"}},{"kind":"Field","name":{"kind":"Name","value":"proteinG"}},{"kind":"Field","name":{"kind":"Name","value":"fatG"}},{"kind":"Field","name":{"kind":"Name","value":"carbohydrateG"}},{"kind":"Field","name":{"kind":"Name","value":"calciumMg"}},{"kind":"Field","name":{"kind":"Name","value":"ironMg"}},{"kind":"Field","name":{"kind":"Name","value":"vitaminAUgRae"}},{"kind":"Field","name":{"kind":"Name","value":"vitaminCMg"}},{"kind":"Field","name":{"kind":"Name","value":"sodiumMg"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenDishQuery, CanteenDishQueryVariables>;
export const CanteenDishesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenDishes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DishFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dishes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allergens"}},{"kind":"Field","name":{"kind":"Name","value":"nutrients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyKcal"}},{"kind":"Field","name":{"kind":"Name","value":"proteinG"}},{"kind":"Field","name":{"kind":"Name","value":"calciumMg"}},{"kind":"Field","name":{"kind":"Name","value":"sodiumMg"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenDishesQuery, CanteenDishesQueryVariables>;
export const CanteenDishIngredientOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenDishIngredientOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IngredientFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingredients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"foodCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ediblePercent"}},{"kind":"Field","name":{"kind":"Name","value":"allergens"}},{"kind":"Field","name":{"kind":"Name","value":"energyKcal"}},{"kind":"Field","name":{"kind":"Name","value":"proteinUg"}},{"kind":"Field","name":{"kind":"Name","value":"fatUg"}},{"kind":"Field","name":{"kind":"Name","value":"carbohydrateUg"}},{"kind":"Field","name":{"kind":"Name","value":"calciumUg"}},{"kind":"Field","name":{"kind":"Name","value":"ironUg"}},{"kind":"Field","name":{"kind":"Name","value":"vitaminAUg"}},{"kind":"Field","name":{"kind":"Name","value":"vitaminCUg"}},{"kind":"Field","name":{"kind":"Name","value":"sodiumUg"}},{"kind":"Field","name":{"kind":"Name","value":"forbidden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanteenDishIngredientOptionsQuery, CanteenDishIngredientOptionsQueryVariables>;
export const CanteenCreateDishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenCreateDish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CanteenCreateDishMutation, CanteenCreateDishMutationVariables>;
export const CanteenForbiddenFoodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenForbiddenFoods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forbiddenFoods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"foodCode"}},{"kind":"Field","name":{"kind":"Name","value":"ingredientId"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CanteenForbiddenFoodsQuery, CanteenForbiddenFoodsQueryVariables>;
export const CanteenAddForbiddenFoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenAddForbiddenFood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddForbiddenFoodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addForbiddenFood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CanteenAddForbiddenFoodMutation, CanteenAddForbiddenFoodMutationVariables>;
export const CanteenRemoveForbiddenFoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenRemoveForbiddenFood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeForbiddenFood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CanteenRemoveForbiddenFoodMutation, CanteenRemoveForbiddenFoodMutationVariables>;
export const CanteenIngredientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenIngredients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IngredientFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingredients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"foodCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"baseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"pieceGrams"}},{"kind":"Field","name":{"kind":"Name","value":"ediblePercent"}},{"kind":"Field","name":{"kind":"Name","value":"allergens"}},{"kind":"Field","name":{"kind":"Name","value":"energyKcal"}},{"kind":"Field","name":{"kind":"Name","value":"proteinUg"}},{"kind":"Field","name":{"kind":"Name","value":"fatUg"}},{"kind":"Field","name":{"kind":"Name","value":"carbohydrateUg"}},{"kind":"Field","name":{"kind":"Name","value":"calciumUg"}},{"kind":"Field","name":{"kind":"Name","value":"ironUg"}},{"kind":"Field","name":{"kind":"Name","value":"vitaminAUg"}},{"kind":"Field","name":{"kind":"Name","value":"vitaminCUg"}},{"kind":"Field","name":{"kind":"Name","value":"sodiumUg"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"forbidden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenIngredientsQuery, CanteenIngredientsQueryVariables>;
export const CanteenImportIngredientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenImportIngredients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportIngredientsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importIngredients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}}]}}]}}]} as unknown as DocumentNode<CanteenImportIngredientsMutation, CanteenImportIngredientsMutationVariables>;
export const CanteenPublicMenuDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenPublicMenu"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canteenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedMenu"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"canteenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canteenId"}}},{"kind":"Argument","name":{"kind":"Name","value":"weekOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canteenId"}},{"kind":"Field","name":{"kind":"Name","value":"canteenName"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"dishes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"allergens"}},{"kind":"Field","name":{"kind":"Name","value":"nutrients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyKcal"}},{"kind":"Field","name":{"kind":"Name","value":"proteinG"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nutrients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyKcal"}},{"kind":"Field","name":{"kind":"Name","value":"proteinG"}},{"kind":"Field","name":{"kind":"Name","value":"fatG"}},{"kind":"Field","name":{"kind":"Name","value":"carbohydrateG"}},{"kind":"Field","name":{"kind":"Name","value":"calciumMg"}},{"kind":"Field","name":{"kind":"Name","value":"ironMg"}},{"kind":"Field","name":{"kind":"Name","value":"vitaminCMg"}},{"kind":"Field","name":{"kind":"Name","value":"sodiumMg"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nutritionCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passes"}},{"kind":"Field","name":{"kind":"Name","value":"shortfalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanteenPublicMenuQuery, CanteenPublicMenuQueryVariables>;
export const CanteenMenuCanteensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenMenuCanteens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canteens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanteenMenuCanteensQuery, CanteenMenuCanteensQueryVariables>;
export const CanteenMenuWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenMenuWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MenuWeekFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"menuWeeks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CanteenMenuWeekFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CanteenMenuWeekFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MenuWeek"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canteenId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"dishes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"allergens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nutrients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyKcal"}},{"kind":"Field","name":{"kind":"Name","value":"proteinG"}},{"kind":"Field","name":{"kind":"Name","value":"calciumMg"}},{"kind":"Field","name":{"kind":"Name","value":"sodiumMg"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nutritionCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"passes"}},{"kind":"Field","name":{"kind":"Name","value":"shortfalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"passes"}},{"kind":"Field","name":{"kind":"Name","value":"meals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"passes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanteenMenuWeekQuery, CanteenMenuWeekQueryVariables>;
export const CanteenMenuDishOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenMenuDishOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dishes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"allergens"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenMenuDishOptionsQuery, CanteenMenuDishOptionsQueryVariables>;
export const CanteenSaveMenuWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenSaveMenuWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveMenuWeekInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveMenuWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CanteenMenuWeekFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CanteenMenuWeekFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MenuWeek"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canteenId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"dishes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"allergens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nutrients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyKcal"}},{"kind":"Field","name":{"kind":"Name","value":"proteinG"}},{"kind":"Field","name":{"kind":"Name","value":"calciumMg"}},{"kind":"Field","name":{"kind":"Name","value":"sodiumMg"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nutritionCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"passes"}},{"kind":"Field","name":{"kind":"Name","value":"shortfalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"passes"}},{"kind":"Field","name":{"kind":"Name","value":"meals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"passes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanteenSaveMenuWeekMutation, CanteenSaveMenuWeekMutationVariables>;
export const CanteenPublishMenuWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenPublishMenuWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishMenuWeekInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishMenuWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CanteenMenuWeekFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CanteenMenuWeekFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MenuWeek"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canteenId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"dishes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"allergens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nutrients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyKcal"}},{"kind":"Field","name":{"kind":"Name","value":"proteinG"}},{"kind":"Field","name":{"kind":"Name","value":"calciumMg"}},{"kind":"Field","name":{"kind":"Name","value":"sodiumMg"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nutritionCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"passes"}},{"kind":"Field","name":{"kind":"Name","value":"shortfalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"passes"}},{"kind":"Field","name":{"kind":"Name","value":"meals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"passes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanteenPublishMenuWeekMutation, CanteenPublishMenuWeekMutationVariables>;
export const CanteenStockSuppliersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenStockSuppliers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"foodSupplier"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"foodLicenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"foodLicenceExpiresOn"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenStockSuppliersQuery, CanteenStockSuppliersQueryVariables>;
export const CanteenIngredientSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenIngredientSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingredients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"foodCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"baseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"pieceGrams"}},{"kind":"Field","name":{"kind":"Name","value":"forbidden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanteenIngredientSearchQuery, CanteenIngredientSearchQueryVariables>;
export const CanteenIngredientNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenIngredientName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingredient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"foodCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"baseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"pieceGrams"}}]}}]}}]} as unknown as DocumentNode<CanteenIngredientNameQuery, CanteenIngredientNameQueryVariables>;
export const CanteenBulkStaplesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenBulkStaples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canteenSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"bulkStapleCategories"}}]}}]}}]} as unknown as DocumentNode<CanteenBulkStaplesQuery, CanteenBulkStaplesQueryVariables>;
export const CanteenRecordDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenRecordDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDeliveryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CanteenRecordDeliveryMutation, CanteenRecordDeliveryMutationVariables>;
export const CanteenDeliveryListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenDeliveryList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secondInspectionRequired"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canteen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveredTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenDeliveryListQuery, CanteenDeliveryListQueryVariables>;
export const CanteenDeliveryDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenDeliveryDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"canteenId"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"supplierLicenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"secondInspectionRequired"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"secondInspectorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"secondInspectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retainUntil"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveredTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canteen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondInspector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"ingredientCategory"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAmount"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredUnit"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"productionDate"}},{"kind":"Field","name":{"kind":"Name","value":"shelfLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"keptAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalTemperature"}},{"kind":"Field","name":{"kind":"Name","value":"quarantineCertificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sensoryOk"}},{"kind":"Field","name":{"kind":"Name","value":"sensoryNotes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ingredient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"balanceQuantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenDeliveryDetailQuery, CanteenDeliveryDetailQueryVariables>;
export const CanteenSecondInspectDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenSecondInspectDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SecondInspectDeliveryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secondInspectDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"secondInspectorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"secondInspectedAt"}}]}}]}}]} as unknown as DocumentNode<CanteenSecondInspectDeliveryMutation, CanteenSecondInspectDeliveryMutationVariables>;
export const CanteenStockLotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenStockLots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StockLotFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockLots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canteenId"}},{"kind":"Field","name":{"kind":"Name","value":"ingredientId"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"productionDate"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"baseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"balanceQuantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenStockLotsQuery, CanteenStockLotsQueryVariables>;
export const CanteenStockLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenStockLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"canteenId"}},{"kind":"Field","name":{"kind":"Name","value":"ingredientId"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryItemId"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"productionDate"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceQuantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"mealServiceId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"moved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanteenStockLotQuery, CanteenStockLotQueryVariables>;
export const CanteenOpenMealServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenOpenMealServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canteenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mealServices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"canteenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canteenId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"locked"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"portionsPlannedStudents"}},{"kind":"Field","name":{"kind":"Name","value":"portionsPlannedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"issuedCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanteenOpenMealServicesQuery, CanteenOpenMealServicesQueryVariables>;
export const CanteenIssueStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenIssueStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueStockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mealServiceId"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotId"}},{"kind":"Field","name":{"kind":"Name","value":"moved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ingredientId"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"balanceQuantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanteenIssueStockMutation, CanteenIssueStockMutationVariables>;
export const CanteenStocktakeListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenStocktakeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StocktakeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stocktakes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"canteenId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenStocktakeListQuery, CanteenStocktakeListQueryVariables>;
export const CanteenStocktakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenStocktake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stocktake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"canteenId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotId"}},{"kind":"Field","name":{"kind":"Name","value":"baseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"countedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bookQuantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"differenceQuantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenStocktakeQuery, CanteenStocktakeQueryVariables>;
export const CanteenOpenStocktakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenOpenStocktake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenStocktakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openStocktake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CanteenOpenStocktakeMutation, CanteenOpenStocktakeMutationVariables>;
export const CanteenRecordStocktakeCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenRecordStocktakeCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordStocktakeCountsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordStocktakeCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CanteenRecordStocktakeCountsMutation, CanteenRecordStocktakeCountsMutationVariables>;
export const CanteenSubmitStocktakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenSubmitStocktake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitStocktakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitStocktake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CanteenSubmitStocktakeMutation, CanteenSubmitStocktakeMutationVariables>;
export const CanteenApproveStocktakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenApproveStocktake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveStocktake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CanteenApproveStocktakeMutation, CanteenApproveStocktakeMutationVariables>;
export const CanteenRejectStocktakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenRejectStocktake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectStocktake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CanteenRejectStocktakeMutation, CanteenRejectStocktakeMutationVariables>;
export const CanteenStockWriteOffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenStockWriteOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockWriteOff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"canteenId"}},{"kind":"Field","name":{"kind":"Name","value":"lotId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"quantityToWriteOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ingredientId"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"balanceQuantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<CanteenStockWriteOffQuery, CanteenStockWriteOffQueryVariables>;
export const CanteenApproveStockWriteOffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenApproveStockWriteOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveStockWriteOff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CanteenApproveStockWriteOffMutation, CanteenApproveStockWriteOffMutationVariables>;
export const CanteenRejectStockWriteOffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CanteenRejectStockWriteOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectStockWriteOff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CanteenRejectStockWriteOffMutation, CanteenRejectStockWriteOffMutationVariables>;
export const DistrictDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtBudgetComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"studentCount"}},{"kind":"Field","name":{"kind":"Name","value":"spentPerStudent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountBalances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canteen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"canteenStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openingBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mealFeeIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foodCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"canteenCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mealsServed"}},{"kind":"Field","name":{"kind":"Name","value":"costPerMeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sampleCompliance"}},{"kind":"Field","name":{"kind":"Name","value":"morningCheckCompliance"}},{"kind":"Field","name":{"kind":"Name","value":"certificateCompliance"}},{"kind":"Field","name":{"kind":"Name","value":"nutritionPassRate"}},{"kind":"Field","name":{"kind":"Name","value":"accompaniedCoverage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assetSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"netBookValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meterReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studentCount"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"printing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printedPages"}},{"kind":"Field","name":{"kind":"Name","value":"doubleSidedRatio"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DistrictDashboardQuery, DistrictDashboardQueryVariables>;
export const SchoolRepairSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolRepairSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"repairSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardRepairSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardRepairSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RepairSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"dueTimeCompliancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"meanMinutesToRepair"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]} as unknown as DocumentNode<SchoolRepairSummaryQuery, SchoolRepairSummaryQueryVariables>;
export const DistrictRepairSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictRepairSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"repairSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardRepairSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardRepairSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RepairSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"dueTimeCompliancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"meanMinutesToRepair"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]} as unknown as DocumentNode<DistrictRepairSummaryQuery, DistrictRepairSummaryQueryVariables>;
export const SafetyDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hazardSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"openMajor"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openOverMonth"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"rectified"}},{"kind":"Field","name":{"kind":"Name","value":"meanHoursToRectify"}},{"kind":"Field","name":{"kind":"Name","value":"byLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectionCompletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patrolCompletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equipmentSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inService"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"compliance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"compliance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"injured"}},{"kind":"Field","name":{"kind":"Name","value":"reportedLate"}},{"kind":"Field","name":{"kind":"Name","value":"perThousandStudents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drillGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SafetyDashboardQuery, SafetyDashboardQueryVariables>;
export const DashboardJournalEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardJournalEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JournalEntryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"journalEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fund"}},{"kind":"Field","name":{"kind":"Name","value":"entryDate"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"reversesEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"debit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardJournalEntriesQuery, DashboardJournalEntriesQueryVariables>;
export const SchoolDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"studentCount"}},{"kind":"Field","name":{"kind":"Name","value":"spentPerStudent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountBalances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canteen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetExecution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spentByMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"canteenCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mealsServed"}},{"kind":"Field","name":{"kind":"Name","value":"costPerMeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sampleCompliance"}},{"kind":"Field","name":{"kind":"Name","value":"morningCheckCompliance"}},{"kind":"Field","name":{"kind":"Name","value":"certificateCompliance"}},{"kind":"Field","name":{"kind":"Name","value":"nutritionPassRate"}},{"kind":"Field","name":{"kind":"Name","value":"accompaniedCoverage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assetSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"netBookValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meterReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studentCount"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"printing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printedPages"}},{"kind":"Field","name":{"kind":"Name","value":"doubleSidedRatio"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"canteenStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"openingBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mealFeeIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foodCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherExpense"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolDashboardQuery, SchoolDashboardQueryVariables>;
export const CanteenStatementPrintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanteenStatementPrint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"canteenCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mealsServed"}},{"kind":"Field","name":{"kind":"Name","value":"costPerMeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sampleCompliance"}},{"kind":"Field","name":{"kind":"Name","value":"morningCheckCompliance"}},{"kind":"Field","name":{"kind":"Name","value":"certificateCompliance"}},{"kind":"Field","name":{"kind":"Name","value":"nutritionPassRate"}},{"kind":"Field","name":{"kind":"Name","value":"accompaniedCoverage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canteenStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"openingBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mealFeeIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foodCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherExpense"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanteenStatementPrintQuery, CanteenStatementPrintQueryVariables>;
export const DashboardSchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardSchools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardSchoolsQuery, DashboardSchoolsQueryVariables>;
export const AdminSchoolNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSchoolName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminSchoolNameQuery, AdminSchoolNameQueryVariables>;
export const AdminSchoolOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSchoolOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSchoolOptionsQuery, AdminSchoolOptionsQueryVariables>;
export const AdminCreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<AdminCreateAccountMutation, AdminCreateAccountMutationVariables>;
export const AdminGrantRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminGrantRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminGrantRoleMutation, AdminGrantRoleMutationVariables>;
export const AdminDeactivateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeactivateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<AdminDeactivateAccountMutation, AdminDeactivateAccountMutationVariables>;
export const AdminStaffOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminStaffOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminStaffOptionsQuery, AdminStaffOptionsQueryVariables>;
export const AdminAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAccountsQuery, AdminAccountsQueryVariables>;
export const AdminRevokeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminRevokeRoleMutation, AdminRevokeRoleMutationVariables>;
export const AdminDirectoryDeadLettersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminDirectoryDeadLetters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeadLetterFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryDeadLetters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"parkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replayedAt"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminDirectoryDeadLettersQuery, AdminDirectoryDeadLettersQueryVariables>;
export const AdminFinanceDeadLettersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminFinanceDeadLetters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeadLetterFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeDeadLetters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"parkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replayedAt"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminFinanceDeadLettersQuery, AdminFinanceDeadLettersQueryVariables>;
export const AdminReplayDirectoryDeadLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminReplayDirectoryDeadLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayDirectoryDeadLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"deadLetter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"replayedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AdminReplayDirectoryDeadLetterMutation, AdminReplayDirectoryDeadLetterMutationVariables>;
export const AdminReplayFinanceDeadLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminReplayFinanceDeadLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayFinanceDeadLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"deadLetter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"replayedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AdminReplayFinanceDeadLetterMutation, AdminReplayFinanceDeadLetterMutationVariables>;
export const AdminCreateCampusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateCampus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}}]}}]}}]} as unknown as DocumentNode<AdminCreateCampusMutation, AdminCreateCampusMutationVariables>;
export const AdminMoveCampusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminMoveCampus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveCampusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveCampus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AdminMoveCampusMutation, AdminMoveCampusMutationVariables>;
export const AdminSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"studentCount"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"campuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminSchoolQuery, AdminSchoolQueryVariables>;
export const AdminCreateSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSchoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"studentCount"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AdminCreateSchoolMutation, AdminCreateSchoolMutationVariables>;
export const AdminUpdateSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSchoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"studentCount"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateSchoolMutation, AdminUpdateSchoolMutationVariables>;
export const AdminSchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSchools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"studentCount"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"campuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSchoolsQuery, AdminSchoolsQueryVariables>;
export const AdminWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"robotSigned"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<AdminWebhookEndpointQuery, AdminWebhookEndpointQueryVariables>;
export const AdminWebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminWebhookDeliveriesQuery, AdminWebhookDeliveriesQueryVariables>;
export const AdminPauseWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminPauseWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PauseWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AdminPauseWebhookEndpointMutation, AdminPauseWebhookEndpointMutationVariables>;
export const AdminResumeWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminResumeWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AdminResumeWebhookEndpointMutation, AdminResumeWebhookEndpointMutationVariables>;
export const AdminRotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRotateWebhookSecretMutation, AdminRotateWebhookSecretMutationVariables>;
export const AdminDeleteWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeleteWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<AdminDeleteWebhookEndpointMutation, AdminDeleteWebhookEndpointMutationVariables>;
export const AdminCreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"robotSigned"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreateWebhookEndpointMutation, AdminCreateWebhookEndpointMutationVariables>;
export const AdminUpdateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"robotSigned"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateWebhookEndpointMutation, AdminUpdateWebhookEndpointMutationVariables>;
export const AdminWebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWebhookEndpoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminWebhookEndpointsQuery, AdminWebhookEndpointsQueryVariables>;
export const StaffRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<StaffRegisterQuery, StaffRegisterQueryVariables>;
export const ImportStaffRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportStaffRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ImportStaffRegisterMutation, ImportStaffRegisterMutationVariables>;
export const FacilitiesAssetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesAssets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssetFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classCode"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"acquiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"custodianStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"netBookValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accumulatedDepreciation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assetClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"custodian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesAssetsQuery, FacilitiesAssetsQueryVariables>;
export const FacilitiesAssetClassesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesAssetClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"usefulLifeYears"}},{"kind":"Field","name":{"kind":"Name","value":"registrable"}}]}}]}}]} as unknown as DocumentNode<FacilitiesAssetClassesQuery, FacilitiesAssetClassesQueryVariables>;
export const FacilitiesAssetRoomsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesAssetRooms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesAssetRoomsQuery, FacilitiesAssetRoomsQueryVariables>;
export const FacilitiesAssetStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesAssetStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesAssetStaffQuery, FacilitiesAssetStaffQueryVariables>;
export const FacilitiesImportAssetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesImportAssets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportAssetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importAssets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<FacilitiesImportAssetsMutation, FacilitiesImportAssetsMutationVariables>;
export const FacilitiesRegisterAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesRegisterAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterAssetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}}]}}]}}]} as unknown as DocumentNode<FacilitiesRegisterAssetMutation, FacilitiesRegisterAssetMutationVariables>;
export const FacilitiesAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classCode"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"acquiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"usefulLifeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"custodianStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyDepreciation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accumulatedDepreciation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"netBookValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assetClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"custodian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromRoomId"}},{"kind":"Field","name":{"kind":"Name","value":"toRoomId"}},{"kind":"Field","name":{"kind":"Name","value":"fromCustodianStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"toCustodianStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"nextApprovalRole"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"netBookValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesAssetQuery, FacilitiesAssetQueryVariables>;
export const FacilitiesMoveAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesMoveAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveAssetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<FacilitiesMoveAssetMutation, FacilitiesMoveAssetMutationVariables>;
export const FacilitiesChangeAssetStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesChangeAssetStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeAssetStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeAssetStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<FacilitiesChangeAssetStatusMutation, FacilitiesChangeAssetStatusMutationVariables>;
export const FacilitiesRequestAssetDisposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesRequestAssetDisposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAssetDisposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAssetDisposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FacilitiesRequestAssetDisposalMutation, FacilitiesRequestAssetDisposalMutationVariables>;
export const FacilitiesAssetDisposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesAssetDisposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssetDisposalFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetDisposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"nextApprovalRole"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"netBookValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesAssetDisposalsQuery, FacilitiesAssetDisposalsQueryVariables>;
export const FacilitiesAssetDisposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesAssetDisposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetDisposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"valuationMonth"}},{"kind":"Field","name":{"kind":"Name","value":"approvalRoles"}},{"kind":"Field","name":{"kind":"Name","value":"approvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextApprovalRole"}},{"kind":"Field","name":{"kind":"Name","value":"requesterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"disposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProceeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accumulatedDepreciation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"netBookValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvalValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]}}]} as unknown as DocumentNode<FacilitiesAssetDisposalQuery, FacilitiesAssetDisposalQueryVariables>;
export const FacilitiesApproveAssetDisposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesApproveAssetDisposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveAssetDisposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAssetDisposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextApprovalRole"}}]}}]}}]} as unknown as DocumentNode<FacilitiesApproveAssetDisposalMutation, FacilitiesApproveAssetDisposalMutationVariables>;
export const FacilitiesRejectAssetDisposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesRejectAssetDisposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectAssetDisposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectAssetDisposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FacilitiesRejectAssetDisposalMutation, FacilitiesRejectAssetDisposalMutationVariables>;
export const FacilitiesCancelAssetDisposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesCancelAssetDisposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAssetDisposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAssetDisposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FacilitiesCancelAssetDisposalMutation, FacilitiesCancelAssetDisposalMutationVariables>;
export const FacilitiesMaintenanceSchedulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesMaintenanceSchedules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenanceSchedules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesMaintenanceScheduleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesMaintenanceScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"templateCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"buildingId"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadDays"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastCompletedOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<FacilitiesMaintenanceSchedulesQuery, FacilitiesMaintenanceSchedulesQueryVariables>;
export const FacilitiesMaintenanceScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesMaintenanceSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenanceSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesMaintenanceScheduleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesMaintenanceScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"templateCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"buildingId"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadDays"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastCompletedOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<FacilitiesMaintenanceScheduleQuery, FacilitiesMaintenanceScheduleQueryVariables>;
export const FacilitiesMaintenanceTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesMaintenanceTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenanceTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"basisNote"}}]}}]}}]} as unknown as DocumentNode<FacilitiesMaintenanceTemplatesQuery, FacilitiesMaintenanceTemplatesQueryVariables>;
export const FacilitiesMaintenanceCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesMaintenanceCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenanceCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesMaintenanceCalendarQuery, FacilitiesMaintenanceCalendarQueryVariables>;
export const FacilitiesWorkOrderOccurrenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesWorkOrderOccurrence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenanceCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"checklistAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesChecklistAnswerFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesChecklistAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"photoRef"}}]}}]} as unknown as DocumentNode<FacilitiesWorkOrderOccurrenceQuery, FacilitiesWorkOrderOccurrenceQueryVariables>;
export const FacilitiesMaintenanceBuildingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesMaintenanceBuildings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesMaintenanceBuildingsQuery, FacilitiesMaintenanceBuildingsQueryVariables>;
export const FacilitiesCreateMaintenanceScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesCreateMaintenanceSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMaintenanceScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMaintenanceSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesMaintenanceScheduleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesMaintenanceScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"templateCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"buildingId"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadDays"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastCompletedOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<FacilitiesCreateMaintenanceScheduleMutation, FacilitiesCreateMaintenanceScheduleMutationVariables>;
export const FacilitiesSetMaintenanceScheduleActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesSetMaintenanceScheduleActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMaintenanceScheduleActiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMaintenanceScheduleActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesMaintenanceScheduleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesMaintenanceScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"templateCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"buildingId"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadDays"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastCompletedOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<FacilitiesSetMaintenanceScheduleActiveMutation, FacilitiesSetMaintenanceScheduleActiveMutationVariables>;
export const FacilitiesRecordMaintenanceChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesRecordMaintenanceChecklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMaintenanceChecklistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMaintenanceChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"checklistAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesChecklistAnswerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesChecklistAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"photoRef"}}]}}]} as unknown as DocumentNode<FacilitiesRecordMaintenanceChecklistMutation, FacilitiesRecordMaintenanceChecklistMutationVariables>;
export const FacilitiesMetersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesMeters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UtilityMeterFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"utilityMeters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"utility"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastValue"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadAt"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesMetersQuery, FacilitiesMetersQueryVariables>;
export const FacilitiesMeterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesMeter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dayFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"monthFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"utilityMeter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"utility"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"installedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastValue"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadAt"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"daily"},"name":{"kind":"Name","value":"meterConsumption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dayFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"DAY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceYuan"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"consumption"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"monthly"},"name":{"kind":"Name","value":"meterConsumption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"monthFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"consumption"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesMeterQuery, FacilitiesMeterQueryVariables>;
export const FacilitiesMeterReadingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesMeterReadings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meterReadings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesMeterReadingsQuery, FacilitiesMeterReadingsQueryVariables>;
export const FacilitiesMeterAnomaliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesMeterAnomalies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeterAnomalyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meterAnomalies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meterId"}},{"kind":"Field","name":{"kind":"Name","value":"utility"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromAt"}},{"kind":"Field","name":{"kind":"Name","value":"toAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspectedLeak"}},{"kind":"Field","name":{"kind":"Name","value":"consumption"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"meter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesMeterAnomaliesQuery, FacilitiesMeterAnomaliesQueryVariables>;
export const FacilitiesRecordMeterReadingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesRecordMeterReading"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeterReadingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeterReading"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reading"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastValue"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"suspectedLeak"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesRecordMeterReadingMutation, FacilitiesRecordMeterReadingMutationVariables>;
export const FacilitiesMeterReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesMeterReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"studentCount"}},{"kind":"Field","name":{"kind":"Name","value":"meterReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"studentCount"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meterId"}},{"kind":"Field","name":{"kind":"Name","value":"utility"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"consumption"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"utility"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"consumption"}},{"kind":"Field","name":{"kind":"Name","value":"consumptionPerStudent"}},{"kind":"Field","name":{"kind":"Name","value":"meterCount"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPerStudent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesMeterReportQuery, FacilitiesMeterReportQueryVariables>;
export const FacilitiesPatrolRoutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesPatrolRoutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patrolRoutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesPatrolRouteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesPatrolRouteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatrolRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}}]}}]}}]} as unknown as DocumentNode<FacilitiesPatrolRoutesQuery, FacilitiesPatrolRoutesQueryVariables>;
export const FacilitiesPatrolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesPatrols"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"routeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patrols"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"routeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"routeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesPatrolRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesPatrolRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patrol"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"routeId"}},{"kind":"Field","name":{"kind":"Name","value":"patrollerAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"patrollerStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inWindow"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"scannedCount"}},{"kind":"Field","name":{"kind":"Name","value":"missedCount"}},{"kind":"Field","name":{"kind":"Name","value":"outOfOrderCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitiesPatrolsQuery, FacilitiesPatrolsQueryVariables>;
export const FacilitiesRouteWalksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesRouteWalks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"routeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patrols"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"routeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"routeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesPatrolWalkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesPatrolRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patrol"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"routeId"}},{"kind":"Field","name":{"kind":"Name","value":"patrollerAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"patrollerStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inWindow"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"scannedCount"}},{"kind":"Field","name":{"kind":"Name","value":"missedCount"}},{"kind":"Field","name":{"kind":"Name","value":"outOfOrderCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesPatrolScanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatrolScan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patrolId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointOrder"}},{"kind":"Field","name":{"kind":"Name","value":"outOfOrder"}},{"kind":"Field","name":{"kind":"Name","value":"issue"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"scannedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesPatrolWalkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patrol"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesPatrolRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"scans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesPatrolScanFields"}}]}}]}}]} as unknown as DocumentNode<FacilitiesRouteWalksQuery, FacilitiesRouteWalksQueryVariables>;
export const FacilitiesCreatePatrolRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesCreatePatrolRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePatrolRouteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPatrolRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesPatrolRouteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesPatrolRouteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatrolRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}}]}}]}}]} as unknown as DocumentNode<FacilitiesCreatePatrolRouteMutation, FacilitiesCreatePatrolRouteMutationVariables>;
export const FacilitiesStartPatrolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesStartPatrol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartPatrolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPatrol"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesPatrolWalkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesPatrolRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patrol"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"routeId"}},{"kind":"Field","name":{"kind":"Name","value":"patrollerAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"patrollerStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inWindow"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"scannedCount"}},{"kind":"Field","name":{"kind":"Name","value":"missedCount"}},{"kind":"Field","name":{"kind":"Name","value":"outOfOrderCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesPatrolScanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatrolScan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patrolId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointOrder"}},{"kind":"Field","name":{"kind":"Name","value":"outOfOrder"}},{"kind":"Field","name":{"kind":"Name","value":"issue"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"scannedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesPatrolWalkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patrol"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesPatrolRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"scans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesPatrolScanFields"}}]}}]}}]} as unknown as DocumentNode<FacilitiesStartPatrolMutation, FacilitiesStartPatrolMutationVariables>;
export const FacilitiesRecordPatrolScanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesRecordPatrolScan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPatrolScanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPatrolScan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesPatrolScanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesPatrolScanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatrolScan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patrolId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointOrder"}},{"kind":"Field","name":{"kind":"Name","value":"outOfOrder"}},{"kind":"Field","name":{"kind":"Name","value":"issue"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"scannedAt"}}]}}]} as unknown as DocumentNode<FacilitiesRecordPatrolScanMutation, FacilitiesRecordPatrolScanMutationVariables>;
export const FacilitiesFinishPatrolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesFinishPatrol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinishPatrolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishPatrol"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesPatrolWalkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesPatrolRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patrol"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"routeId"}},{"kind":"Field","name":{"kind":"Name","value":"patrollerAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"patrollerStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inWindow"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"scannedCount"}},{"kind":"Field","name":{"kind":"Name","value":"missedCount"}},{"kind":"Field","name":{"kind":"Name","value":"outOfOrderCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesPatrolScanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatrolScan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patrolId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointOrder"}},{"kind":"Field","name":{"kind":"Name","value":"outOfOrder"}},{"kind":"Field","name":{"kind":"Name","value":"issue"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"scannedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesPatrolWalkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patrol"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesPatrolRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"scans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesPatrolScanFields"}}]}}]}}]} as unknown as DocumentNode<FacilitiesFinishPatrolMutation, FacilitiesFinishPatrolMutationVariables>;
export const FacilitiesPlacesTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesPlacesTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"campusId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"floorsAbove"}},{"kind":"Field","name":{"kind":"Name","value":"floorsBelow"}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"floors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"qrPayload"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesPlacesTreeQuery, FacilitiesPlacesTreeQueryVariables>;
export const FacilitiesCreateBuildingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesCreateBuilding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBuildingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBuilding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitiesCreateBuildingMutation, FacilitiesCreateBuildingMutationVariables>;
export const FacilitiesCreateRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesCreateRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitiesCreateRoomMutation, FacilitiesCreateRoomMutationVariables>;
export const FacilitiesRoomByQrDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesRoomByQr"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roomByQrCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"qrPayload"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesRoomByQrQuery, FacilitiesRoomByQrQueryVariables>;
export const FacilitiesCampusOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesCampusOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesCampusOptionsQuery, FacilitiesCampusOptionsQueryVariables>;
export const FacilitiesPrintCentreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesPrintCentre"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printCharges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"jobs"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"}},{"kind":"Field","name":{"kind":"Name","value":"printedPages"}},{"kind":"Field","name":{"kind":"Name","value":"doubleSidedPages"}},{"kind":"Field","name":{"kind":"Name","value":"doubleSidedRatio"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"printPrices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paperSize"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesPrintCentreQuery, FacilitiesPrintCentreQueryVariables>;
export const FacilitiesPrintJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesPrintJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrintJobFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"paperSize"}},{"kind":"Field","name":{"kind":"Name","value":"duplex"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"printedAt"}},{"kind":"Field","name":{"kind":"Name","value":"printedPages"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricePerPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesPrintJobsQuery, FacilitiesPrintJobsQueryVariables>;
export const FacilitiesPrintLookupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesPrintLookups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesPrintLookupsQuery, FacilitiesPrintLookupsQueryVariables>;
export const FacilitiesRecordPrintJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesRecordPrintJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPrintJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPrintJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesRecordPrintJobMutation, FacilitiesRecordPrintJobMutationVariables>;
export const FacilitiesVoidPrintJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesVoidPrintJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoidPrintJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidPrintJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FacilitiesVoidPrintJobMutation, FacilitiesVoidPrintJobMutationVariables>;
export const FacilitiesSetPrintPricesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesSetPrintPrices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPrintPricesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPrintPrices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paperSize"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesSetPrintPricesMutation, FacilitiesSetPrintPricesMutationVariables>;
export const FacilitiesWorkOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesWorkOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesWorkOrderRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesWorkOrderRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"safety"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesWorkOrdersQuery, FacilitiesWorkOrdersQueryVariables>;
export const FacilitiesWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"safety"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"contractorSupplierId"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repairMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"varianceExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeStaffIds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractorCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialsIssued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<FacilitiesWorkOrderQuery, FacilitiesWorkOrderQueryVariables>;
export const FacilitiesWorkOrderSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesWorkOrderSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrderSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"variancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"normalDueSchoolDays"}},{"kind":"Field","name":{"kind":"Name","value":"principalReviewAbove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesWorkOrderSettingsQuery, FacilitiesWorkOrderSettingsQueryVariables>;
export const FacilitiesWorkOrderContractorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesWorkOrderContractor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitiesWorkOrderContractorQuery, FacilitiesWorkOrderContractorQueryVariables>;
export const FacilitiesRepairSuppliersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesRepairSuppliers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesRepairSuppliersQuery, FacilitiesRepairSuppliersQueryVariables>;
export const FacilitiesRepairStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesRepairStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesRepairStaffQuery, FacilitiesRepairStaffQueryVariables>;
export const FacilitiesRepairRoomsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesRepairRooms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesRepairRoomsQuery, FacilitiesRepairRoomsQueryVariables>;
export const FacilitiesReportWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesReportWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"safety"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"contractorSupplierId"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repairMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"varianceExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeStaffIds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractorCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialsIssued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<FacilitiesReportWorkOrderMutation, FacilitiesReportWorkOrderMutationVariables>;
export const FacilitiesTriageWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesTriageWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TriageWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"safety"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"contractorSupplierId"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repairMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"varianceExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeStaffIds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractorCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialsIssued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<FacilitiesTriageWorkOrderMutation, FacilitiesTriageWorkOrderMutationVariables>;
export const FacilitiesCostWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesCostWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CostWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"safety"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"contractorSupplierId"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repairMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"varianceExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeStaffIds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractorCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialsIssued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<FacilitiesCostWorkOrderMutation, FacilitiesCostWorkOrderMutationVariables>;
export const FacilitiesReviewWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesReviewWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"safety"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"contractorSupplierId"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repairMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"varianceExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeStaffIds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractorCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialsIssued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<FacilitiesReviewWorkOrderMutation, FacilitiesReviewWorkOrderMutationVariables>;
export const FacilitiesAssignWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesAssignWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"safety"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"contractorSupplierId"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repairMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"varianceExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeStaffIds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractorCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialsIssued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<FacilitiesAssignWorkOrderMutation, FacilitiesAssignWorkOrderMutationVariables>;
export const FacilitiesStartWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesStartWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"safety"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"contractorSupplierId"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repairMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"varianceExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeStaffIds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractorCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialsIssued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<FacilitiesStartWorkOrderMutation, FacilitiesStartWorkOrderMutationVariables>;
export const FacilitiesFinishWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesFinishWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"safety"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"contractorSupplierId"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repairMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"varianceExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeStaffIds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractorCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialsIssued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<FacilitiesFinishWorkOrderMutation, FacilitiesFinishWorkOrderMutationVariables>;
export const FacilitiesAccountWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesAccountWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"safety"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"contractorSupplierId"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repairMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"varianceExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeStaffIds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractorCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialsIssued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<FacilitiesAccountWorkOrderMutation, FacilitiesAccountWorkOrderMutationVariables>;
export const FacilitiesRateWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesRateWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesWorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"safety"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"contractorSupplierId"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repairMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"varianceExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeStaffIds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualLabour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractorCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialsIssued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<FacilitiesRateWorkOrderMutation, FacilitiesRateWorkOrderMutationVariables>;
export const FacilitiesReportRepairByQrDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesReportRepairByQr"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRepairByQrInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportRepairByQr"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusToken"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<FacilitiesReportRepairByQrMutation, FacilitiesReportRepairByQrMutationVariables>;
export const FacilitiesRepairStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesRepairStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repairStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesRepairStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesRepairStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RepairStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"canRate"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<FacilitiesRepairStatusQuery, FacilitiesRepairStatusQueryVariables>;
export const FacilitiesRateRepairByTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesRateRepairByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateRepairByTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateRepairByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesRepairStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesRepairStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RepairStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"canRate"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<FacilitiesRateRepairByTokenMutation, FacilitiesRateRepairByTokenMutationVariables>;
export const FacilitiesAssetStocktakesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesAssetStocktakes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssetStocktakeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetStocktakes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"campusId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"scannedCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesAssetStocktakesQuery, FacilitiesAssetStocktakesQueryVariables>;
export const FacilitiesAssetStocktakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesAssetStocktake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetStocktake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"campusId"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"scannedCount"}},{"kind":"Field","name":{"kind":"Name","value":"openedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"closedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"scanned"}},{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"wrongRoom"}},{"kind":"Field","name":{"kind":"Name","value":"unregistered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]}}]} as unknown as DocumentNode<FacilitiesAssetStocktakeQuery, FacilitiesAssetStocktakeQueryVariables>;
export const FacilitiesAssetStocktakeDifferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesAssetStocktakeDifferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssetStocktakeDifferenceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetStocktake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"differences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"disposalId"}},{"kind":"Field","name":{"kind":"Name","value":"asset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedRoom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scannedRoom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesAssetStocktakeDifferencesQuery, FacilitiesAssetStocktakeDifferencesQueryVariables>;
export const FacilitiesAssetStocktakeScansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesAssetStocktakeScans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roomId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetStocktake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roomId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roomId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"scannedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesAssetStocktakeScansQuery, FacilitiesAssetStocktakeScansQueryVariables>;
export const FacilitiesStocktakeRoomsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesStocktakeRooms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campusId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"campusId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campusId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"campusId"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesStocktakeRoomsQuery, FacilitiesStocktakeRoomsQueryVariables>;
export const FacilitiesStocktakeCampusesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesStocktakeCampuses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesStocktakeCampusesQuery, FacilitiesStocktakeCampusesQueryVariables>;
export const FacilitiesStocktakeRoomByQrDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesStocktakeRoomByQr"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roomByQrCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"campusId"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesStocktakeRoomByQrQuery, FacilitiesStocktakeRoomByQrQueryVariables>;
export const FacilitiesStocktakeAssetByTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesStocktakeAssetByTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tagNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetByTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tagNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tagNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}}]}}]}}]} as unknown as DocumentNode<FacilitiesStocktakeAssetByTagQuery, FacilitiesStocktakeAssetByTagQueryVariables>;
export const FacilitiesOpenAssetStocktakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesOpenAssetStocktake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenAssetStocktakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openAssetStocktake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FacilitiesOpenAssetStocktakeMutation, FacilitiesOpenAssetStocktakeMutationVariables>;
export const FacilitiesRecordAssetScansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesRecordAssetScans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAssetScansInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAssetScans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyScanned"}},{"kind":"Field","name":{"kind":"Name","value":"scans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"scannedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scannedByAccountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stocktake"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scannedCount"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesRecordAssetScansMutation, FacilitiesRecordAssetScansMutationVariables>;
export const FacilitiesCloseAssetStocktakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesCloseAssetStocktake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseAssetStocktakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeAssetStocktake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FacilitiesCloseAssetStocktakeMutation, FacilitiesCloseAssetStocktakeMutationVariables>;
export const FacilitiesApproveAssetStocktakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesApproveAssetStocktake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveAssetStocktakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAssetStocktake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FacilitiesApproveAssetStocktakeMutation, FacilitiesApproveAssetStocktakeMutationVariables>;
export const FacilitiesRejectAssetStocktakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesRejectAssetStocktake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectAssetStocktakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectAssetStocktake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FacilitiesRejectAssetStocktakeMutation, FacilitiesRejectAssetStocktakeMutationVariables>;
export const FacilitiesStoreRoomsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesStoreRooms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RoomKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesStoreRoomFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesStoreRoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitiesStoreRoomsQuery, FacilitiesStoreRoomsQueryVariables>;
export const FacilitiesConsumableItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesConsumableItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsumableItemFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumableItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reorderPoint"}},{"kind":"Field","name":{"kind":"Name","value":"reorderQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"stockQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"atOrBelowReorderPoint"}},{"kind":"Field","name":{"kind":"Name","value":"standardUnitCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastUnitCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesConsumableItemsQuery, FacilitiesConsumableItemsQueryVariables>;
export const FacilitiesStoreStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesStoreStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StoreStockFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"storeroomRoomId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageUnitCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reorderPoint"}},{"kind":"Field","name":{"kind":"Name","value":"reorderQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"stockQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"atOrBelowReorderPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"storeroom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesStoreRoomFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesStoreRoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitiesStoreStockQuery, FacilitiesStoreStockQueryVariables>;
export const FacilitiesStoreMovementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesStoreMovements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StoreMovementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeMovements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"requisitionId"}},{"kind":"Field","name":{"kind":"Name","value":"receiptId"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"storeroom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesStoreRoomFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesStoreRoomFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesStoreRoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitiesStoreMovementsQuery, FacilitiesStoreMovementsQueryVariables>;
export const FacilitiesRecordStoreReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesRecordStoreReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordStoreReceiptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordStoreReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesRecordStoreReceiptMutation, FacilitiesRecordStoreReceiptMutationVariables>;
export const FacilitiesReorderSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesReorderSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeroomRoomId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"storeroomRoomId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeroomRoomId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"storeroomRoomId"}},{"kind":"Field","name":{"kind":"Name","value":"quantityInStock"}},{"kind":"Field","name":{"kind":"Name","value":"reorderPoint"}},{"kind":"Field","name":{"kind":"Name","value":"reorderQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"openReorderId"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedUnitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"storeroom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesStoreRoomFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesStoreRoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitiesReorderSuggestionsQuery, FacilitiesReorderSuggestionsQueryVariables>;
export const FacilitiesRequestReorderPurchaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesRequestReorderPurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReorderPurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReorderPurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesRequestReorderPurchaseMutation, FacilitiesRequestReorderPurchaseMutationVariables>;
export const FacilitiesRequisitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesRequisitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequisitionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requisitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesRequisitionRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesStoreRoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesRequisitionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Requisition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvalRequired"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesStoreRoomFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesRequisitionsQuery, FacilitiesRequisitionsQueryVariables>;
export const FacilitiesRequisitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesRequisition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requisition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesRequisitionRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"issuedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"storeroom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesStoreRoomFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesStoreRoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesRequisitionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Requisition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvalRequired"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesStoreRoomFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesRequisitionQuery, FacilitiesRequisitionQueryVariables>;
export const FacilitiesRequestRequisitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesRequestRequisition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestRequisitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestRequisition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FacilitiesRequestRequisitionMutation, FacilitiesRequestRequisitionMutationVariables>;
export const FacilitiesApproveRequisitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesApproveRequisition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveRequisitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveRequisition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]}}]} as unknown as DocumentNode<FacilitiesApproveRequisitionMutation, FacilitiesApproveRequisitionMutationVariables>;
export const FacilitiesRejectRequisitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesRejectRequisition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectRequisitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectRequisition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]}}]} as unknown as DocumentNode<FacilitiesRejectRequisitionMutation, FacilitiesRejectRequisitionMutationVariables>;
export const FacilitiesIssueRequisitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesIssueRequisition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueRequisitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueRequisition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]}}]} as unknown as DocumentNode<FacilitiesIssueRequisitionMutation, FacilitiesIssueRequisitionMutationVariables>;
export const FacilitiesConfirmRequisitionReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FacilitiesConfirmRequisitionReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmRequisitionReceiptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmRequisitionReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]}}]} as unknown as DocumentNode<FacilitiesConfirmRequisitionReceiptMutation, FacilitiesConfirmRequisitionReceiptMutationVariables>;
export const FacilitiesDueReplacementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesDueReplacements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueReplacements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"weekOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lastRequisitionedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"predictedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDays"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysPerUnit"}},{"kind":"Field","name":{"kind":"Name","value":"intervalsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"requisitionCount"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"quantityToBring"}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilitiesStoreRoomFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilitiesStoreRoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitiesDueReplacementsQuery, FacilitiesDueReplacementsQueryVariables>;
export const FacilitiesStoreDepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesStoreDepartments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesStoreDepartmentsQuery, FacilitiesStoreDepartmentsQueryVariables>;
export const BudgetRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetExecution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fund"}},{"kind":"Field","name":{"kind":"Name","value":"overrunPolicy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spentByMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]} as unknown as DocumentNode<BudgetRegisterQuery, BudgetRegisterQueryVariables>;
export const BudgetCategoriesRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetCategoriesRegister"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<BudgetCategoriesRegisterQuery, BudgetCategoriesRegisterQueryVariables>;
export const SetBudgetRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBudgetRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBudgetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]} as unknown as DocumentNode<SetBudgetRegisterMutation, SetBudgetRegisterMutationVariables>;
export const ImportBudgetsRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportBudgetsRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBudgetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBudgets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ImportBudgetsRegisterMutation, ImportBudgetsRegisterMutationVariables>;
export const SupplierRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplierRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"}},{"kind":"Field","name":{"kind":"Name","value":"foodSupplier"}},{"kind":"Field","name":{"kind":"Name","value":"foodLicenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"foodLicenceExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SupplierRegisterQuery, SupplierRegisterQueryVariables>;
export const ImportSuppliersRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportSuppliersRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportSuppliersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importSuppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ImportSuppliersRegisterMutation, ImportSuppliersRegisterMutationVariables>;
export const ExpenseClaimListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpenseClaimList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenseClaimFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expenseClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ExpenseClaimListQuery, ExpenseClaimListQueryVariables>;
export const ExpenseClaimDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpenseClaimDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expenseClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"requesterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevel"}},{"kind":"Field","name":{"kind":"Name","value":"nextApprovalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fund"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowStepFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]} as unknown as DocumentNode<ExpenseClaimDetailQuery, ExpenseClaimDetailQueryVariables>;
export const SubmitExpenseClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitExpenseClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitExpenseClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitExpenseClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]} as unknown as DocumentNode<SubmitExpenseClaimMutation, SubmitExpenseClaimMutationVariables>;
export const ReviewExpenseClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewExpenseClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewExpenseClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowStepFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]} as unknown as DocumentNode<ReviewExpenseClaimMutation, ReviewExpenseClaimMutationVariables>;
export const ApproveExpenseClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveExpenseClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveExpenseClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowStepFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]} as unknown as DocumentNode<ApproveExpenseClaimMutation, ApproveExpenseClaimMutationVariables>;
export const RejectExpenseClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectExpenseClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectExpenseClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowStepFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]} as unknown as DocumentNode<RejectExpenseClaimMutation, RejectExpenseClaimMutationVariables>;
export const PayExpenseClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayExpenseClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payExpenseClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowStepFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]} as unknown as DocumentNode<PayExpenseClaimMutation, PayExpenseClaimMutationVariables>;
export const WorkflowCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fund"}},{"kind":"Field","name":{"kind":"Name","value":"overrunPolicy"}}]}}]}}]} as unknown as DocumentNode<WorkflowCategoriesQuery, WorkflowCategoriesQueryVariables>;
export const WorkflowBudgetRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowBudgetRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetExecution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowBudgetRoomQuery, WorkflowBudgetRoomQueryVariables>;
export const WorkflowSchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowSchools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowSchoolsQuery, WorkflowSchoolsQueryVariables>;
export const WorkflowSuppliersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowSuppliers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"foodSupplier"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowSuppliersQuery, WorkflowSuppliersQueryVariables>;
export const PurchaseRequestListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchaseRequestList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseRequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PurchaseRequestListQuery, PurchaseRequestListQueryVariables>;
export const PurchaseRequestDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchaseRequestDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"requesterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevel"}},{"kind":"Field","name":{"kind":"Name","value":"nextApprovalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fund"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedUnitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualUnitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowStepFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]} as unknown as DocumentNode<PurchaseRequestDetailQuery, PurchaseRequestDetailQueryVariables>;
export const SubmitPurchaseRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPurchaseRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitPurchaseRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPurchaseRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]} as unknown as DocumentNode<SubmitPurchaseRequestMutation, SubmitPurchaseRequestMutationVariables>;
export const SubmitDraftPurchaseRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitDraftPurchaseRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitDraftPurchaseRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDraftPurchaseRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowStepFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]} as unknown as DocumentNode<SubmitDraftPurchaseRequestMutation, SubmitDraftPurchaseRequestMutationVariables>;
export const ApprovePurchaseRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovePurchaseRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePurchaseRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowStepFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]} as unknown as DocumentNode<ApprovePurchaseRequestMutation, ApprovePurchaseRequestMutationVariables>;
export const RejectPurchaseRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectPurchaseRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectPurchaseRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowStepFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]} as unknown as DocumentNode<RejectPurchaseRequestMutation, RejectPurchaseRequestMutationVariables>;
export const OrderPurchaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderPurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderPurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderPurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowStepFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]} as unknown as DocumentNode<OrderPurchaseMutation, OrderPurchaseMutationVariables>;
export const ReceivePurchaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceivePurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceivePurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivePurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowStepFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]} as unknown as DocumentNode<ReceivePurchaseMutation, ReceivePurchaseMutationVariables>;
export const PayPurchaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayPurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payPurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowStepFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]} as unknown as DocumentNode<PayPurchaseMutation, PayPurchaseMutationVariables>;
export const SafetyCompleteMeetingActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyCompleteMeetingAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeSafetyActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyActionItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SafetyCompleteMeetingActionMutation, SafetyCompleteMeetingActionMutationVariables>;
export const SafetyCompleteIncidentActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyCompleteIncidentAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeIncidentAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyActionItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SafetyCompleteIncidentActionMutation, SafetyCompleteIncidentActionMutationVariables>;
export const SafetyEquipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyEquipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyEquipmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safetyEquipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyEquipmentRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyEquipmentRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyEquipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"extinguisherType"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckPassed"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextServiceOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SafetyEquipmentQuery, SafetyEquipmentQueryVariables>;
export const SafetyRegisterEquipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyRegisterEquipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSafetyEquipmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSafetyEquipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyEquipmentRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyEquipmentRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyEquipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"extinguisherType"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckPassed"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextServiceOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SafetyRegisterEquipmentMutation, SafetyRegisterEquipmentMutationVariables>;
export const SafetyCheckEquipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyCheckEquipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEquipmentCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEquipmentCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyEquipmentRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyEquipmentRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyEquipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"extinguisherType"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckPassed"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextServiceOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SafetyCheckEquipmentMutation, SafetyCheckEquipmentMutationVariables>;
export const SafetyServiceEquipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyServiceEquipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEquipmentServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEquipmentService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyEquipmentRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyEquipmentRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyEquipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"extinguisherType"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckPassed"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextServiceOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SafetyServiceEquipmentMutation, SafetyServiceEquipmentMutationVariables>;
export const SafetyScrapEquipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyScrapEquipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScrapSafetyEquipmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scrapSafetyEquipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyEquipmentRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyEquipmentRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyEquipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"extinguisherType"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckPassed"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextServiceOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SafetyScrapEquipmentMutation, SafetyScrapEquipmentMutationVariables>;
export const SafetyHazardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyHazards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HazardFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyHazardRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyHazardRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingRepair"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}}]} as unknown as DocumentNode<SafetyHazardsQuery, SafetyHazardsQueryVariables>;
export const SafetyHazardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyHazard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyHazardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyHazardRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingRepair"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyHazardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyHazardRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"funds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidencePhotoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rectifyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedVerifications"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<SafetyHazardQuery, SafetyHazardQueryVariables>;
export const SafetyReportHazardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyReportHazard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportHazardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportHazard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyHazardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyHazardRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingRepair"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyHazardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyHazardRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"funds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidencePhotoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rectifyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedVerifications"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<SafetyReportHazardMutation, SafetyReportHazardMutationVariables>;
export const SafetyAssignHazardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyAssignHazard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignHazardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignHazard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyHazardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyHazardRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingRepair"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyHazardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyHazardRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"funds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidencePhotoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rectifyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedVerifications"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<SafetyAssignHazardMutation, SafetyAssignHazardMutationVariables>;
export const SafetyStartHazardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyStartHazard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HazardStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startHazardRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyHazardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyHazardRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingRepair"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyHazardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyHazardRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"funds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidencePhotoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rectifyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedVerifications"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<SafetyStartHazardMutation, SafetyStartHazardMutationVariables>;
export const SafetyRequestHazardRepairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyRequestHazardRepair"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestHazardRepairInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestHazardRepair"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyHazardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyHazardRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingRepair"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyHazardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyHazardRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"funds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidencePhotoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rectifyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedVerifications"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<SafetyRequestHazardRepairMutation, SafetyRequestHazardRepairMutationVariables>;
export const SafetyRecordHazardRectifiedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyRecordHazardRectified"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordHazardRectifiedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHazardRectified"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyHazardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyHazardRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingRepair"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyHazardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyHazardRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"funds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidencePhotoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rectifyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedVerifications"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<SafetyRecordHazardRectifiedMutation, SafetyRecordHazardRectifiedMutationVariables>;
export const SafetyVerifyHazardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyVerifyHazard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyHazardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyHazard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyHazardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyHazardRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingRepair"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyHazardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyHazardRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"funds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidencePhotoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rectifyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedVerifications"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<SafetyVerifyHazardMutation, SafetyVerifyHazardMutationVariables>;
export const SafetyCloseHazardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyCloseHazard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HazardStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeHazard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyHazardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyHazardRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingRepair"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyHazardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hazard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyHazardRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"funds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contingencyPlan"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidencePhotoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rectifyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedVerifications"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<SafetyCloseHazardMutation, SafetyCloseHazardMutationVariables>;
export const SafetyIncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyIncidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safetyIncidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyIncidentRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyIncidentRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"peopleAffected"}},{"kind":"Field","name":{"kind":"Name","value":"injured"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToDistrictAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SafetyIncidentsQuery, SafetyIncidentsQueryVariables>;
export const SafetyIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safetyIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyIncidentRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"immediateActions"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedInTime"}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyActionItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyIncidentRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"peopleAffected"}},{"kind":"Field","name":{"kind":"Name","value":"injured"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToDistrictAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SafetyIncidentQuery, SafetyIncidentQueryVariables>;
export const SafetyReportIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyReportIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SafetyReportIncidentMutation, SafetyReportIncidentMutationVariables>;
export const SafetyInvestigateIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyInvestigateIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvestigateIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investigateIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SafetyInvestigateIncidentMutation, SafetyInvestigateIncidentMutationVariables>;
export const SafetyIncidentToDistrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyIncidentToDistrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportIncidentToDistrict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToDistrictAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SafetyIncidentToDistrictMutation, SafetyIncidentToDistrictMutationVariables>;
export const SafetyCloseIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyCloseIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SafetyCloseIncidentMutation, SafetyCloseIncidentMutationVariables>;
export const SafetyRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyRounds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionRoundFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyRoundRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyRoundRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SafetyRoundsQuery, SafetyRoundsQueryVariables>;
export const SafetyRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyRoundRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyRoundRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"photoRequired"}},{"kind":"Field","name":{"kind":"Name","value":"hazardLevel"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemIndex"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SafetyRoundQuery, SafetyRoundQueryVariables>;
export const SafetyAnswerItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyAnswerItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerInspectionItemsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerInspectionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyRoundRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyRoundRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"photoRequired"}},{"kind":"Field","name":{"kind":"Name","value":"hazardLevel"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemIndex"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SafetyAnswerItemsMutation, SafetyAnswerItemsMutationVariables>;
export const SafetySubmitRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetySubmitRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitInspectionRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyRoundRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyRoundRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"photoRequired"}},{"kind":"Field","name":{"kind":"Name","value":"hazardLevel"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemIndex"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"photoRefs"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SafetySubmitRoundMutation, SafetySubmitRoundMutationVariables>;
export const SafetyMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safetyMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeStaffIds"}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SafetyMeetingsQuery, SafetyMeetingsQueryVariables>;
export const SafetyMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safetyMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyActionItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SafetyMeetingQuery, SafetyMeetingQueryVariables>;
export const SafetyRecordMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyRecordMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSafetyMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSafetyMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SafetyRecordMeetingMutation, SafetyRecordMeetingMutationVariables>;
export const SafetyMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hazardSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"openMajor"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openOverWeek"}},{"kind":"Field","name":{"kind":"Name","value":"openOverMonth"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"rectified"}},{"kind":"Field","name":{"kind":"Name","value":"meanHoursToRectify"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"failedVerifications"}},{"kind":"Field","name":{"kind":"Name","value":"byLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectionCompletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"failedItems"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patrolCompletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zoneId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"patrolEveryDays"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"missed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equipmentSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inService"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"checkOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDue"}},{"kind":"Field","name":{"kind":"Name","value":"compliance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"compliance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"injured"}},{"kind":"Field","name":{"kind":"Name","value":"reportedLate"}},{"kind":"Field","name":{"kind":"Name","value":"perThousandStudents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drillGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]},{"kind":"Field","name":{"kind":"Name","value":"hazards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyDrills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"evacuationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"metTarget"}}]}}]}}]}}]} as unknown as DocumentNode<SafetyMonthQuery, SafetyMonthQueryVariables>;
export const SafetyTrainingMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyTrainingMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validityMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SafetyTrainingMatrixQuery, SafetyTrainingMatrixQueryVariables>;
export const SafetyRecordTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyRecordTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"takenOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}}]}}]} as unknown as DocumentNode<SafetyRecordTrainingMutation, SafetyRecordTrainingMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"directoryPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"everywhere"}},{"kind":"Field","name":{"kind":"Name","value":"schoolIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financePermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"everywhere"}},{"kind":"Field","name":{"kind":"Name","value":"schoolIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canteenPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"everywhere"}},{"kind":"Field","name":{"kind":"Name","value":"schoolIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitiesPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"everywhere"}},{"kind":"Field","name":{"kind":"Name","value":"schoolIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"everywhere"}},{"kind":"Field","name":{"kind":"Name","value":"schoolIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const RegisterSchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterSchools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"campuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterSchoolsQuery, RegisterSchoolsQueryVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const MyWorkCanteenOpenMealServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkCanteenOpenMealServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mealServices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"locked"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canteen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingSamples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dishId"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkCanteenOpenMealServicesQuery, MyWorkCanteenOpenMealServicesQueryVariables>;
export const MyWorkCanteenInspectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkCanteenInspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING_SECOND_INSPECTION"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canteen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkCanteenInspectionsQuery, MyWorkCanteenInspectionsQueryVariables>;
export const MyWorkCanteenStockDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkCanteenStockDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stocktakes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUBMITTED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canteenId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stockWriteOffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"quantityToWriteOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"canteens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkCanteenStockDecisionsQuery, MyWorkCanteenStockDecisionsQueryVariables>;
export const MyWorkClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approves"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviews"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"awaitingApproval"},"name":{"kind":"Name","value":"expenseClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"awaitingMyApproval"},"value":{"kind":"BooleanValue","value":true}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approves"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkClaimPage"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"awaitingReview"},"name":{"kind":"Name","value":"expenseClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUBMITTED"}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviews"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkClaimPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkClaimPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenseClaimConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"nextApprovalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<MyWorkClaimsQuery, MyWorkClaimsQueryVariables>;
export const MyWorkFacilitiesDisposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkFacilitiesDisposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetDisposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"awaitingMyApproval"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextApprovalRole"}},{"kind":"Field","name":{"kind":"Name","value":"netBookValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkFacilitiesDisposalsQuery, MyWorkFacilitiesDisposalsQueryVariables>;
export const MyWorkFacilitiesRequisitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkFacilitiesRequisitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approver"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"issuer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"requested"},"name":{"kind":"Name","value":"requisitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REQUESTED"}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approver"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkRequisitionFields"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"approved"},"name":{"kind":"Name","value":"requisitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"APPROVED"}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"issuer"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkRequisitionFields"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toConfirm"},"name":{"kind":"Name","value":"requisitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ISSUED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkRequisitionFields"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkRequisitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequisitionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkFacilitiesRequisitionsQuery, MyWorkFacilitiesRequisitionsQueryVariables>;
export const MyWorkFacilitiesStocktakesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkFacilitiesStocktakes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetStocktakes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"CLOSED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"wrongRoom"}},{"kind":"Field","name":{"kind":"Name","value":"unregistered"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkFacilitiesStocktakesQuery, MyWorkFacilitiesStocktakesQueryVariables>;
export const MyWorkFacilitiesWorkOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkFacilitiesWorkOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coster"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigner"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"worker"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accounter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"reported"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REPORTED"}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coster"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkWorkOrderFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"costed"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"COSTED"}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewer"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkWorkOrderFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"approved"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"APPROVED"}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigner"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkWorkOrderFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"assigned"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ASSIGNED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"assigneeStaffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"worker"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkWorkOrderFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"inProgress"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_PROGRESS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"assigneeStaffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"worker"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkWorkOrderFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"repaired"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REPAIRED"}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accounter"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkWorkOrderFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toRate"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACCOUNTED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkWorkOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkWorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<MyWorkFacilitiesWorkOrdersQuery, MyWorkFacilitiesWorkOrdersQueryVariables>;
export const MyWorkPurchasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkPurchases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"awaitingMyApproval"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"nextApprovalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkPurchasesQuery, MyWorkPurchasesQueryVariables>;
export const MyWorkSafetyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkSafety"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"responsibleStaffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mySafetyActionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectionRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkSafetyQuery, MyWorkSafetyQueryVariables>;