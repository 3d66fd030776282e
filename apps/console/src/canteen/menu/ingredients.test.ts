// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateSheet } from '../../shared/import/validate';
import { ingredientImportSpec } from './ingredients';

const header = [
  '食物编码',
  '食物名称',
  '食物类别',
  '计量单位',
  '单个重量（克）',
  '可食部（%）',
  '致敏物质',
  '能量（kcal/100g）',
  '蛋白质（g/100g）',
  '钙（mg/100g）',
  '数据来源',
];

describe('the licensed food-table import (食物成分表导入)', () => {
  it('reads the template’s Chinese headers and types each row as importIngredients takes it', () => {
    const { rows, problems } = validateSheet(
      [
        header,
        ['012001x', '稻米（代表值）', '谷类及制品', '', '', '100', '', '346', '7.9', '13', '中国食物成分表 标准版 第6版 012001x'],
        ['101101x', '纯牛奶', '乳类及制品', '毫升', '', '100', '乳制品', '65', 'Tr', '—', '中国食物成分表 第6版'],
      ],
      ingredientImportSpec,
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.value)).toEqual([
      {
        foodCode: '012001x',
        name: '稻米（代表值）',
        category: 'GRAIN',
        ediblePercent: 100,
        energyKcal: '346',
        proteinG: '7.9',
        calciumMg: '13',
        source: '中国食物成分表 标准版 第6版 012001x',
      },
      {
        foodCode: '101101x',
        name: '纯牛奶',
        category: 'DAIRY',
        baseUnit: 'MILLILITRE',
        ediblePercent: 100,
        allergens: ['MILK'],
        energyKcal: '65',
        proteinG: 'Tr',
        calciumMg: '—',
        source: '中国食物成分表 第6版',
      },
    ]);
  });

  it('finds every bad row by its Excel row before the graph is asked: code, group, edible part, values, pieces, duplicates', () => {
    const { problems } = validateSheet(
      [
        header,
        ['12001', '稻米', '谷类及制品', '', '', '100', '', '346', '', '', '表'],
        ['012002', '小麦', '粮食', '', '', '100', '', '', '', '', '表'],
        ['012003', '玉米', '谷类及制品', '', '', '120', '', 'abc', '', '', '表'],
        ['L-EGG', '鸡蛋', '蛋类及制品', '个', '', '88', '蛋类', '', '', '', '表'],
        ['012003', '玉米面', '谷类及制品', '', '', '100', '', '', '', '', ''],
        ['045301', '菠菜', '蔬菜类及制品', '', '', '89', '', '28', '2.6', '66', '表'],
        ['045301', '菠菜（鲜）', '蔬菜类及制品', '', '', '89', '', '28', '2.6', '66', '表'],
      ],
      ingredientImportSpec,
    );
    const where = problems.map((p) => [p.excelRow, p.column]);
    expect(where).toEqual(
      expect.arrayContaining([
        [2, '食物编码'],
        [3, '食物类别'],
        [4, '可食部（%）'],
        [4, '能量（kcal/100g）'],
        [5, '单个重量（克）'],
        [6, '数据来源'],
      ]),
    );
    expect(problems.filter((p) => p.excelRow === 8).map((p) => p.message)).toEqual(['与第 7 行重复']);
  });
});
