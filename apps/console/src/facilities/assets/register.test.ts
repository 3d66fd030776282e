import { describe, expect, it } from 'vitest';
import { templateSheets } from '../../shared/import/template';
import { validateSheet } from '../../shared/import/validate';
import {
  approvalLevels,
  assetExportColumns,
  assetImportSpec,
  graphRows,
  historyChanges,
  nameParts,
  registerResolvers,
  resolver,
  roomFullText,
  type RegisterLookups,
} from './register';

const lookups: RegisterLookups = {
  classes: [
    { code: '2010000', nameZh: '计算机设备及软件', nameEn: 'Computers', registrable: false },
    { code: '2010105', nameZh: '台式计算机', nameEn: 'Desktop computer', registrable: true },
    { code: '2010601', nameZh: '投影仪', nameEn: 'Projector', registrable: true },
  ],
  rooms: [
    { id: 'r-101a', number: '101', name: '一年级一班', qrCode: 'QRA101', building: { name: '教学楼' } },
    { id: 'r-101b', number: '101', name: '物理实验室', qrCode: 'QRB101', building: { name: '实验楼' } },
    { id: 'r-202', number: '202', name: '总务处', qrCode: 'QR202', building: { name: '行政楼' } },
  ],
  staff: [
    { id: 's-1', name: '王芳', employeeNumber: 'T0012' },
    { id: 's-2', name: '王芳', employeeNumber: 'T0047' },
    { id: 's-3', name: '李强', employeeNumber: 'T0003' },
  ],
};

const HEADER = ['资产编号', '资产名称', '资产分类', '规格型号', '出厂编号', '取得日期', '原值（元）', '存放地点', '保管人', '资产状态'];

describe('the asset register import (资产台账导入)', () => {
  const spec = assetImportSpec(lookups);

  it('reads a school’s spreadsheet written the way people write it: class by name, room by building and number, custodian by name', () => {
    const { rows, problems } = validateSheet(
      [
        HEADER,
        ['ZC-2026-0001', '台式计算机', '台式计算机', 'ThinkCentre M920', 'SN001', '2024/9/1', '4,599.00', '教学楼 101', '李强', '在用'],
        ['ZC-2026-0002', '投影仪', '2010601 投影仪', '', '', '2023-03-15', '3200', 'QR202', '王芳（T0047）', ''],
      ],
      spec,
    );
    expect(problems).toEqual([]);
    expect(
      graphRows(
        rows.map((r) => r.value),
        lookups,
      ),
    ).toEqual([
      {
        tagNumber: 'ZC-2026-0001',
        name: '台式计算机',
        classCode: '2010105',
        model: 'ThinkCentre M920',
        serialNumber: 'SN001',
        acquiredOn: '2024-09-01',
        cost: '4599.00',
        room: 'r-101a',
        custodianStaffId: 's-3',
        status: 'IN_USE',
      },
      {
        tagNumber: 'ZC-2026-0002',
        name: '投影仪',
        classCode: '2010601',
        model: null,
        serialNumber: null,
        acquiredOn: '2023-03-15',
        cost: '3200.00',
        room: 'r-202',
        custodianStaffId: 's-2',
        status: null,
      },
    ]);
  });

  it('names every bad row by its Excel row and column: an ambiguous room or name, a top-level class, a bad date, a repeated tag', () => {
    const { rows, problems } = validateSheet(
      [
        HEADER,
        ['ZC-1', '电脑', '计算机设备及软件', '', '', '2024-02-30', '4000', '101', '王芳', ''],
        ['ZC-2', '投影仪', '投影仪', '', '', '2024-01-01', '3000', '体育馆', 'T9999', '报废'],
        ['ZC-1', '投影仪', '投影仪', '', '', '2024-01-01', '3000.505', '', '', ''],
        ['ZC-3', '投影仪', '投影仪', '', '', '2024-01-01', '3000', '实验楼101', 'T0012', '闲置'],
      ],
      spec,
    );
    expect(rows.map((r) => r.excelRow)).toEqual([5]);
    expect(problems.map((p) => `${p.excelRow} ${p.column}: ${p.message}`)).toEqual([
      '2 资产分类: 没有这个资产分类（填 7 位分类代码或分类名称）',
      '2 取得日期: 应为日期，格式 YYYY-MM-DD，如 2027-06-30',
      '2 存放地点: 多个房间符合，请写「校区 楼宇 门牌号」',
      '2 保管人: 有同名教职工，请写「姓名（工号）」或工号',
      '3 存放地点: 本校没有这个房间（填「校区 楼宇 门牌号」或房间名称）',
      '3 保管人: 本校没有这位在职教职工（填姓名或工号）',
      expect.stringMatching(/^3 资产状态: 「报废」不是可选值/),
      '4 原值（元）: 应为金额（元），最多两位小数，如 1234.50',
    ]);
  });

  it('refuses a file repeating a tag number within it', () => {
    const row = ['ZC-9', '投影仪', '投影仪', '', '', '2024-01-01', '3000', '', '', ''];
    const { problems } = validateSheet([HEADER, row, row], spec);
    expect(problems).toEqual([{ excelRow: 3, column: '资产编号', message: '与第 2 行重复' }]);
  });

  it('gives a template with one header per register column, each with its note', () => {
    const [fill] = templateSheets(spec);
    expect(fill.columns.map((c) => c.header)).toEqual(HEADER);
    expect(fill.columns.find((c) => c.header === '存放地点')?.note).toContain('东校区 教学楼A 302');
  });

  it('exports the register’s columns as the import reads them, then the book values', () => {
    const columns = assetExportColumns(lookups, 'zh', (zh) => zh);
    expect(columns.map((c) => c.header)).toEqual([...HEADER, '累计折旧（元）', '净值（元）']);
    const asset = {
      tagNumber: 'ZC-1',
      name: '投影仪',
      classCode: '2010601',
      acquiredOn: '2024-01-01',
      status: 'UNDER_REPAIR',
      cost: { fen: 300000 },
      accumulatedDepreciation: { fen: 50000 },
      netBookValue: { fen: 250000 },
      assetClass: { code: '2010601', nameZh: '投影仪' },
      room: { number: '101', building: { name: '实验楼' } },
      custodian: { name: '王芳', employeeNumber: 'T0012' },
    };
    const cells = columns.map((c) => c.value(asset));
    expect(cells).toEqual([
      'ZC-1',
      '投影仪',
      '2010601 投影仪',
      '',
      '',
      '2024-01-01',
      300000,
      '实验楼 101',
      '王芳（T0012）',
      '维修中',
      50000,
      250000,
    ]);
    // What was exported reads back in (the first ten columns, the money as yuan).
    const back = validateSheet(
      [HEADER, [...cells.slice(0, 6).map(String), '3000.00', ...cells.slice(7, 10).map(String)]],
      assetImportSpec(lookups),
    );
    expect(back.problems).toEqual([]);
    expect(graphRows([back.rows[0].value], lookups)[0]).toMatchObject({
      classCode: '2010601',
      room: 'r-101b',
      custodianStaffId: 's-1',
      status: 'UNDER_REPAIR',
    });
  });
});

describe('rooms and people with bilingual names on two campuses', () => {
  const campuses: RegisterLookups = {
    classes: lookups.classes,
    rooms: [
      {
        id: 'e302',
        number: '302',
        name: 'Class 3-2 (三年级2班)',
        building: { name: 'Teaching Building A (教学楼A)' },
        campus: { name: 'East Campus (东校区)' },
      },
      {
        id: 'w302',
        number: '302',
        name: 'Class 3-2 (三年级2班)',
        building: { name: 'Teaching Building A (教学楼A)' },
        campus: { name: 'West Campus (西校区)' },
      },
      {
        id: 'e201',
        number: '201',
        name: 'Physics Lab (物理实验室)',
        building: { name: 'Lab Building (实验楼)' },
        campus: { name: 'East Campus (东校区)' },
      },
    ],
    staff: [{ id: 's14', name: 'Zhou Jing (周静)', employeeNumber: 'S1014' }],
  };
  const row = (room: string, custodian = '周静') => ['ZC-1', '投影仪', '投影仪', '', '', '2024-01-01', '3000', room, custodian, ''];

  it('resolve by the Chinese or English part, with the campus where two campuses have the same room', () => {
    const spec = assetImportSpec(campuses);
    const ok = (room: string) =>
      graphRows(
        validateSheet([HEADER, row(room)], spec).rows.map((r) => r.value),
        campuses,
      )[0]?.room;
    expect(ok('东校区 教学楼A 302')).toBe('e302');
    expect(ok('西校区 三年级2班')).toBe('w302');
    expect(ok('East Campus Teaching Building A 302')).toBe('e302');
    expect(ok('物理实验室')).toBe('e201');
    expect(ok('实验楼 201')).toBe('e201');
    expect(validateSheet([HEADER, row('教学楼A 302')], spec).problems.map((p) => p.message)).toEqual([
      '多个房间符合，请写「校区 楼宇 门牌号」',
    ]);
    expect(
      graphRows(
        validateSheet([HEADER, row('物理实验室', 'S1014')], spec).rows.map((r) => r.value),
        campuses,
      )[0].custodianStaffId,
    ).toBe('s14');
  });

  it('export a room with its campus, which reads back to the same room', () => {
    const room = campuses.rooms[1];
    expect(roomFullText(room)).toBe('West Campus (西校区) Teaching Building A (教学楼A) 302');
    expect(registerResolvers(campuses).room(roomFullText(room))).toEqual({ id: 'w302' });
  });

  it('split bilingual names', () => {
    expect(nameParts('East Campus (东校区, formerly Riverside)')).toEqual([
      'East Campus (东校区, formerly Riverside)',
      'East Campus',
      '东校区',
      'formerly Riverside',
    ]);
    expect(nameParts('总务处')).toEqual(['总务处']);
  });
});

describe('resolver', () => {
  it('ignores spaces and case, and never picks one of two', () => {
    const find = resolver(
      [
        { id: 'a', name: 'Lab 1' },
        { id: 'b', name: 'lab1' },
        { id: 'c', name: 'Office' },
      ],
      (x) => x.id,
      (x) => [x.name],
    );
    expect(find(' OFFICE ')).toEqual({ id: 'c' });
    expect(find('LAB 1')).toEqual({ error: 'ambiguous' });
    expect(find('c')).toEqual({ id: 'c' });
    expect(find('gym')).toEqual({ error: 'none' });
  });
});

describe('historyChanges', () => {
  it('lists what a row changed', () => {
    expect(historyChanges({ fromRoomId: 'r1', toRoomId: 'r2', fromCustodianStaffId: 's1', toCustodianStaffId: 's1' })).toEqual([
      { field: 'room', from: 'r1', to: 'r2' },
    ]);
    expect(historyChanges({ fromStatus: 'IN_USE', toStatus: 'UNDER_REPAIR' })).toEqual([
      { field: 'status', from: 'IN_USE', to: 'UNDER_REPAIR' },
    ]);
    expect(historyChanges({ toRoomId: 'r1', toCustodianStaffId: 's1', toStatus: 'IN_USE' })).toEqual([
      { field: 'room', from: null, to: 'r1' },
      { field: 'custodian', from: null, to: 's1' },
      { field: 'status', from: null, to: 'IN_USE' },
    ]);
  });
});

describe('approvalLevels', () => {
  it('marks the levels approved, the one waited for, and those to come', () => {
    expect(
      approvalLevels({
        approvalRoles: ['GENERAL_AFFAIRS_DIRECTOR', 'PRINCIPAL', 'DISTRICT_ADMIN'],
        approvedCount: 1,
        status: 'PENDING_APPROVAL',
      }),
    ).toEqual([
      { role: 'GENERAL_AFFAIRS_DIRECTOR', state: 'done' },
      { role: 'PRINCIPAL', state: 'next' },
      { role: 'DISTRICT_ADMIN', state: 'later' },
    ]);
    expect(approvalLevels({ approvalRoles: ['PRINCIPAL'], approvedCount: 0, status: 'REJECTED' })).toEqual([
      { role: 'PRINCIPAL', state: 'later' },
    ]);
  });
});
