import { z } from 'zod';
import { defineEvent, field } from '../event-definition';

/**
 * Events facilities publishes. Each concept adds its events here under its own heading: an approved
 * disposal tells finance to write the asset off; a reorder list asks finance for a draft purchase
 * request; a meter anomaly (a suspected leak) is raised for part 2's work orders.
 */
export const facilitiesEvents = {
  // disposal/:  facilities.asset.disposed
  assetDisposed: defineEvent({
    type: 'facilities.asset.disposed',
    version: 1,
    publisher: 'facilities',
    description:
      "A fixed asset's disposal (报废/处置) was approved at its last level: published once per disposal, in the approval's transaction; finance records the write-off (资产核销) against the school's books, once.",
    payload: z.object({
      disposalId: field.id().describe('The disposal request (处置申请).'),
      assetId: field.id().describe('The asset written off (资产卡片).'),
      schoolId: field.id().describe('The school whose register carried it.'),
      tagNumber: field.text(40).describe("The asset's tag number (资产编号), unique per school."),
      name: field.text(200).describe("The asset's name."),
      classCode: field.text(20).describe('Its classification code (GB/T 14885 资产分类代码).'),
      costFen: field.fen().describe('Its acquisition cost (原值) in fen.'),
      accumulatedDepreciationFen: field.fen().describe('Depreciation accumulated (累计折旧) up to the disposal month, in fen.'),
      netBookValueFen: field.fen().describe('Net book value (净值) = cost − accumulated depreciation, in fen.'),
      method: z
        .enum(['SCRAPPED', 'SOLD', 'TRANSFERRED', 'DONATED', 'LOST'])
        .describe('How it leaves the register: scrapped (报废), sold (出售), transferred (调拨), donated (捐赠), lost (盘亏/丢失).'),
      proceedsFen: field.fen().describe('Money received for it (处置收入), in fen; 0 when none.'),
      disposedOn: field.date().describe('The day the disposal was approved.'),
    }),
  }),
  // reorder/:   facilities.reorder.requested
  // meter/:     facilities.meter.anomaly
};
