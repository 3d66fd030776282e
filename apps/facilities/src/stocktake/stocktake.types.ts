import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { AssetStocktake, AssetStocktakeDifference, AssetStocktakeExpected, AssetStocktakeScan } from './stocktake.entity';

@ObjectType({ description: 'A page of asset stocktakes.' })
export class AssetStocktakeConnection extends Connection(AssetStocktake, 'AssetStocktake') {}

@ObjectType({ description: 'A page of scanned codes.' })
export class AssetStocktakeScanConnection extends Connection(AssetStocktakeScan, 'AssetStocktakeScan') {}

@ObjectType({ description: 'A page of expected assets.' })
export class AssetStocktakeExpectedConnection extends Connection(AssetStocktakeExpected, 'AssetStocktakeExpected') {}

@ObjectType({ description: 'A page of stocktake differences.' })
export class AssetStocktakeDifferenceConnection extends Connection(AssetStocktakeDifference, 'AssetStocktakeDifference') {}

@ObjectType({ description: 'The counts of a closed stocktake (盘点汇总), frozen at closing: expected = found + missing.' })
export class AssetStocktakeSummary {
  @Field(() => Int, { description: 'Assets expected (应盘).' })
  expected: number;

  @Field(() => Int, { description: 'Distinct codes scanned (已扫).' })
  scanned: number;

  @Field(() => Int, { description: 'Expected assets scanned, in any room of the scope (实盘相符或位置不符).' })
  found: number;

  @Field(() => Int, { description: 'Expected assets not scanned (盘亏).' })
  missing: number;

  @Field(() => Int, { description: 'Assets scanned in another room than their register room (位置不符).' })
  wrongRoom: number;

  @Field(() => Int, { description: 'Scanned codes that are no asset of the school (无账).' })
  unregistered: number;
}

@ObjectType({ description: 'What one recordAssetScans call did: how many codes it recorded first, and each code’s stored scan.' })
export class AssetScanResult {
  @Field(() => AssetStocktake, { description: 'The stocktake.' })
  stocktake: AssetStocktake;

  @Field(() => Int, { description: 'Codes this call recorded first (新扫).' })
  recorded: number;

  @Field(() => Int, { description: 'Codes already scanned before, by anyone: their first scan is kept (重复扫码).' })
  alreadyScanned: number;

  @Field(() => [AssetStocktakeScan], { description: 'The stored scan of each distinct code sent, by code.' })
  scans: AssetStocktakeScan[];
}
