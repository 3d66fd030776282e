import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Money, monthOrCurrent, PageArgs } from '@houqin/common';
import type { FacilitiesContext } from '../context';
import { Staff, staffRef } from '../federation/staff';
import { Room } from '../place/place.entity';
import { AssetEvent, FixedAsset } from './asset.entity';
import {
  AssetFilter,
  ChangeAssetStatusInput,
  ImportAssetsInput,
  MoveAssetInput,
  RegisterAssetInput,
  UpdateAssetInput,
  UpdateAssetSettingsInput,
} from './asset.inputs';
import { importAssets } from './asset.import';
import { AssetSettings } from './asset.settings';
import { ASSET_HISTORY_SHOWN } from './asset.service';
import { AssetEventConnection, FixedAssetConnection, ImportAssetsPayload } from './asset.types';
import { AssetClass, assetClassObjects, assetClassOf } from './classification';

@Resolver(() => FixedAsset)
export class AssetResolver {
  @Query(() => AssetEventConnection, {
    description:
      'An asset’s whole history (资产变动记录), oldest first, a page at a time; NOT_FOUND for an asset you may not read. Append-only: nothing edits or deletes a row.',
  })
  assetHistory(
    @Arg('assetId', () => ID, { description: 'The asset.' }) assetId: string,
    @Args() page: PageArgs,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.assets.historyPage(assetId, page);
  }

  @Query(() => FixedAssetConnection, {
    description:
      'The fixed-asset register (固定资产台账): all of a school’s assets for its directors, principal, storekeeper, accountant and the district; any other staff member sees the assets in their own custody.',
  })
  assets(
    @Args() page: PageArgs,
    @Arg('filter', () => AssetFilter, { nullable: true, description: 'Narrow by school, room, custodian, status, class or text.' })
    filter: AssetFilter | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.assets.list(filter ?? {}, page);
  }

  @Query(() => FixedAsset, { description: 'One fixed asset (资产卡片) you may read.' })
  asset(@Arg('id', () => ID, { description: 'The asset.' }) id: string, @Ctx() ctx: FacilitiesContext) {
    return ctx.assets.get(id);
  }

  @Query(() => FixedAsset, { description: 'The asset of a school with this tag number (资产编号), e.g. scanned from its label.' })
  assetByTag(
    @Arg('schoolId', () => ID, { description: 'The school.' }) schoolId: string,
    @Arg('tagNumber', { description: 'The tag number.' }) tagNumber: string,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.assets.byTag(schoolId, tagNumber);
  }

  @Query(() => [AssetClass], {
    description: 'The asset classes (资产分类, GB/T 14885) with their default useful lives, parents before children.',
  })
  assetClasses() {
    return assetClassObjects();
  }

  @Query(() => AssetSettings, { description: 'Your district’s fixed-asset settings (固定资产设置): thresholds and useful lives.' })
  assetSettings(@Ctx() ctx: FacilitiesContext) {
    return ctx.assets.settings.forViewer();
  }

  @FieldResolver(() => AssetClass, { nullable: true, description: 'Its class (资产分类).' })
  assetClass(@Root() asset: FixedAsset) {
    const cls = assetClassOf(asset.classCode);
    return cls ? Object.assign(new AssetClass(), cls) : null;
  }

  @FieldResolver(() => Room, { nullable: true, description: 'The room it is in (batched).' })
  room(@Root() asset: FixedAsset, @Ctx() ctx: FacilitiesContext) {
    return asset.roomId ? ctx.places.rooms.byId(asset.roomId) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Its custodian (保管人).' })
  custodian(@Root() asset: FixedAsset) {
    return staffRef(asset.custodianStaffId);
  }

  @FieldResolver(() => [AssetEvent], {
    description: `Its latest ${ASSET_HISTORY_SHOWN} history rows (资产变动记录), oldest first: registration, moves, status changes (batched). The whole history is Query.assetHistory.`,
  })
  history(@Root() asset: FixedAsset, @Ctx() ctx: FacilitiesContext) {
    return ctx.assets.history(asset);
  }

  @FieldResolver(() => Money, {
    description: 'Its regular monthly depreciation (月折旧额): cost / months, rounded down to the fen; the last month takes the remainder.',
  })
  monthlyDepreciation(@Root() asset: FixedAsset, @Ctx() ctx: FacilitiesContext) {
    return Money.of(ctx.assets.bookValue(asset, '0000-01').monthlyFen);
  }

  @FieldResolver(() => Money, {
    description: 'Depreciation to the end of a month (累计折旧): straight line from the acquisition month, none in the disposal month.',
  })
  accumulatedDepreciation(
    @Root() asset: FixedAsset,
    @Arg('asOf', () => String, { nullable: true, description: 'The month, YYYY-MM; this month when omitted.' }) asOf: string | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return Money.of(ctx.assets.bookValue(asset, monthOrCurrent(asOf, ctx.now(), 'asOf')).accumulatedFen);
  }

  @FieldResolver(() => Money, { description: 'Net book value at the end of a month (净值): cost less accumulated depreciation.' })
  netBookValue(
    @Root() asset: FixedAsset,
    @Arg('asOf', () => String, { nullable: true, description: 'The month, YYYY-MM; this month when omitted.' }) asOf: string | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return Money.of(ctx.assets.bookValue(asset, monthOrCurrent(asOf, ctx.now(), 'asOf')).netBookValueFen);
  }

  @Mutation(() => FixedAsset, {
    description:
      'Register a fixed asset (固定资产登记; directors, principals, storekeepers): tag unique in the school, cost at least the threshold (below it: a low-value consumable for the storeroom), acquired not after today.',
  })
  registerAsset(@Arg('input') input: RegisterAssetInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.assets.register(input);
  }

  @Mutation(() => ImportAssetsPayload, {
    description:
      'Load a school’s asset register from its spreadsheet (资产台账导入; directors, principals): at most 500 rows, all or nothing, every bad row in extensions.rowErrors; validateOnly checks without writing.',
  })
  importAssets(@Arg('input') input: ImportAssetsInput, @Ctx() ctx: FacilitiesContext) {
    return importAssets(ctx, ctx.assets, input);
  }

  @Mutation(() => FixedAsset, {
    description:
      'Move an asset to another room and/or custodian of its school (调拨; directors, principals, storekeepers); recorded in its history.',
  })
  moveAsset(@Arg('input') input: MoveAssetInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.assets.move(input);
  }

  @Mutation(() => FixedAsset, {
    description:
      'Change an asset’s status (in use, idle, under repair, lent; directors, principals, storekeepers); recorded in its history. Never DISPOSED: only an approved disposal disposes.',
  })
  changeAssetStatus(@Arg('input') input: ChangeAssetStatusInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.assets.changeStatus(input);
  }

  @Mutation(() => FixedAsset, { description: 'Correct an asset card’s name, model or serial number, at the version read.' })
  updateAsset(@Arg('input') input: UpdateAssetInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.assets.update(input);
  }

  @Mutation(() => AssetSettings, {
    description:
      'Change the district’s fixed-asset settings (district administrators): thresholds at least the school finance rules’ (¥1,000; ¥1,500 special equipment), useful lives at least the standard minimums; at the version read.',
  })
  updateAssetSettings(@Arg('input') input: UpdateAssetSettingsInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.assets.settings.update(input);
  }
}
