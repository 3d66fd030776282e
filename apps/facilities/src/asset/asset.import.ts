import { badInput, parseId, rowErrorsFrom, rowErrorsInput, type RowError } from '@houqin/common';
import { requirePermission } from '@houqin/auth';
import { validateInput } from '@houqin/subgraph-kit';
import type { FacilitiesContext } from '../context';
import { P } from '../permissions';
import { AssetEventSource } from './asset.entity';
import { MAX_IMPORT_ROWS, type ImportAssetsInput } from './asset.inputs';
import type { AssetService, NewAssetValues } from './asset.service';
import { assetSql } from './asset.store';
import { assetClassOf } from './classification';
import type { ImportAssetsPayload } from './asset.types';

/**
 * A school's first load of its asset register from its spreadsheet (资产台账导入), all or nothing: every
 * row checked as registerAsset checks a card (rooms named by id or by their QR code), a tag repeated in
 * the file or already used at the school refused, and every bad row answered at once (extensions.rowErrors).
 * With `validateOnly` nothing is written. A handful of statements for the checks, whatever the row count.
 */
export async function importAssets(ctx: FacilitiesContext, assets: AssetService, input: ImportAssetsInput): Promise<ImportAssetsPayload> {
  const viewer = requirePermission(ctx.viewer, P.importAssets, input.schoolId);
  const schoolId = parseId(input.schoolId, 'schoolId');
  const { rows } = input;
  if (rows.length < 1) throw badInput('rows', 'rows must have at least one row.');
  if (rows.length > MAX_IMPORT_ROWS)
    throw badInput('rows', `rows has ${rows.length} rows; at most ${MAX_IMPORT_ROWS} are imported at once: split the file.`);
  const errors: RowError[] = [];
  const values = new Map<number, Omit<NewAssetValues, 'usefulLifeMonths'>>();
  const roomRefs = new Map<number, string>();
  for (const [i, row] of rows.entries()) {
    try {
      await validateInput(row);
      values.set(i, assets.valuesOf({ ...row, roomId: null }));
      if (row.room) roomRefs.set(i, row.room.trim());
    } catch (error) {
      errors.push(...rowErrorsFrom(i, error));
    }
  }
  const firstRowOf = new Map<string, number>();
  for (const [i, row] of values) {
    const earlier = firstRowOf.get(row.tagNumber);
    if (earlier === undefined) firstRowOf.set(row.tagNumber, i);
    else errors.push({ row: i, field: 'tagNumber', message: `This tag number is already in row ${earlier} of this file.` });
  }
  // Rows that passed the checks above are checked against the school too, so every bad row is answered at once.
  return ctx.dataSource.transaction(async (manager) => {
    await ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
    const today = await ctx.directoryCopy.todayAt(schoolId, manager);
    const settings = await assets.settings.of(manager, viewer.districtId);
    const tags = [...firstRowOf.keys()];
    const used = new Set(tags.length ? (await assetSql.withTags(manager, schoolId, tags).getMany()).map((a) => a.tagNumber) : []);
    const refs = [...new Set(roomRefs.values())];
    const rooms = refs.length ? await assetSql.roomsByRef(manager, schoolId, refs).getMany() : [];
    const roomOf = new Map<string, string>();
    for (const room of rooms) {
      roomOf.set(room.id, room.id);
      roomOf.set(room.qrCode, room.id);
    }
    const staff = await ctx.directoryCopy.staffIn(
      [...new Set([...values.values()].map((v) => v.custodianStaffId).filter((id): id is string => !!id))],
      manager,
    );
    const checked: NewAssetValues[] = [];
    for (const [i, row] of [...values.entries()].sort(([a], [b]) => a - b)) {
      const fail = (field: string, message: string) => errors.push({ row: i, field, message });
      const before = errors.length;
      if (used.has(row.tagNumber)) fail('tagNumber', `Tag number ${row.tagNumber} is already used at the school.`);
      if (row.acquiredOn > today) fail('acquiredOn', `acquiredOn ${row.acquiredOn} is after today (${today}).`);
      const cls = assetClassOf(row.classCode)!;
      const threshold = cls.special ? settings.specialThresholdFen : settings.generalThresholdFen;
      if (row.costFen < threshold)
        fail('cost', `cost is below the fixed-asset threshold (¥${(threshold / 100).toFixed(2)}): a low-value consumable (低值易耗品).`);
      const ref = roomRefs.get(i);
      const roomId = ref ? (roomOf.get(ref) ?? null) : null;
      if (ref && !roomId) fail('room', 'room names no room of the school (by id or QR code).');
      const person = row.custodianStaffId ? staff.get(row.custodianStaffId) : undefined;
      if (row.custodianStaffId && (!person || person.schoolId !== schoolId || !person.active))
        fail('custodianStaffId', 'custodianStaffId does not name a staff member of the school.');
      if (errors.length === before)
        checked.push({ ...row, roomId, usefulLifeMonths: assets.settings.usefulLifeMonths(settings, row.classCode) });
    }
    if (errors.length) throw rowErrorsInput(errors);
    if (input.validateOnly) return { count: rows.length, assets: [] };
    return { count: rows.length, assets: await assets.insertMany(manager, viewer.districtId, schoolId, checked, AssetEventSource.IMPORT) };
  });
}
