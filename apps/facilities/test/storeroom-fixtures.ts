/**
 * Storeroom fixtures for the facilities tests (not a spec): items registered and goods received
 * through the API, as a storekeeper does it.
 */
import type { ViewerClaims } from '@houqin/auth';
import { ok, type TestSubgraph } from '@houqin/testing';
import { V } from './support';

export const ITEM_FIELDS = `id schoolId name unit category reorderPoint reorderQuantity standardUnitCost { yuan fen }
  lastUnitCost { yuan fen } version stockQuantity atOrBelowReorderPoint`;
export const CREATE_ITEM = `mutation($input: CreateConsumableItemInput!) { createConsumableItem(input: $input) { ${ITEM_FIELDS} } }`;
export const UPDATE_ITEM = `mutation($input: UpdateConsumableItemInput!) { updateConsumableItem(input: $input) { ${ITEM_FIELDS} } }`;
export const RECEIVE = `mutation($input: RecordStoreReceiptInput!) { recordStoreReceipt(input: $input) {
  id schoolId storeroomRoomId source purchaseRequestId total { yuan fen } note recordedByAccountId
  lines { lineNo itemId quantity unitCost { yuan fen } lineTotal { yuan fen } item { name } } } }`;
export const STOCK = `query($filter: StoreStockFilter, $first: Int) { storeStock(filter: $filter, first: $first) {
  nodes { itemId storeroomRoomId quantity value { yuan fen } averageUnitCost { yuan } item { name } storeroom { id kind } }
  pageInfo { hasNextPage } } }`;
export const MOVEMENTS = `query($filter: StoreMovementFilter, $first: Int) { storeMovements(filter: $filter, first: $first) {
  nodes { id itemId storeroomRoomId kind quantity value { fen } balanceAfter receiptId requisitionId roomId departmentId byAccountId }
  pageInfo { hasNextPage } } }`;

export interface ItemOut {
  id: string;
  name: string;
  version: number;
  stockQuantity: number;
  [key: string]: unknown;
}

/** A consumable item registered by `as` (the storekeeper by default). */
export async function createItem(
  sub: TestSubgraph,
  input: {
    schoolId: string;
    name: string;
    unit: string;
    category: string;
    reorderPoint?: number;
    reorderQuantity?: number;
    standardUnitCost?: string;
  },
  as: ViewerClaims = V.storekeeper,
): Promise<ItemOut> {
  const full = { reorderPoint: 10, reorderQuantity: 50, standardUnitCost: '10.00', ...input };
  return ok<{ createConsumableItem: ItemOut }>(await sub.as(as).request(CREATE_ITEM, { input: full })).createConsumableItem;
}

/** Goods received into a storeroom by `as` (the storekeeper by default). */
export async function receive(
  sub: TestSubgraph,
  schoolId: string,
  storeroomRoomId: string,
  lines: { itemId: string; quantity: number; unitCost: string }[],
  as: ViewerClaims = V.storekeeper,
): Promise<{ id: string; total: { fen: number } }> {
  return ok<{ recordStoreReceipt: { id: string; total: { fen: number } } }>(
    await sub.as(as).request(RECEIVE, { input: { schoolId, storeroomRoomId, lines } }),
  ).recordStoreReceipt;
}
