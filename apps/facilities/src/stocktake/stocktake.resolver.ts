import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import { FixedAsset } from '../asset/asset.entity';
import type { FacilitiesContext } from '../context';
import { Room } from '../place/place.entity';
import { FacilitiesStep } from '../workflow-step.entity';
import { AssetStocktakeViewerAction, stocktakeActions } from './stocktake.actions';
import { AssetStocktake, AssetStocktakeDifference, AssetStocktakeExpected, AssetStocktakeScan } from './stocktake.entity';
import {
  ApproveAssetStocktakeInput,
  AssetStocktakeDifferenceFilter,
  AssetStocktakeFilter,
  CloseAssetStocktakeInput,
  OpenAssetStocktakeInput,
  RecordAssetScansInput,
  RejectAssetStocktakeInput,
} from './stocktake.inputs';
import {
  AssetScanResult,
  AssetStocktakeConnection,
  AssetStocktakeDifferenceConnection,
  AssetStocktakeExpectedConnection,
  AssetStocktakeScanConnection,
  AssetStocktakeSummary,
} from './stocktake.types';

@Resolver(() => AssetStocktake)
export class AssetStocktakeResolver {
  @Query(() => AssetStocktakeConnection, {
    description: 'Asset stocktakes (资产盘点单) of the schools whose facilities records you read, newest first.',
  })
  assetStocktakes(
    @Args() page: PageArgs,
    @Arg('filter', () => AssetStocktakeFilter, { nullable: true }) filter: AssetStocktakeFilter | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.stocktakes.list(filter ?? {}, page);
  }

  @Query(() => AssetStocktake, { description: 'One asset stocktake; NOT_FOUND when you may not see it.' })
  assetStocktake(@Arg('id', () => ID, { description: 'The stocktake.' }) id: string, @Ctx() ctx: FacilitiesContext) {
    return ctx.stocktakes.stocktakes.get(id);
  }

  @FieldResolver(() => Room, { nullable: true, description: 'The room counted (ROOM stocktakes).' })
  room(@Root() s: AssetStocktake, @Ctx() ctx: FacilitiesContext) {
    return s.roomId ? ctx.places.rooms.byId(s.roomId) : null;
  }

  @FieldResolver(() => Int, { description: 'Distinct codes scanned so far (已扫). One statement for a page of stocktakes.' })
  scannedCount(@Root() s: AssetStocktake, @Ctx() ctx: FacilitiesContext) {
    return ctx.stocktakes.scannedCountOf(s.id);
  }

  @FieldResolver(() => AssetStocktakeSummary, {
    nullable: true,
    description: 'The counts frozen at closing (盘点汇总): expected, found, missing, wrong room, unregistered. Null while open.',
  })
  summary(@Root() s: AssetStocktake, @Ctx() ctx: FacilitiesContext) {
    return ctx.stocktakes.summaryOf(s);
  }

  @FieldResolver(() => AssetStocktakeScanConnection, {
    description: 'Its scanned codes in scan order, optionally of one room (one statement per stocktake).',
  })
  scans(
    @Root() s: AssetStocktake,
    @Args() page: PageArgs,
    @Arg('roomId', () => ID, { nullable: true, description: 'Only the scans of this room.' }) roomId: string | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.stocktakes.scansOf(s, page, roomId ?? null);
  }

  @FieldResolver(() => AssetStocktakeExpectedConnection, {
    description: 'The assets it expected (应盘资产), as they were at opening (one statement per stocktake).',
  })
  expectedAssets(@Root() s: AssetStocktake, @Args() page: PageArgs, @Ctx() ctx: FacilitiesContext) {
    return ctx.stocktakes.expectedOf(s, page);
  }

  @FieldResolver(() => AssetStocktakeDifferenceConnection, {
    description: 'The differences found at closing (盘点差异), empty while open (one statement per stocktake).',
  })
  differences(
    @Root() s: AssetStocktake,
    @Args() page: PageArgs,
    @Arg('filter', () => AssetStocktakeDifferenceFilter, { nullable: true }) filter: AssetStocktakeDifferenceFilter | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.stocktakes.differencesOf(s, page, filter?.kind ?? null);
  }

  @FieldResolver(() => [FacilitiesStep], { description: 'Its steps, oldest first: opened, closed, approved or rejected (who, when, why).' })
  steps(@Root() s: AssetStocktake, @Ctx() ctx: FacilitiesContext) {
    return ctx.stocktakes.stepsOf(s.id);
  }

  @FieldResolver(() => [AssetStocktakeViewerAction], {
    description: 'The steps you could take on it now (by the same rules the mutations check).',
  })
  viewerActions(@Root() s: AssetStocktake, @Ctx() ctx: FacilitiesContext) {
    return stocktakeActions(ctx.viewer, s);
  }

  @Mutation(() => AssetStocktake, {
    description:
      'Open an asset stocktake (资产盘点) of a school, a campus or a room: the assets in scope (not disposed, not lent) are snapshotted as ' +
      'expected. CONFLICT while a running stocktake of the school counts some of the same rooms. Storekeepers and the general-affairs director.',
  })
  openAssetStocktake(@Arg('input') input: OpenAssetStocktakeInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.stocktakes.open(input);
  }

  @Mutation(() => AssetScanResult, {
    description:
      'Record tags scanned in one room of an open stocktake (扫码), up to 500 codes a call; the first scan of a code wins, so scanners ' +
      'in parallel never lose or duplicate one. CONFLICT once closed; BAD_USER_INPUT on roomId for a room outside the scope.',
  })
  recordAssetScans(@Arg('input') input: RecordAssetScansInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.stocktakes.recordScans(input);
  }

  @Mutation(() => AssetStocktake, {
    description:
      'Close an open stocktake (结束盘点): its differences (missing, wrong room, unregistered) are computed and frozen, and wait for the director.',
  })
  closeAssetStocktake(@Arg('input') input: CloseAssetStocktakeInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.stocktakes.close(input);
  }

  @Mutation(() => AssetStocktake, {
    description:
      'Approve a closed stocktake (审批): accepted WRONG_ROOM differences move the assets (history source STOCKTAKE), accepted MISSING ones ' +
      'file disposal requests (method LOST), in one transaction. The general-affairs director, never on a stocktake they closed.',
  })
  approveAssetStocktake(@Arg('input') input: ApproveAssetStocktakeInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.stocktakes.approve(input);
  }

  @Mutation(() => AssetStocktake, {
    description:
      'Reject a closed stocktake, saying why (驳回): the register is unchanged; count again in a new one. The general-affairs director.',
  })
  rejectAssetStocktake(@Arg('input') input: RejectAssetStocktakeInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.stocktakes.reject(input);
  }
}

@Resolver(() => AssetStocktakeScan)
export class AssetStocktakeScanResolver {
  @FieldResolver(() => Room, { nullable: true, description: 'The room it was scanned in.' })
  room(@Root() scan: AssetStocktakeScan, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.rooms.byId(scan.roomId);
  }
}

@Resolver(() => AssetStocktakeExpected)
export class AssetStocktakeExpectedResolver {
  @FieldResolver(() => FixedAsset, { nullable: true, description: 'The asset as it is now (null if you may not read it).' })
  asset(@Root() e: AssetStocktakeExpected, @Ctx() ctx: FacilitiesContext) {
    return ctx.assets.reader.byId(e.assetId);
  }

  @FieldResolver(() => Room, { nullable: true, description: 'Its register room at opening.' })
  room(@Root() e: AssetStocktakeExpected, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.rooms.byId(e.roomId);
  }
}

@Resolver(() => AssetStocktakeDifference)
export class AssetStocktakeDifferenceResolver {
  @FieldResolver(() => FixedAsset, { nullable: true, description: 'The asset as it is now; null for an unknown tag.' })
  asset(@Root() d: AssetStocktakeDifference, @Ctx() ctx: FacilitiesContext) {
    return d.assetId ? ctx.assets.reader.byId(d.assetId) : null;
  }

  @FieldResolver(() => Room, { nullable: true, description: 'Where the register had it (账面位置).' })
  expectedRoom(@Root() d: AssetStocktakeDifference, @Ctx() ctx: FacilitiesContext) {
    return d.expectedRoomId ? ctx.places.rooms.byId(d.expectedRoomId) : null;
  }

  @FieldResolver(() => Room, { nullable: true, description: 'Where it was scanned (实盘位置).' })
  scannedRoom(@Root() d: AssetStocktakeDifference, @Ctx() ctx: FacilitiesContext) {
    return d.scannedRoomId ? ctx.places.rooms.byId(d.scannedRoomId) : null;
  }
}
