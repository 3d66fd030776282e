import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { FinanceContext } from '../context';
import { AssetWriteOff } from './writeoff.entity';
import { writeOffLines } from './writeoff.rules';
import { AssetWriteOffConnection, AssetWriteOffFilter, AssetWriteOffLine } from './writeoff.types';

@Resolver(() => AssetWriteOff)
export class AssetWriteOffResolver {
  @Query(() => AssetWriteOffConnection, {
    description:
      'Fixed assets written off (资产核销) from facilities’ approved disposals, newest first: the books the viewer reads (finance staff, district roles).',
  })
  assetWriteOffs(
    @Args() page: PageArgs,
    @Arg('filter', () => AssetWriteOffFilter, { nullable: true }) filter: AssetWriteOffFilter | null,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.writeOffs.list(filter ?? {}, page);
  }

  @FieldResolver(() => [AssetWriteOffLine], {
    description: 'Its voucher (资产核销凭证) under the government accounting rules: Dr 累计折旧, Dr 资产处置费用 / Cr 固定资产; balanced.',
  })
  voucherLines(@Root() writeOff: AssetWriteOff) {
    return writeOffLines(writeOff).map((line) => Object.assign(new AssetWriteOffLine(), line));
  }
}
