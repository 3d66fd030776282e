import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CanteenContext } from '../context';
import { Staff } from '../federation/staff';
import { HealthCertificate, MorningCheck } from './health.entity';

/** What the canteen adds to the directory's Staff: their health certificate and today's morning check. */
@Resolver(() => Staff)
export class StaffHealthResolver {
  @FieldResolver(() => HealthCertificate, {
    nullable: true,
    description:
      "Their canteen health certificate (健康证) that counts today (the one valid today, else the latest); null when none, or when you do not read their school's canteen records. Batched over a page of staff.",
  })
  canteenHealthCertificate(@Root() staff: Staff, @Ctx() ctx: CanteenContext) {
    return ctx.health.certificateOfStaff(staff.id);
  }

  @FieldResolver(() => MorningCheck, {
    nullable: true,
    description:
      "Their morning check (晨检) today at a canteen; null when not checked yet, or when you do not read their school's canteen records. Batched over a page of staff.",
  })
  morningCheckToday(@Root() staff: Staff, @Ctx() ctx: CanteenContext) {
    return ctx.health.morningCheckToday(staff.id);
  }
}
