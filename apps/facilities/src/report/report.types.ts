import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, MoneyFields } from '@houqin/common';
import { AssetStatus } from '../asset/asset.entity';

/** One row of the assets-by-class report: a top-level class (门类) and a status at a school. */
@ObjectType({ description: 'A school’s fixed assets of one top-level class (门类) and status at the end of a month (资产分类汇总).' })
@MoneyFields({
  cost: ['costFen', 'Their cost (原值).'],
  accumulatedDepreciation: ['accumulatedFen', 'Depreciation accumulated to the end of the month (累计折旧).'],
  netBookValue: ['netBookValueFen', 'Cost less accumulated depreciation (净值).'],
})
export class AssetClassStatusLine {
  @Field({
    description: 'The top-level class code (门类, GB/T 14885): 1000000 buildings, 2000000 general equipment, 3000000 special equipment, …',
  })
  classCode: string;

  @Field({ description: 'The class’s name, e.g. "通用设备 (General equipment)".' })
  className: string;

  @Field(() => AssetStatus, { description: 'Their status now.' })
  status: AssetStatus;

  @Field(() => Int, { description: 'How many assets.' })
  count: number;

  costFen: number;
  accumulatedFen: number;
  netBookValueFen: number;
}

/** A school's consumables storeroom in a month: what it holds and what it gave out. */
@ObjectType({ description: 'A school’s consumables storeroom in figures (仓库使用): stock value now and what was issued in a month.' })
@MoneyFields({
  stockValue: ['stockValueFen', 'Value of the stock in all its storerooms now (库存金额).'],
  issuedValue: ['issuedValueFen', 'Value issued on requisitions in the month (领用金额).'],
})
export class StoreroomUse {
  @Field(() => ID, { description: 'The school.' })
  schoolId: string;

  @Field({ description: 'The month, YYYY-MM.' })
  month: string;

  stockValueFen: number;
  issuedValueFen: number;

  @Field(() => Int, { description: 'Requisition lines issued in the month.' })
  issuedLines: number;

  @Field(() => Int, { description: 'Rooms that received consumables in the month.' })
  roomsServed: number;
}

/** What one room received from the storeroom in a month. */
@ObjectType({ description: 'What a room received from the consumables storeroom in a month (按房间领用).' })
@MoneyFields({ issuedValue: ['issuedValueFen', 'Value issued to it (领用金额).'] })
export class RoomConsumption {
  @Field(() => ID, { description: 'The room.' })
  roomId: string;

  issuedValueFen: number;

  @Field(() => Int, { description: 'Requisition lines issued to it.' })
  issuedLines: number;

  @Field(() => Int, { description: 'Units issued to it, all items together.' })
  units: number;
}

@ObjectType({ description: 'A page of rooms with what each received from the storeroom.' })
export class RoomConsumptionConnection extends Connection(RoomConsumption, 'RoomConsumption') {}
