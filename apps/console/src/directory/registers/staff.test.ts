// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatProblem, validateSheet } from '../../shared/import/validate';
import { staffImportSpec } from './staff';

describe('staff import (批量导入教职工)', () => {
  const spec = staffImportSpec([{ id: 'c1', name: '东校区' }]);

  it('turns posts and the campus name into the graph’s values', () => {
    const result = validateSheet(
      [
        ['姓名', '工号', '岗位', '校区', '电话'],
        ['张三', 'T-001', '厨师、保管员', '东校区', '0571-8888 1234'],
        ['Li Si', 't002', 'Teacher', '', ''],
      ],
      spec,
    );
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => r.value)).toEqual([
      { name: '张三', employeeNumber: 'T-001', posts: ['COOK', 'STOREKEEPER'], campusId: 'c1', phone: '0571-8888 1234' },
      { name: 'Li Si', employeeNumber: 't002', posts: ['TEACHER'] },
    ]);
  });

  it('accepts the English template headers and names every bad cell', () => {
    const result = validateSheet(
      [
        ['Name', 'Employee number', 'Posts', 'Campus', 'Phone'],
        ['张三', '工号1', '', '西校区', '12'],
        ['李四', 'T1', '教师', '', ''],
        ['王五', 't1', '教师', '', ''],
      ],
      spec,
    );
    expect(result.problems.map((p) => formatProblem(p))).toEqual([
      '第 2 行 工号: 只能含字母、数字和 -',
      '第 2 行 岗位: 必填',
      '第 2 行 校区: 「西校区」不是可选值（东校区）',
      '第 2 行 电话: 5 到 20 位数字、空格、+ 或 -',
      '第 4 行 工号: 与第 3 行重复',
    ]);
  });
});
