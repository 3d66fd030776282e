import { Field, Int, ObjectType } from 'type-graphql';

/**
 * Asset classification (资产分类) after GB/T 14885-2010 固定资产分类与代码 (4 levels, 7 digits: 门类 1 digit,
 * 大类 2, 中类 2, 小类 2). The 2022 edition (GB/T 14885-2022 固定资产等资产基础分类与代码) replaced it, but
 * its code table could not be checked here, so the register keeps the 2010 codes, which districts' asset
 * systems (行政事业单位资产管理信息系统) still carry.
 *
 * Rows with `inStandard` were checked against the standard's table of contents (门类 and 大类). The
 * others are the subdivisions schools need (a computer, a projector, a brick-concrete building), coded
 * under their 大类 in the standard's structure; check them against the district's copy of the standard
 * before reporting to the finance bureau.
 *
 * Useful lives (使用年限, years) are the minimums of the government fixed-asset depreciation table
 * (政府固定资产折旧年限表) in the application guide of 政府会计准则第3号 (财会〔2017〕4号); a district may
 * set longer ones (AssetSettings.usefulLifeOverrides). Books and archives are not depreciated (0).
 */
export interface AssetClassRow {
  code: string;
  nameZh: string;
  nameEn: string;
  parentCode: string | null;
  /** Default useful life in years; 0: not depreciated. Null on the top-level 门类 (no asset is registered there). */
  usefulLifeYears: number | null;
  /** Special equipment (专用设备): the higher capitalisation threshold applies. */
  special: boolean;
  /** Code checked against GB/T 14885-2010's table of contents. */
  inStandard: boolean;
}

const row = (
  code: string,
  nameZh: string,
  nameEn: string,
  parentCode: string | null,
  usefulLifeYears: number | null,
  inStandard: boolean,
): AssetClassRow => ({ code, nameZh, nameEn, parentCode, usefulLifeYears, special: code.startsWith('3'), inStandard });

/** The classes a school's register uses, parents before children. */
export const ASSET_CLASSES: readonly AssetClassRow[] = [
  // 1 土地、房屋及构筑物
  row('1000000', '土地、房屋及构筑物', 'Land, buildings and structures', null, null, true),
  row('1020000', '房屋', 'Buildings', '1000000', 50, true),
  row('1020100', '房屋（钢结构、钢筋混凝土结构）', 'Building, steel or reinforced concrete', '1020000', 50, false),
  row('1020200', '房屋（砖混结构、砖木结构）', 'Building, brick-concrete or brick-timber', '1020000', 30, false),
  row('1020300', '简易房', 'Simple building (temporary structure)', '1020000', 8, false),
  row('1030000', '构筑物', 'Structures (walls, tracks, fences)', '1000000', 8, true),
  // 2 通用设备
  row('2000000', '通用设备', 'General equipment', null, null, true),
  row('2010000', '计算机设备及软件', 'Computers and software', '2000000', 6, true),
  row('2010100', '台式计算机', 'Desktop computer', '2010000', 6, false),
  row('2010200', '便携式计算机', 'Laptop computer', '2010000', 6, false),
  row('2010300', '服务器', 'Server', '2010000', 6, false),
  row('2010400', '网络设备', 'Network equipment (switches, routers)', '2010000', 6, false),
  row('2010500', '打印机', 'Printer', '2010000', 6, false),
  row('2020000', '办公设备', 'Office equipment', '2000000', 6, true),
  row('2020100', '复印机', 'Copier', '2020000', 6, false),
  row('2020200', '投影仪', 'Projector', '2020000', 6, false),
  row('2020300', '交互式电子白板（一体机）', 'Interactive whiteboard', '2020000', 6, false),
  row('2030000', '车辆', 'Vehicles', '2000000', 8, true),
  row('2030100', '校车', 'School bus', '2030000', 8, false),
  row('2030200', '乘用车', 'Passenger car', '2030000', 8, false),
  row('2040000', '图书档案设备', 'Library and archive equipment', '2000000', 5, true),
  row('2100000', '机械设备', 'Machinery', '2000000', 10, true),
  row('2200000', '电气设备', 'Electrical equipment', '2000000', 5, true),
  row('2200100', '空调机', 'Air conditioner', '2200000', 5, false),
  row('2200200', '电冰箱', 'Refrigerator', '2200000', 5, false),
  row('2310000', '通信设备', 'Communication equipment', '2000000', 5, true),
  row('2320000', '广播、电视、电影设备', 'Broadcast, television and film equipment', '2000000', 5, true),
  row('2320100', '电视机', 'Television', '2320000', 5, false),
  row('2320200', '音响设备', 'Sound system', '2320000', 5, false),
  row('2400000', '仪器仪表', 'Instruments and meters', '2000000', 5, true),
  // 3 专用设备
  row('3000000', '专用设备', 'Special equipment', null, null, true),
  row('3140000', '食品加工专用设备', 'Food processing equipment (kitchen)', '3000000', 10, true),
  row('3140100', '炊事设备', 'Kitchen equipment (stoves, steamers, dishwashers)', '3140000', 10, false),
  row('3220000', '医疗设备', 'Medical equipment (school clinic)', '3000000', 5, true),
  row('3400000', '教学专用仪器', 'Teaching and laboratory instruments', '3000000', 5, false),
  row('3400100', '实验室仪器', 'Laboratory instrument (microscopes, balances)', '3400000', 5, false),
  row('3400200', '教学模型与标本', 'Teaching model or specimen', '3400000', 5, false),
  row('3410000', '文艺设备', 'Arts equipment (musical instruments, stage)', '3000000', 5, false),
  row('3420000', '体育设备', 'Sports equipment', '3000000', 5, false),
  // 5 图书、档案
  row('5000000', '图书、档案', 'Books and archives', null, null, true),
  row('5010000', '图书', 'Books', '5000000', 0, false),
  row('5020000', '档案', 'Archives', '5000000', 0, false),
  // 6 家具、用具、装具及动植物
  row('6000000', '家具、用具、装具及动植物', 'Furniture, fittings and equipment, plants and animals', null, null, true),
  row('6010000', '家具', 'Furniture', '6000000', 15, false),
  row('6010100', '课桌椅', 'Pupils’ desks and chairs', '6010000', 15, false),
  row('6010200', '办公桌椅', 'Office desks and chairs', '6010000', 15, false),
  row('6010300', '柜类', 'Cabinets and shelves', '6010000', 15, false),
  row('6010400', '床类', 'Beds (dormitory)', '6010000', 15, false),
  row('6020000', '用具、装具', 'Fittings and equipment', '6000000', 5, false),
];

const BY_CODE = new Map(ASSET_CLASSES.map((c) => [c.code, c]));

/** The class of a code, or undefined. */
export const assetClassOf = (code: string): AssetClassRow | undefined => BY_CODE.get(code);

/** Whether assets may be registered under a code: a known class below the top level (门类). */
export const isRegistrableClass = (code: string): boolean => (BY_CODE.get(code)?.usefulLifeYears ?? null) !== null;

/** The code and its ancestors, nearest first (for overrides set on a parent class). */
export function classLineage(code: string): string[] {
  const lineage: string[] = [];
  for (let c = BY_CODE.get(code); c; c = c.parentCode ? BY_CODE.get(c.parentCode) : undefined) lineage.push(c.code);
  return lineage;
}

/**
 * The useful life in years of a class under a district's overrides: the override of the class or of its
 * nearest overridden ancestor, else the class's default. Throws for an unknown or top-level code.
 */
export function usefulLifeYearsOf(code: string, overrides: readonly { classCode: string; years: number }[]): number {
  const cls = BY_CODE.get(code);
  if (!cls || cls.usefulLifeYears === null) throw new Error(`Not a registrable asset class: ${code}`);
  for (const c of classLineage(code)) {
    const override = overrides.find((o) => o.classCode === c);
    if (override) return override.years;
  }
  return cls.usefulLifeYears;
}

@ObjectType({ description: 'An asset class (资产分类) of GB/T 14885, with its default useful life.' })
export class AssetClass {
  @Field({ description: 'Its code (分类代码), 7 digits, e.g. "2010100".' })
  code: string;

  @Field({ description: 'Its Chinese name, e.g. "台式计算机".' })
  nameZh: string;

  @Field({ description: 'Its English name.' })
  nameEn: string;

  @Field(() => String, { nullable: true, description: 'The code of the class above it; null for a top-level class (门类).' })
  parentCode: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Default useful life in years (使用年限, 财会〔2017〕4号 minimums); 0: not depreciated; null on a top-level class, where nothing is registered.',
  })
  usefulLifeYears: number | null;

  @Field({ description: 'Special equipment (专用设备): the higher capitalisation threshold applies.' })
  special: boolean;

  @Field({
    description: 'True when the code was checked against GB/T 14885-2010; false for a school subdivision to check against the standard.',
  })
  inStandard: boolean;

  @Field({ description: 'Whether assets may be registered under it (every class below the top level).' })
  get registrable(): boolean {
    return this.usefulLifeYears !== null;
  }
}

/** The table as GraphQL objects. */
export const assetClassObjects = (): AssetClass[] => ASSET_CLASSES.map((c) => Object.assign(new AssetClass(), c));
