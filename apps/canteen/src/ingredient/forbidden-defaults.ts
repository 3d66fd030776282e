/**
 * The forbidden foods every district has (禁用食品), from the national rules for school canteens, so a
 * new district is protected before it configures anything. They are not rows of the database: the
 * service lists them first, with these fixed ids, and refuses to remove them. A province or district
 * adds its own entries through addForbiddenFood.
 *
 * - 亚硝酸盐: 《学校食品安全与营养健康管理规定》(2019) and the market-supervision rules for catering
 *   (餐饮服务) forbid buying, storing or using nitrite (亚硝酸盐) in school canteens and catering.
 * - 四季豆 (raw or under-cooked: saponins and lectins), 鲜黄花菜 (fresh daylilies: colchicine),
 *   野生蘑菇 (wild mushrooms) and 发芽马铃薯 (sprouted or green potatoes: solanine): the high-risk foods
 *   school canteens are told not to serve (e.g. 《餐饮服务食品安全操作规范》 and provincial school-canteen
 *   notices); the catalogue refuses them outright rather than trusting a cook to cook them through.
 */
export interface BuiltInForbiddenFood {
  id: string;
  name: string;
  reason: string;
  /** Food codes of the China Food Composition Tables (standard edition 6) it covers, where the table has them. */
  foodCodes: readonly string[];
}

export const BUILT_IN_FORBIDDEN_FOODS: readonly BuiltInForbiddenFood[] = [
  {
    id: '01900000-0000-7000-8000-00000000f001',
    name: '亚硝酸盐',
    reason: 'Nitrite (亚硝酸盐): school canteens may not buy, store or use it (《学校食品安全与营养健康管理规定》, catering rules).',
    foodCodes: [],
  },
  {
    id: '01900000-0000-7000-8000-00000000f002',
    name: '四季豆',
    reason:
      'Four-season beans (四季豆/菜豆): poisonous raw or under-cooked (saponins, lectins); a high-risk food school canteens do not serve.',
    foodCodes: ['042110', '042120'],
  },
  {
    id: '01900000-0000-7000-8000-00000000f003',
    name: '鲜黄花菜',
    reason: 'Fresh daylilies (鲜黄花菜/鲜金针菜): colchicine; a high-risk food school canteens do not serve.',
    foodCodes: ['045412'],
  },
  {
    id: '01900000-0000-7000-8000-00000000f004',
    name: '野生蘑菇',
    reason: 'Wild mushrooms (野生蘑菇/野生菌): poisonous species cannot be told apart reliably; school canteens do not serve them.',
    foodCodes: [],
  },
  {
    id: '01900000-0000-7000-8000-00000000f005',
    name: '发芽马铃薯',
    reason: 'Sprouted or green potatoes (发芽、发青马铃薯): solanine; never used.',
    foodCodes: [],
  },
];

const BUILT_IN_IDS = new Set(BUILT_IN_FORBIDDEN_FOODS.map((f) => f.id));

export const isBuiltInForbiddenFood = (id: string | undefined): boolean => id !== undefined && BUILT_IN_IDS.has(id);

/** When houqin first listed the built-in entries (their createdAt). */
export const BUILT_IN_LISTED_AT = new Date('2026-12-01T00:00:00Z');
