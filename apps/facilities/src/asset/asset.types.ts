import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, MoneyFields } from '@houqin/common';
import { AssetEvent, AssetStatus, FixedAsset } from './asset.entity';

@ObjectType({ description: 'A page of the asset register.' })
export class FixedAssetConnection extends Connection(FixedAsset, 'FixedAsset') {}

@ObjectType({ description: 'A page of an asset’s history rows (资产变动记录).' })
export class AssetEventConnection extends Connection(AssetEvent, 'AssetEvent') {}

@ObjectType({ description: 'What importAssets wrote (资产台账导入).' })
export class ImportAssetsPayload {
  @Field(() => Int, { description: 'Rows imported, or that would be with validateOnly.' })
  count: number;

  @Field(() => [FixedAsset], { description: 'The assets as now stored, in the order of the rows; empty with validateOnly.' })
  assets: FixedAsset[];
}

@ObjectType({ description: 'A school’s assets of one status: how many, their cost and net book value.' })
@MoneyFields({
  cost: ['costFen', 'Their cost (原值).'],
  accumulatedDepreciation: ['accumulatedFen', 'Their depreciation to the end of the month (累计折旧).'],
  netBookValue: ['netBookValueFen', 'Their net book value at the end of the month (净值).'],
})
export class AssetStatusSummary {
  @Field(() => AssetStatus, { description: 'The status.' })
  status: AssetStatus;

  @Field(() => Int, { description: 'How many assets.' })
  count: number;

  costFen: number;
  accumulatedFen: number;
  netBookValueFen: number;
}

@ObjectType({ description: 'A school’s fixed assets in figures (固定资产汇总) at the end of a month.' })
@MoneyFields({
  cost: ['costFen', 'Cost of the assets not disposed (原值).'],
  netBookValue: ['netBookValueFen', 'Net book value of the assets not disposed (净值).'],
})
export class AssetSummary {
  @Field(() => ID, { description: 'The school.' })
  schoolId: string;

  @Field({ description: 'The month the figures are at the end of, YYYY-MM.' })
  month: string;

  @Field(() => Int, { description: 'Assets not disposed.' })
  count: number;

  costFen: number;
  netBookValueFen: number;

  @Field(() => [AssetStatusSummary], { description: 'By status (each status that has assets), disposed ones included.' })
  byStatus: AssetStatusSummary[];
}

/** The summary of a school's assets at the end of `month` (those registered by then; pure). */
export function summarize(
  schoolId: string,
  month: string,
  rows: readonly { status: string; count: string | number; costFen: string | number; accumulatedFen: string | number }[],
): AssetSummary {
  const byStatus = new Map<AssetStatus, AssetStatusSummary>();
  const summary = Object.assign(new AssetSummary(), {
    schoolId,
    month,
    count: 0,
    costFen: 0,
    netBookValueFen: 0,
    byStatus: [] as AssetStatusSummary[],
  });
  for (const status of Object.values(AssetStatus)) {
    byStatus.set(status, Object.assign(new AssetStatusSummary(), { status, count: 0, costFen: 0, accumulatedFen: 0, netBookValueFen: 0 }));
  }
  // Rows are the report's aggregates (report/report.store.ts assetValues: school × class × status), summed per status here.
  for (const row of rows) {
    const line = byStatus.get(row.status as AssetStatus)!;
    const count = Number(row.count);
    const costFen = Number(row.costFen);
    const accumulatedFen = Number(row.accumulatedFen);
    line.count += count;
    line.costFen += costFen;
    line.accumulatedFen += accumulatedFen;
    line.netBookValueFen += costFen - accumulatedFen;
    if (row.status !== AssetStatus.DISPOSED) {
      summary.count += count;
      summary.costFen += costFen;
      summary.netBookValueFen += costFen - accumulatedFen;
    }
  }
  summary.byStatus = [...byStatus.values()].filter((line) => line.count > 0);
  return summary;
}
