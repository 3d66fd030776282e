import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { FacilitiesContext } from '../context';
import { RateRepairByTokenInput, ReportRepairByQrInput } from './qr-repair.inputs';
import { QrRepairReceipt, RepairStatus } from './qr-repair.types';

/** The anonymous repair path (扫码报修): a room's QR link, a secret status link, nothing else. */
@Resolver()
export class QrRepairResolver {
  @Mutation(() => QrRepairReceipt, {
    description:
      'Report a repair from a room’s QR link (扫码报修), without an account. At most 5 such reports per room and 10 per client an hour (CONFLICT with retryAfterSeconds beyond). ' +
      'BAD_USER_INPUT on qrCode when it is not a room’s. The answer’s statusToken is the only way to follow and rate the report: keep it.',
  })
  reportRepairByQr(@Arg('input') input: ReportRepairByQrInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.workOrders.qr.report(input);
  }

  @Query(() => RepairStatus, {
    description: 'A repair’s progress by the secret token of its status link (报修进度); NOT_FOUND for any other token.',
  })
  repairStatus(@Arg('token', { description: 'The secret token of the status link.' }) token: string, @Ctx() ctx: FacilitiesContext) {
    return ctx.workOrders.qr.status(token);
  }

  @Mutation(() => RepairStatus, {
    description:
      'Rate a repair you reported from a QR link (评价), through its status link, once its final account is recorded; it closes.',
  })
  rateRepairByToken(@Arg('input') input: RateRepairByTokenInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.workOrders.qr.rate(input);
  }
}
