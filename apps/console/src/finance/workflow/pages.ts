import type { ConsolePage } from '../../app/pages';

/** Purchase requests and expense claims (采购申请, 报销). */
export const financeWorkflowPages: ConsolePage[] = [];
