import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { monthOrCurrent } from '@houqin/common';
import type { FacilitiesContext } from '../context';
import { School } from '../federation/school';
import { AssetSummary } from './asset.types';

/** The fields assets add to the directory's School. */
@Resolver(() => School)
export class SchoolAssetsResolver {
  @FieldResolver(() => AssetSummary, {
    description:
      'Its fixed assets in figures (固定资产汇总): count, cost and net book value at the end of a month, by status (the register’s readers; batched).',
  })
  assetSummary(
    @Root() school: School,
    @Arg('month', () => String, { nullable: true, description: 'The month, YYYY-MM; this month (China Standard Time) when omitted.' })
    month: string | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.assets.summaryOf(school.id, monthOrCurrent(month, ctx.now()));
  }
}
