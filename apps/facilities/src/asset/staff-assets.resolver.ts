import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FacilitiesContext } from '../context';
import { Staff } from '../federation/staff';
import { FixedAsset } from './asset.entity';
import { CUSTODY_SHOWN } from './asset.service';

/** The fields assets add to the directory's Staff. */
@Resolver(() => Staff)
export class StaffAssetsResolver {
  @FieldResolver(() => [FixedAsset], {
    description:
      `The assets in their custody (保管的资产), not disposed, by tag number, the first ${CUSTODY_SHOWN}, as you may read them: all for the register’s readers, your own for you (batched). ` +
      'The full list is Query.assets with filter.custodianStaffId.',
  })
  assetsInCustody(@Root() staff: Staff, @Ctx() ctx: FacilitiesContext) {
    return ctx.assets.inCustodyOf(staff.id);
  }
}
