import { ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { ConsumableItem, Requisition, StoreMovement, StoreReceipt, StoreStock } from './storeroom.entity';

@ObjectType({ description: 'A page of consumable items.' })
export class ConsumableItemConnection extends Connection(ConsumableItem, 'ConsumableItem') {}

@ObjectType({ description: 'A page of storeroom stock rows.' })
export class StoreStockConnection extends Connection(StoreStock, 'StoreStock') {}

@ObjectType({ description: 'A page of storeroom movements, newest first.' })
export class StoreMovementConnection extends Connection(StoreMovement, 'StoreMovement') {}

@ObjectType({ description: 'A page of storeroom receipts, newest first.' })
export class StoreReceiptConnection extends Connection(StoreReceipt, 'StoreReceipt') {}

@ObjectType({ description: 'A page of requisitions, newest first.' })
export class RequisitionConnection extends Connection(Requisition, 'Requisition') {}
