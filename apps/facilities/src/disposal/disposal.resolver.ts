import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import { FixedAsset } from '../asset/asset.entity';
import type { FacilitiesContext } from '../context';
import { FacilitiesStep } from '../workflow-step.entity';
import { AssetDisposalViewerAction, disposalActions } from './disposal.actions';
import { AssetDisposal } from './disposal.entity';
import {
  ApproveAssetDisposalInput,
  AssetDisposalFilter,
  CancelAssetDisposalInput,
  RejectAssetDisposalInput,
  RequestAssetDisposalInput,
  UpdateAssetDisposalSettingsInput,
} from './disposal.inputs';
import { AssetDisposalSettings } from './disposal.settings';
import { DISPOSALS_SHOWN } from './disposal.service';
import { AssetDisposalConnection } from './disposal.types';

@Resolver(() => AssetDisposal)
export class AssetDisposalResolver {
  @Query(() => AssetDisposalConnection, {
    description: 'Disposal requests (资产处置申请) of the schools whose facilities records you read, newest first.',
  })
  assetDisposals(
    @Args() page: PageArgs,
    @Arg('filter', () => AssetDisposalFilter, { nullable: true }) filter: AssetDisposalFilter | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.disposals.list(filter ?? {}, page);
  }

  @Query(() => AssetDisposal, { description: 'One disposal request; NOT_FOUND when you may not see it.' })
  assetDisposal(@Arg('id', () => ID, { description: 'The disposal request.' }) id: string, @Ctx() ctx: FacilitiesContext) {
    return ctx.disposals.get(id);
  }

  @Query(() => AssetDisposalSettings, {
    description:
      'Your district’s disposal approval settings (资产处置审批设置): the levels and the value basis. The school’s staff and the district.',
  })
  assetDisposalSettings(@Ctx() ctx: FacilitiesContext) {
    return ctx.disposals.settingsForViewer();
  }

  @FieldResolver(() => FixedAsset, { nullable: true, description: 'The asset as it is now (null if you may not read it).' })
  asset(@Root() d: AssetDisposal, @Ctx() ctx: FacilitiesContext) {
    return ctx.assets.reader.byId(d.assetId);
  }

  @FieldResolver(() => [FacilitiesStep], {
    description: 'Its steps, oldest first: requested, approved at each level, rejected or withdrawn (who, when, why).',
  })
  steps(@Root() d: AssetDisposal, @Ctx() ctx: FacilitiesContext) {
    return ctx.disposals.stepsOf(d.id);
  }

  @FieldResolver(() => [AssetDisposalViewerAction], {
    description: 'The steps you could take on it now (by the same rules the mutations check).',
  })
  viewerActions(@Root() d: AssetDisposal, @Ctx() ctx: FacilitiesContext) {
    return disposalActions(ctx.viewer, d);
  }

  @Mutation(() => AssetDisposal, {
    description:
      'Request the disposal of a fixed asset (资产处置申请: 报废, 出售, 调拨, 捐赠, 盘亏) with a reason: its cost, accumulated depreciation and net book ' +
      'value are recorded, and the approval levels its value needs under the district’s settings. BAD_USER_INPUT on assetId for an asset ' +
      'already disposed or with a request waiting. The general-affairs director or the storekeeper.',
  })
  requestAssetDisposal(@Arg('input') input: RequestAssetDisposalInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.disposals.request(input);
  }

  @Mutation(() => AssetDisposal, {
    description:
      'Approve a disposal request at the level it waits for (审批), never your own. At the last level the asset becomes DISPOSED and ' +
      'facilities.asset.disposed is published (finance writes it off, 资产核销).',
  })
  approveAssetDisposal(@Arg('input') input: ApproveAssetDisposalInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.disposals.approve(input);
  }

  @Mutation(() => AssetDisposal, {
    description:
      'Reject a disposal request at the level it waits for, with a reason (驳回), never your own: the asset stays on the register.',
  })
  rejectAssetDisposal(@Arg('input') input: RejectAssetDisposalInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.disposals.reject(input);
  }

  @Mutation(() => AssetDisposal, { description: 'Withdraw your own disposal request while it waits (撤回).' })
  cancelAssetDisposal(@Arg('input') input: CancelAssetDisposalInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.disposals.cancel(input);
  }

  @Mutation(() => AssetDisposalSettings, {
    description:
      'Change your district’s disposal approval settings (levels, value basis) at the version you read. District administrators.',
  })
  updateAssetDisposalSettings(@Arg('input') input: UpdateAssetDisposalSettingsInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.disposals.updateSettings(input);
  }
}

@Resolver(() => FixedAsset)
export class FixedAssetDisposalsResolver {
  @FieldResolver(() => [AssetDisposal], {
    description:
      `Its latest ${DISPOSALS_SHOWN} disposal requests (处置申请), newest first, if you read the school’s facilities records (one statement for a page of assets). ` +
      'The full list is Query.assetDisposals with filter.assetId.',
  })
  disposals(@Root() asset: FixedAsset, @Ctx() ctx: FacilitiesContext) {
    return ctx.disposals.ofAsset(asset.id);
  }
}
