import type { SheetColumn } from '../../shared/excel/workbook';
import type { Bilingual, ChoiceOption, ImportColumn, ImportLanguage, ImportSpec } from '../../shared/import/validate';
import type { Label } from '../../shared/labels';
import { ASSET_STATUS, SETTABLE_STATUSES } from './labels';

/**
 * The asset register's columns (固定资产台账), declared once: the import template, the import's check
 * (validate.ts, before the graph's validateOnly) and the Excel export all come from here, so what a
 * school exports reads back in, and a school's first load from its own spreadsheet names rooms,
 * custodians and classes the way people write them (教学楼 101, 王芳, 台式计算机), not by ids.
 */

/**
 * One row of the sheet as checked: the fields of importAssets' AssetImportRowInput (so the graph's row
 * errors name these keys), the class, room and custodian still as written; `graphRow` resolves them.
 */
export interface AssetImportRow {
  tagNumber: string;
  name: string;
  classCode: string;
  model?: string;
  serialNumber?: string;
  acquiredOn: string;
  cost: string;
  /** As written: "教学楼 101", a room's name or its QR code. */
  room?: string;
  /** As written: a name, an employee number or "王芳（T0012）". */
  custodianStaffId?: string;
  status?: string;
}

export interface ClassRef {
  code: string;
  nameZh: string;
  nameEn: string;
  registrable: boolean;
}
export interface RoomRef {
  id: string;
  number: string;
  name: string;
  qrCode?: string;
  building: { name: string };
  campus?: { name: string } | null;
}
export interface StaffRef {
  id: string;
  name: string;
  employeeNumber: string;
}

/** What the choice columns choose among: the district's classes, the school's rooms and current staff. */
export interface RegisterLookups {
  classes: readonly ClassRef[];
  rooms: readonly RoomRef[];
  staff: readonly StaffRef[];
}

/** How a class is written in the sheet (and in the export): "2010100 台式计算机". */
export const classText = (c: { code: string; nameZh: string }): string => `${c.code} ${c.nameZh}`;
/** How a room is shown: "教学楼 101" (the building and the door number). */
export const roomText = (r: { number: string; building: { name: string } }): string => `${r.building.name} ${r.number}`;
/** How the export writes a room, naming one room of the school: its campus, building and door number. */
export const roomFullText = (r: { number: string; building: { name: string }; campus?: { name: string } | null }): string =>
  r.campus ? `${r.campus.name} ${roomText(r)}` : roomText(r);

/**
 * The ways a bilingual name is written: "East Campus (东校区)" as itself, "East Campus" and "东校区";
 * "Zhou Jing (周静)" as "周静" too.
 */
export function nameParts(name: string): string[] {
  const inside = [...name.matchAll(/[（(]([^）)]*)[）)]/g)].flatMap((m) => m[1].split(/[,，、;；]/));
  const outside = name.replace(/[（(][^）)]*[）)]/g, '');
  return [...new Set([name, outside, ...inside].map((p) => p.trim()).filter(Boolean))];
}

/** A name as shown where space is short: the Chinese of a bilingual one ("East Campus (东校区)" → 东校区), else itself. */
export const shortName = (name: string): string => nameParts(name)[2] ?? name;

/** A room as pages show it, naming one room of the school: "东校区 · 教学楼A 302 三年级2班". */
export const roomDisplay = (r: { number: string; name: string; building: { name: string }; campus?: { name: string } | null }): string =>
  `${r.campus ? `${shortName(r.campus.name)} · ` : ''}${shortName(r.building.name)} ${r.number} ${shortName(r.name)}`;

/** The ways a room is written: [campus] building number, [campus] room name, the bare number or name, its QR code. */
export function roomLabels(r: RoomRef): string[] {
  const campuses = ['', ...(r.campus ? nameParts(r.campus.name) : [])];
  const labels: string[] = [];
  for (const c of campuses) {
    for (const b of nameParts(r.building.name)) labels.push(`${c} ${b} ${r.number}`, `${c} ${b} ${r.number} ${r.name}`);
    for (const n of nameParts(r.name)) labels.push(`${c} ${n}`);
  }
  return [...labels, r.number, r.qrCode ?? ''];
}
/** How a custodian is written: "王芳（T0012）" (the employee number tells two 王芳 apart). */
export const staffText = (s: { name: string; employeeNumber: string }): string => `${s.name}（${s.employeeNumber}）`;

const norm = (s: string) => s.replace(/\s/g, '').toLowerCase();

/** What a cell naming a record (a room, a custodian, a class) resolves to. */
export type Resolved = { id: string } | { error: 'none' | 'ambiguous' };

/**
 * A lookup of records by the ways people write them (spaces and case do not matter): a cell naming
 * one record resolves to its id; one naming several (two rooms 101 in two buildings, two teachers
 * called 王芳) is ambiguous, never silently the first.
 */
export function resolver<T>(items: readonly T[], id: (item: T) => string, labels: (item: T) => string[]): (text: string) => Resolved {
  const byLabel = new Map<string, Set<string>>();
  for (const item of items)
    for (const label of [id(item), ...labels(item)].filter(Boolean).map(norm)) {
      const ids = byLabel.get(label) ?? new Set<string>();
      ids.add(id(item));
      byLabel.set(label, ids);
    }
  return (text) => {
    const ids = byLabel.get(norm(text));
    if (!ids) return { error: 'none' };
    if (ids.size > 1) return { error: 'ambiguous' };
    return { id: [...ids][0] };
  };
}

/** The resolvers of the three naming columns, from the school's lookups. */
export function registerResolvers(lookups: RegisterLookups) {
  return {
    classCode: resolver(
      lookups.classes.filter((c) => c.registrable),
      (c) => c.code,
      (c) => [classText(c), ...nameParts(c.nameZh), c.nameEn],
    ),
    room: resolver(lookups.rooms, (r) => r.id, roomLabels),
    custodianStaffId: resolver(
      lookups.staff,
      (s) => s.id,
      (s) => [
        staffText(s),
        ...nameParts(s.name).flatMap((n) => [n, `${n}（${s.employeeNumber}）`, `${n}(${s.employeeNumber})`]),
        s.employeeNumber,
      ],
    ),
  };
}

function resolvedCheck(resolve: (text: string) => Resolved, none: Bilingual, ambiguous: Bilingual) {
  return (value: unknown): Bilingual | null => {
    const found = resolve(String(value));
    return 'id' in found ? null : found.error === 'none' ? none : ambiguous;
  };
}

const statusOptions: ChoiceOption[] = SETTABLE_STATUSES.map((s) => ({ value: s, labels: [ASSET_STATUS[s].zh, ASSET_STATUS[s].en, s] }));

/** A register column: how the import reads it, and how the export writes an asset's cell of it. */
interface RegisterColumn<Asset> {
  column: ImportColumn<AssetImportRow>;
  exported: (asset: Asset) => string | number | null | undefined;
  kind?: SheetColumn<Asset>['kind'];
  width?: number;
}

/** An asset as the export reads it (a node of FacilitiesAssets). */
export interface ExportedAsset {
  tagNumber: string;
  name: string;
  classCode: string;
  model?: string | null;
  serialNumber?: string | null;
  acquiredOn: string;
  status: string;
  cost: { fen: number };
  netBookValue: { fen: number };
  accumulatedDepreciation: { fen: number };
  assetClass?: { code: string; nameZh: string } | null;
  room?: { number: string; building: { name: string }; campus?: { name: string } | null } | null;
  custodian?: { name: string; employeeNumber: string } | null;
}

function registerColumns(lookups: RegisterLookups, language: ImportLanguage = 'zh'): RegisterColumn<ExportedAsset>[] {
  const resolve = registerResolvers(lookups);
  return [
    {
      column: {
        key: 'tagNumber',
        header: { zh: '资产编号', en: 'Tag number' },
        aliases: ['编号', '资产编码', 'Tag'],
        type: 'text',
        required: true,
        maxLength: 40,
        note: { zh: '同一学校内唯一，印在资产标签上', en: 'unique in the school; printed on the label' },
      },
      exported: (a) => a.tagNumber,
      width: 16,
    },
    {
      column: { key: 'name', header: { zh: '资产名称', en: 'Name' }, aliases: ['名称'], type: 'text', required: true, maxLength: 100 },
      exported: (a) => a.name,
      width: 20,
    },
    {
      column: {
        key: 'classCode',
        header: { zh: '资产分类', en: 'Class' },
        aliases: ['分类', '分类代码', '资产分类代码', 'Class code'],
        type: 'text',
        required: true,
        check: resolvedCheck(
          resolve.classCode,
          { zh: '没有这个资产分类（填 7 位分类代码或分类名称）', en: 'no such class (a 7-digit code or a class name)' },
          { zh: '多个分类同名，请填分类代码', en: 'several classes have this name: write the code' },
        ),
        note: { zh: 'GB/T 14885 分类代码或名称，如「2010105 台式计算机」', en: 'GB/T 14885 code or name' },
      },
      exported: (a) => (a.assetClass ? classText(a.assetClass) : a.classCode),
      width: 22,
    },
    {
      column: { key: 'model', header: { zh: '规格型号', en: 'Model' }, aliases: ['型号'], type: 'text', maxLength: 100 },
      exported: (a) => a.model ?? '',
    },
    {
      column: { key: 'serialNumber', header: { zh: '出厂编号', en: 'Serial number' }, aliases: ['序列号'], type: 'text', maxLength: 100 },
      exported: (a) => a.serialNumber ?? '',
    },
    {
      column: {
        key: 'acquiredOn',
        header: { zh: '取得日期', en: 'Acquired on' },
        aliases: ['购置日期', '入账日期'],
        type: 'date',
        required: true,
      },
      exported: (a) => a.acquiredOn,
    },
    {
      column: {
        key: 'cost',
        header: { zh: '原值（元）', en: 'Cost (yuan)' },
        aliases: ['原值', '金额', '价值'],
        type: 'yuan',
        required: true,
        minFen: 1,
        note: { zh: '不低于固定资产标准（通用 1000 元，专用设备 1500 元）', en: 'at least the capitalisation threshold' },
      },
      exported: (a) => a.cost.fen,
      kind: 'money',
    },
    {
      column: {
        key: 'room',
        header: { zh: '存放地点', en: 'Room' },
        aliases: ['房间', '位置', '存放位置'],
        type: 'text',
        check: resolvedCheck(
          resolve.room,
          {
            zh: '本校没有这个房间（填「校区 楼宇 门牌号」或房间名称）',
            en: 'no such room in the school (campus, building and number, or its name)',
          },
          { zh: '多个房间符合，请写「校区 楼宇 门牌号」', en: 'several rooms match: write the campus, building and number' },
        ),
        note: {
          zh: '楼宇和门牌号，如「教学楼A 302」；有多个校区时加校区，如「东校区 教学楼A 302」；或房间名称、房间二维码',
          en: 'building and door number, e.g. 教学楼A 302, with the campus when there are several (东校区 教学楼A 302); or the room’s name or QR code',
        },
      },
      exported: (a) => (a.room ? roomFullText(a.room) : ''),
      width: 18,
    },
    {
      column: {
        key: 'custodianStaffId',
        header: { zh: '保管人', en: 'Custodian' },
        aliases: ['使用人', '责任人'],
        type: 'text',
        check: resolvedCheck(
          resolve.custodianStaffId,
          { zh: '本校没有这位在职教职工（填姓名或工号）', en: 'no current staff member of the school by this name or number' },
          { zh: '有同名教职工，请写「姓名（工号）」或工号', en: 'several staff share this name: write the employee number' },
        ),
        note: { zh: '姓名或工号；同名时写「姓名（工号）」', en: 'name or employee number; name (number) when two share a name' },
      },
      exported: (a) => (a.custodian ? staffText(a.custodian) : ''),
      width: 16,
    },
    {
      column: {
        key: 'status',
        header: { zh: '资产状态', en: 'Status' },
        aliases: ['状态'],
        type: 'choice',
        options: statusOptions,
        note: { zh: '留空为「在用」', en: 'empty means in use' },
      },
      exported: (a) => (ASSET_STATUS[a.status] as Label | undefined)?.[language] ?? a.status,
    },
  ];
}

/**
 * The import of a school's register (资产台账导入): every row checked here, then by the graph with
 * validateOnly (tag numbers already in the register, costs under the threshold, a day after today),
 * all or nothing, at most 500 rows a file.
 */
export function assetImportSpec(lookups: RegisterLookups): ImportSpec<AssetImportRow> {
  return {
    maxRows: 500,
    columns: registerColumns(lookups).map((c) => c.column),
    unique: [['tagNumber']],
  };
}

/** The export's columns: the register's own (so the file reads back in), then the book values. */
export function assetExportColumns(
  lookups: RegisterLookups,
  language: ImportLanguage,
  t: (zh: string, en: string) => string,
): SheetColumn<ExportedAsset>[] {
  return [
    ...registerColumns(lookups, language).map((c): SheetColumn<ExportedAsset> => ({
      header: c.column.header[language],
      value: c.exported,
      kind: c.kind,
      width: c.width,
      asText: c.column.type === 'text' || c.column.type === 'choice',
    })),
    { header: t('累计折旧（元）', 'Accumulated depreciation (yuan)'), value: (a) => a.accumulatedDepreciation.fen, kind: 'money' },
    { header: t('净值（元）', 'Net book value (yuan)'), value: (a) => a.netBookValue.fen, kind: 'money' },
  ];
}

/** Checked sheet rows as importAssets takes them: the class, room and custodian resolved to their codes and ids. */
export function graphRows(rows: readonly AssetImportRow[], lookups: RegisterLookups) {
  const resolve = registerResolvers(lookups);
  const idOf = (found: Resolved, text: string) => ('id' in found ? found.id : text);
  return rows.map((row) => ({
    tagNumber: row.tagNumber,
    name: row.name,
    classCode: idOf(resolve.classCode(row.classCode), row.classCode),
    model: row.model ?? null,
    serialNumber: row.serialNumber ?? null,
    acquiredOn: row.acquiredOn,
    cost: row.cost,
    room: row.room ? idOf(resolve.room(row.room), row.room) : null,
    custodianStaffId: row.custodianStaffId ? idOf(resolve.custodianStaffId(row.custodianStaffId), row.custodianStaffId) : null,
    status: row.status ?? null,
  }));
}

/** What one history row changed, field by field (a move may change the room and the custodian at once). */
export function historyChanges(event: {
  fromRoomId?: string | null;
  toRoomId?: string | null;
  fromCustodianStaffId?: string | null;
  toCustodianStaffId?: string | null;
  fromStatus?: string | null;
  toStatus?: string | null;
}): { field: 'room' | 'custodian' | 'status'; from: string | null; to: string | null }[] {
  const changes: { field: 'room' | 'custodian' | 'status'; from: string | null; to: string | null }[] = [];
  const from = (v: string | null | undefined) => v ?? null;
  if (from(event.fromRoomId) !== from(event.toRoomId))
    changes.push({ field: 'room', from: from(event.fromRoomId), to: from(event.toRoomId) });
  if (from(event.fromCustodianStaffId) !== from(event.toCustodianStaffId))
    changes.push({ field: 'custodian', from: from(event.fromCustodianStaffId), to: from(event.toCustodianStaffId) });
  if (event.toStatus && event.fromStatus !== event.toStatus)
    changes.push({ field: 'status', from: from(event.fromStatus), to: event.toStatus });
  return changes;
}

/** A disposal's approval levels in order: approved, the one it waits for, or still to come. */
export function approvalLevels(disposal: {
  approvalRoles: readonly string[];
  approvedCount: number;
  status: string;
}): { role: string; state: 'done' | 'next' | 'later' }[] {
  return disposal.approvalRoles.map((role, index) => ({
    role,
    state:
      index < disposal.approvedCount
        ? 'done'
        : index === disposal.approvedCount && disposal.status === 'PENDING_APPROVAL'
          ? 'next'
          : 'later',
  }));
}
