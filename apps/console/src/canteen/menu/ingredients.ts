import type { ChoiceOption, ImportColumn, ImportSpec } from '../../shared/import/validate';
import { ALLERGEN_LABELS, CATEGORY_LABELS } from './menu-helpers';

/** One row of importIngredients (IngredientRowInput): a food of the licensed food table (食物成分表). */
export interface IngredientImportRow {
  foodCode: string;
  name: string;
  category: string;
  baseUnit?: string;
  pieceGrams?: number;
  ediblePercent: number;
  allergens?: string[];
  energyKcal?: string;
  proteinG?: string;
  fatG?: string;
  carbohydrateG?: string;
  calciumMg?: string;
  ironMg?: string;
  vitaminAUg?: string;
  vitaminCMg?: string;
  sodiumMg?: string;
  source: string;
}

const options = (table: Record<string, { zh: string; en: string }>): ChoiceOption[] =>
  Object.entries(table).map(([value, label]) => ({ value, labels: [label.zh, label.en, value] }));

/** A food code of the China Food Composition Tables ("012001x") or a district's own ("L-…"), as the graph takes it. */
export const FOOD_CODE_PATTERN = /^(\d{6}x?|L-[A-Za-z0-9-]{1,30})$/;

/** A value as the table prints it: a decimal, "Tr" for a trace, "—" or nothing when not determined. */
export const TABLE_VALUE_PATTERN = /^(\d{1,6}(\.\d{1,6})?|Tr|—)$/;

function nutrient(key: keyof IngredientImportRow & string, zh: string, en: string, unit: string): ImportColumn<IngredientImportRow> {
  return {
    key,
    header: { zh: `${zh}（${unit}/100g）`, en: `${en} (${unit}/100 g)` },
    aliases: [zh, en, key],
    type: 'text',
    pattern: TABLE_VALUE_PATTERN,
    patternHint: { zh: '数值、Tr（微量）、— 或留空（未测定）', en: 'a number, Tr (trace), — or empty (not determined)' },
  };
}

/**
 * The licensed food-table import (食物成分表导入): one food per row, values per 100 g edible part as
 * the table prints them. The graph checks each value again (exactness, bounds) and answers by row.
 */
export const ingredientImportSpec: ImportSpec<IngredientImportRow> = {
  maxRows: 500,
  columns: [
    {
      key: 'foodCode',
      header: { zh: '食物编码', en: 'Food code' },
      aliases: ['编码', 'Code'],
      type: 'text',
      required: true,
      pattern: FOOD_CODE_PATTERN,
      patternHint: { zh: '6 位数字（代表值加 x），或本区编码 L-…', en: '6 digits (x for a representative value), or a district code L-…' },
    },
    { key: 'name', header: { zh: '食物名称', en: 'Name' }, aliases: ['名称'], type: 'text', required: true, maxLength: 120 },
    {
      key: 'category',
      header: { zh: '食物类别', en: 'Food group' },
      aliases: ['类别'],
      type: 'choice',
      required: true,
      options: options(CATEGORY_LABELS),
    },
    {
      key: 'baseUnit',
      header: { zh: '计量单位', en: 'Base unit' },
      type: 'choice',
      options: [
        { value: 'GRAM', labels: ['克', 'g', 'Gram', 'GRAM'] },
        { value: 'MILLILITRE', labels: ['毫升', 'mL', 'Millilitre', 'MILLILITRE'] },
        { value: 'PIECE', labels: ['个', 'Piece', 'PIECE'] },
      ],
      note: { zh: '留空为「克」', en: 'empty means grams' },
    },
    { key: 'pieceGrams', header: { zh: '单个重量（克）', en: 'Piece weight (g)' }, type: 'integer', min: 1, max: 100000 },
    {
      key: 'ediblePercent',
      header: { zh: '可食部（%）', en: 'Edible part (%)' },
      aliases: ['可食部'],
      type: 'integer',
      required: true,
      min: 1,
      max: 100,
    },
    {
      key: 'allergens',
      header: { zh: '致敏物质', en: 'Allergens' },
      aliases: ['过敏原'],
      type: 'choice',
      multiple: true,
      options: options(ALLERGEN_LABELS),
      note: { zh: '多个用顿号分隔，如「乳制品、麸质谷物」', en: 'several separated by commas' },
    },
    nutrient('energyKcal', '能量', 'Energy', 'kcal'),
    nutrient('proteinG', '蛋白质', 'Protein', 'g'),
    nutrient('fatG', '脂肪', 'Fat', 'g'),
    nutrient('carbohydrateG', '碳水化合物', 'Carbohydrate', 'g'),
    nutrient('calciumMg', '钙', 'Calcium', 'mg'),
    nutrient('ironMg', '铁', 'Iron', 'mg'),
    nutrient('vitaminAUg', '维生素A', 'Vitamin A', 'µgRAE'),
    nutrient('vitaminCMg', '维生素C', 'Vitamin C', 'mg'),
    nutrient('sodiumMg', '钠', 'Sodium', 'mg'),
    {
      key: 'source',
      header: { zh: '数据来源', en: 'Source' },
      type: 'text',
      required: true,
      maxLength: 200,
      note: { zh: '如「中国食物成分表 标准版 第6版 012001x」', en: 'e.g. the table, its edition and the food code' },
    },
  ],
  unique: [['foodCode']],
  rowCheck: (row) =>
    row.baseUnit === 'PIECE' && !row.pieceGrams
      ? [{ key: 'pieceGrams', message: { zh: '按个计量时必填', en: 'required when counted in pieces' } }]
      : [],
};
