import { ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { StockLot, StockMovement } from './stock.entity';
import { StockWriteOff, Stocktake } from './stock-review.entity';

@ObjectType({ description: 'A page of stock lots.' })
export class StockLotConnection extends Connection(StockLot, 'StockLot') {}

@ObjectType({ description: 'A page of stock movements.' })
export class StockMovementConnection extends Connection(StockMovement, 'StockMovement') {}

@ObjectType({ description: 'A page of write-offs.' })
export class StockWriteOffConnection extends Connection(StockWriteOff, 'StockWriteOff') {}

@ObjectType({ description: 'A page of stocktakes.' })
export class StocktakeConnection extends Connection(Stocktake, 'Stocktake') {}
