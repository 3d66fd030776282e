import { AssetStocktakeDifferenceKind, AssetStocktakeScope, SCAN_CODE_MAX } from './stocktake.entity';

/**
 * The pure rules of asset stocktakes (资产盘点): scopes, scanned codes, and the differences between
 * the register and the scans. No database, no viewer.
 */

/** Most codes one recordAssetScans call takes. */
export const MAX_CODES_PER_CALL = 500;

/** A stocktake's scope: for ROOM, `campusId` is the room's campus. */
export interface ScopeRef {
  scope: AssetStocktakeScope;
  campusId: string | null;
  roomId: string | null;
}

/** What is wrong with an opening's scope fields, before any database: a field and a message, or null. */
export function scopeProblem(input: { scope: AssetStocktakeScope; campusId?: string | null; roomId?: string | null }): {
  field: string;
  message: string;
} | null {
  const { scope, campusId, roomId } = input;
  if (scope === AssetStocktakeScope.CAMPUS) {
    if (!campusId) return { field: 'campusId', message: 'campusId: a CAMPUS stocktake names its campus.' };
    if (roomId) return { field: 'roomId', message: 'roomId: a CAMPUS stocktake names no room.' };
  } else if (scope === AssetStocktakeScope.ROOM) {
    if (!roomId) return { field: 'roomId', message: 'roomId: a ROOM stocktake names its room.' };
    if (campusId) return { field: 'campusId', message: "campusId: a ROOM stocktake names only its room (the campus is the room's)." };
  } else {
    if (campusId) return { field: 'campusId', message: 'campusId: a SCHOOL stocktake names no campus.' };
    if (roomId) return { field: 'roomId', message: 'roomId: a SCHOOL stocktake names no room.' };
  }
  return null;
}

/** Whether a room (with its campus) lies in a stocktake's scope (the scope's school is checked apart). */
export function roomInScope(scope: ScopeRef, room: { id: string; campusId: string }): boolean {
  if (scope.scope === AssetStocktakeScope.SCHOOL) return true;
  if (scope.scope === AssetStocktakeScope.CAMPUS) return room.campusId === scope.campusId;
  return room.id === scope.roomId;
}

/**
 * Whether two stocktakes of one school would count some room twice: a school-wide one overlaps every
 * other; a campus overlaps itself and its rooms; a room overlaps itself and its campus.
 */
export function scopesOverlap(a: ScopeRef, b: ScopeRef): boolean {
  if (a.scope === AssetStocktakeScope.SCHOOL || b.scope === AssetStocktakeScope.SCHOOL) return true;
  if (a.campusId !== b.campusId) return false;
  if (a.scope === AssetStocktakeScope.ROOM && b.scope === AssetStocktakeScope.ROOM) return a.roomId === b.roomId;
  return true;
}

/**
 * A code as it is compared and stored: Unicode-normalised (NFKC turns full-width ＺＣ－００１ into ZC-001),
 * trimmed, upper-cased. Tag numbers are matched by this key, so "zc-001 " finds ZC-001.
 */
export function codeKey(code: string): string {
  return code.normalize('NFKC').trim().toUpperCase();
}

/**
 * The codes of one scan call: each normalised (codeKey); an empty or over-long one is a problem at its
 * index; repeats (the same tag scanned twice) are dropped. The distinct codes come back sorted, the
 * order every call inserts them in (so parallel scanners lock rows in one order).
 */
export function prepareCodes(codes: readonly string[]): { codes: string[]; problems: { index: number; message: string }[] } {
  const problems: { index: number; message: string }[] = [];
  const distinct = new Set<string>();
  codes.forEach((raw, index) => {
    const code = codeKey(raw);
    if (!code) problems.push({ index, message: `codes.${index} is empty.` });
    else if ([...code].length > SCAN_CODE_MAX)
      problems.push({ index, message: `codes.${index} is longer than ${SCAN_CODE_MAX} characters.` });
    else distinct.add(code);
  });
  return { codes: [...distinct].sort(), problems };
}

/** An asset the stocktake expected, as snapshotted at opening. */
export interface ExpectedAsset {
  assetId: string;
  tagNumber: string;
  roomId: string;
}

/** A stored scan: its (normalised) code and the room it was scanned in. */
export interface ScannedCode {
  code: string;
  roomId: string;
}

/** An asset of the school in the register now (for the codes nobody expected). */
export interface RegisteredAsset {
  assetId: string;
  tagNumber: string;
  roomId: string | null;
  disposed: boolean;
}

export interface DifferenceDraft {
  kind: AssetStocktakeDifferenceKind;
  code: string;
  assetId: string | null;
  expectedRoomId: string | null;
  scannedRoomId: string | null;
}

/** The counts of a closed stocktake (盘点汇总). expected = found + missing. */
export interface StocktakeSummaryCounts {
  expected: number;
  scanned: number;
  found: number;
  missing: number;
  wrongRoom: number;
  unregistered: number;
}

const KIND_ORDER: Record<AssetStocktakeDifferenceKind, number> = { MISSING: 0, WRONG_ROOM: 1, UNREGISTERED: 2 };

/**
 * The differences between what a stocktake expected and what was scanned (盘点差异):
 * - an expected asset not scanned is MISSING (盘亏), at its room of the snapshot;
 * - an expected asset scanned in another room than its snapshot room is found, and WRONG_ROOM;
 * - a scanned code nobody expected that is an asset of the school (not disposed) is WRONG_ROOM when
 *   its register room (now) is not where it was scanned (e.g. a projector of room 305 found in 302),
 *   and no difference when it is (an asset registered into the scope after opening);
 * - any other scanned code (no asset of the school, or a disposed one's tag) is UNREGISTERED.
 * Codes are compared by codeKey. Returns the differences (MISSING, WRONG_ROOM, UNREGISTERED; by code
 * within each) and the counts.
 */
export function stocktakeDifferences(
  expected: readonly ExpectedAsset[],
  scans: readonly ScannedCode[],
  register: readonly RegisteredAsset[],
): { differences: DifferenceDraft[]; summary: StocktakeSummaryCounts } {
  const scanByKey = new Map<string, ScannedCode>();
  for (const scan of scans) {
    const key = codeKey(scan.code);
    if (!scanByKey.has(key)) scanByKey.set(key, scan);
  }
  const differences: DifferenceDraft[] = [];
  const expectedKeys = new Set<string>();
  let found = 0;
  for (const asset of expected) {
    const key = codeKey(asset.tagNumber);
    expectedKeys.add(key);
    const scan = scanByKey.get(key);
    if (!scan) {
      differences.push({
        kind: AssetStocktakeDifferenceKind.MISSING,
        code: asset.tagNumber,
        assetId: asset.assetId,
        expectedRoomId: asset.roomId,
        scannedRoomId: null,
      });
      continue;
    }
    found += 1;
    if (scan.roomId !== asset.roomId)
      differences.push({
        kind: AssetStocktakeDifferenceKind.WRONG_ROOM,
        code: asset.tagNumber,
        assetId: asset.assetId,
        expectedRoomId: asset.roomId,
        scannedRoomId: scan.roomId,
      });
  }
  const registerByKey = new Map<string, RegisteredAsset>();
  for (const asset of register) {
    const key = codeKey(asset.tagNumber);
    // A live asset wins over a disposed one with the same tag (a tag reused after a disposal).
    const before = registerByKey.get(key);
    if (!before || (before.disposed && !asset.disposed)) registerByKey.set(key, asset);
  }
  for (const [key, scan] of scanByKey) {
    if (expectedKeys.has(key)) continue;
    const asset = registerByKey.get(key);
    if (!asset || asset.disposed) {
      differences.push({
        kind: AssetStocktakeDifferenceKind.UNREGISTERED,
        code: scan.code,
        assetId: asset?.assetId ?? null,
        expectedRoomId: null,
        scannedRoomId: scan.roomId,
      });
    } else if (asset.roomId !== scan.roomId) {
      differences.push({
        kind: AssetStocktakeDifferenceKind.WRONG_ROOM,
        code: asset.tagNumber,
        assetId: asset.assetId,
        expectedRoomId: asset.roomId,
        scannedRoomId: scan.roomId,
      });
    }
  }
  differences.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const count = (kind: AssetStocktakeDifferenceKind) => differences.filter((d) => d.kind === kind).length;
  return {
    differences,
    summary: {
      expected: expected.length,
      scanned: scanByKey.size,
      found,
      missing: count(AssetStocktakeDifferenceKind.MISSING),
      wrongRoom: count(AssetStocktakeDifferenceKind.WRONG_ROOM),
      unregistered: count(AssetStocktakeDifferenceKind.UNREGISTERED),
    },
  };
}

/**
 * Which differences an approval accepts: all of them when `accept` is not given, else exactly those
 * listed (the rest are dismissed). An id that is not a difference of the stocktake is a problem at its index.
 */
export function acceptedDifferences(
  differenceIds: readonly string[],
  accept: readonly string[] | null | undefined,
): { accepted: Set<string>; problem: { index: number; message: string } | null } {
  if (accept == null) return { accepted: new Set(differenceIds), problem: null };
  const known = new Set(differenceIds.map((id) => id.toLowerCase()));
  const accepted = new Set<string>();
  for (const [index, id] of accept.entries()) {
    if (!known.has(id.toLowerCase()))
      return { accepted, problem: { index, message: `accept.${index} is not a difference of this stocktake.` } };
    accepted.add(id.toLowerCase());
  }
  return { accepted: new Set(differenceIds.filter((id) => accepted.has(id.toLowerCase()))), problem: null };
}
