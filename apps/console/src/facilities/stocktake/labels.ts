import type { Label } from '../../shared/labels';

/** What a stocktake counts (盘点范围), as the graph's AssetStocktakeScope. */
export const STOCKTAKE_SCOPE: Record<string, Label> = {
  SCHOOL: { zh: '全校盘点', en: 'Whole school' },
  CAMPUS: { zh: '校区盘点', en: 'One campus' },
  ROOM: { zh: '单间盘点', en: 'One room' },
};

/** Where a stocktake is (盘点状态). */
export const STOCKTAKE_STATUS: Record<string, Label> = {
  OPEN: { zh: '盘点中', en: 'Counting' },
  CLOSED: { zh: '待审批', en: 'Awaiting approval' },
  APPROVED: { zh: '已审批', en: 'Approved' },
  REJECTED: { zh: '已驳回', en: 'Rejected' },
};

export const STOCKTAKE_STATUS_COLOR: Record<string, string> = {
  OPEN: 'blue',
  CLOSED: 'gold',
  APPROVED: 'green',
  REJECTED: 'red',
};

/** A difference between the register and the scans (盘点差异). */
export const DIFFERENCE_KIND: Record<string, Label> = {
  MISSING: { zh: '盘亏', en: 'Missing' },
  WRONG_ROOM: { zh: '位置不符', en: 'Wrong room' },
  UNREGISTERED: { zh: '无账', en: 'Unregistered' },
};

export const DIFFERENCE_KIND_COLOR: Record<string, string> = {
  MISSING: 'red',
  WRONG_ROOM: 'orange',
  UNREGISTERED: 'purple',
};

/** What approving a difference does. */
export const DIFFERENCE_EFFECT: Record<string, Label> = {
  MISSING: { zh: '生成处置申请（盘亏）', en: 'Files a disposal request (lost)' },
  WRONG_ROOM: { zh: '调整到实盘位置', en: 'Moves it to where it was scanned' },
  UNREGISTERED: { zh: '仅记录，需手工登记', en: 'Noted only: register it by hand' },
};

/** The director's decision on a difference (差异处理). */
export const DIFFERENCE_OUTCOME: Record<string, Label> = {
  ACCEPTED: { zh: '已确认', en: 'Accepted' },
  DISMISSED: { zh: '不处理', en: 'Dismissed' },
};

/** A scanned code's state on the phone. */
export const SCAN_STATE: Record<string, Label> = {
  queued: { zh: '待发送', en: 'Waiting' },
  sending: { zh: '发送中', en: 'Sending' },
  failed: { zh: '重试中', en: 'Retrying' },
  refused: { zh: '未记录', en: 'Not recorded' },
  sent: { zh: '已记录', en: 'Recorded' },
  already: { zh: '已盘过', en: 'Already counted' },
};

export const SCAN_STATE_COLOR: Record<string, string> = {
  queued: 'default',
  sending: 'processing',
  failed: 'warning',
  refused: 'error',
  sent: 'success',
  already: 'default',
};

/** A stocktake step's action (流程记录). */
export const STOCKTAKE_STEP: Record<string, Label> = {
  OPENED: { zh: '开始盘点', en: 'Opened' },
  CLOSED: { zh: '结束盘点', en: 'Closed' },
  APPROVED: { zh: '审批通过', en: 'Approved' },
  REJECTED: { zh: '驳回', en: 'Rejected' },
};
