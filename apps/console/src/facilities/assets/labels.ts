import type { Label } from '../../shared/labels';

/** Where a fixed asset stands (资产状态), as the graph's AssetStatus. */
export const ASSET_STATUS: Record<string, Label> = {
  IN_USE: { zh: '在用', en: 'In use' },
  IDLE: { zh: '闲置', en: 'Idle' },
  UNDER_REPAIR: { zh: '维修中', en: 'Under repair' },
  LENT: { zh: '出借', en: 'Lent' },
  DISPOSED: { zh: '已处置', en: 'Disposed' },
};

/** The statuses a person may set (changeAssetStatus): never DISPOSED, which only an approved disposal sets. */
export const SETTABLE_STATUSES = ['IN_USE', 'IDLE', 'UNDER_REPAIR', 'LENT'] as const;

export const ASSET_STATUS_COLOR: Record<string, string> = {
  IN_USE: 'green',
  IDLE: 'default',
  UNDER_REPAIR: 'orange',
  LENT: 'blue',
  DISPOSED: 'red',
};

/** What an asset history row records (资产变动类型). */
export const ASSET_EVENT_KIND: Record<string, Label> = {
  REGISTERED: { zh: '登记入账', en: 'Registered' },
  MOVED: { zh: '调拨/变更保管人', en: 'Moved' },
  STATUS_CHANGED: { zh: '状态变更', en: 'Status changed' },
  SCHOOL_CHANGED: { zh: '校区划转', en: 'Moved with its campus' },
};

/** Where an asset history row came from (变动来源). */
export const ASSET_EVENT_SOURCE: Record<string, Label> = {
  MANUAL: { zh: '手工', en: 'Manual' },
  IMPORT: { zh: '导入', en: 'Import' },
  STOCKTAKE: { zh: '资产盘点', en: 'Stocktake' },
  DISPOSAL: { zh: '资产处置', en: 'Disposal' },
  CAMPUS_MOVE: { zh: '校区划转', en: 'Campus move' },
};

/** How an asset leaves the register (处置方式). */
export const DISPOSAL_METHOD: Record<string, Label> = {
  SCRAPPED: { zh: '报废', en: 'Scrapped' },
  SOLD: { zh: '出售', en: 'Sold' },
  TRANSFERRED: { zh: '无偿调拨', en: 'Transferred' },
  DONATED: { zh: '对外捐赠', en: 'Donated' },
  LOST: { zh: '盘亏/丢失', en: 'Lost' },
};

/** Where a disposal request stands (处置申请状态). */
export const DISPOSAL_STATUS: Record<string, Label> = {
  PENDING_APPROVAL: { zh: '待审批', en: 'Awaiting approval' },
  APPROVED: { zh: '已批准', en: 'Approved' },
  REJECTED: { zh: '已驳回', en: 'Rejected' },
  CANCELLED: { zh: '已撤回', en: 'Withdrawn' },
};

/** The steps of a disposal's record (its timeline). */
export const DISPOSAL_STEP: Record<string, Label> = {
  REQUESTED: { zh: '提交申请', en: 'Requested' },
  APPROVED: { zh: '审批通过', en: 'Approved' },
  REJECTED: { zh: '驳回', en: 'Rejected' },
  CANCELLED: { zh: '撤回', en: 'Cancelled' },
};

export const DISPOSAL_STATUS_COLOR: Record<string, string> = {
  PENDING_APPROVAL: 'gold',
  APPROVED: 'green',
  REJECTED: 'red',
  CANCELLED: 'default',
};

/** What filed a disposal request (申请来源). */
export const DISPOSAL_SOURCE: Record<string, Label> = {
  MANUAL: { zh: '手工申请', en: 'Requested' },
  STOCKTAKE: { zh: '盘点盘亏', en: 'Stocktake (missing)' },
};

/** Who approves at a level (处置审批层级). */
export const DISPOSAL_APPROVER: Record<string, Label> = {
  GENERAL_AFFAIRS_DIRECTOR: { zh: '总务主任', en: 'General-affairs director' },
  PRINCIPAL: { zh: '校长', en: 'Principal' },
  DISTRICT_ADMIN: { zh: '区教育局', en: 'District bureau' },
};
