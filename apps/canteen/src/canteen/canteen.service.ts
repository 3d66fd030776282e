import type DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { requirePermission } from '@houqin/auth';
import { badInput, newId, parseId } from '@houqin/common';
import type { Page, PageArgs } from '@houqin/common';
import { groupedLoader, isUniqueViolation, paginate, recordAudit, saveEdit } from '@houqin/persistence';
import type { ScopedReader } from '@houqin/persistence';
import type { CanteenContext } from '../context';
import { P } from '../permissions';
import { Canteen, CanteenOperation, StorageLocation } from './canteen.entity';
import type {
  AddStorageLocationInput,
  CanteenFilter,
  CreateCanteenInput,
  NewStorageLocationInput,
  UpdateCanteenInput,
} from './canteen.inputs';
import { checkDistinctNames, checkLicenceCurrent, checkOperation, normalLicenceNumber } from './canteen.rules';
import { canteenReader, canteenSql, storageLocationReader } from './canteen.store';

/**
 * Canteens (食堂) and their storage locations (库位): at most one canteen per campus, each with its
 * food-business licence, its food-safety manager and who runs it. Every other canteen record names
 * a canteen read through `getIn` (NOT_FOUND outside the viewer's schools). At `ctx.canteens`.
 */
export class CanteenService {
  /** Canteens in the viewer's scope: `byId` for field resolvers, `get` for `canteen(id)`. */
  readonly reader: ScopedReader<Canteen>;
  /** Storage locations in the viewer's scope. */
  readonly locationReader: ScopedReader<StorageLocation>;
  private locationsLoader?: DataLoader<string, StorageLocation[]>;
  private schoolLoader?: DataLoader<string, Canteen[]>;

  constructor(private readonly ctx: CanteenContext) {
    this.reader = canteenReader(ctx);
    this.locationReader = storageLocationReader(ctx);
  }

  /** A canteen by a client-given id: NOT_FOUND outside the viewer's scope. */
  get(id: string, field = 'id'): Promise<Canteen> {
    return this.reader.get(id, field);
  }

  /** A canteen read inside a mutation's transaction: NOT_FOUND outside the viewer's scope. */
  getIn(manager: EntityManager, id: string, field = 'id'): Promise<Canteen> {
    return this.reader.getIn(manager, id, field);
  }

  /** A storage location of this canteen (read in the transaction), else BAD_USER_INPUT on `field`. */
  async locationIn(manager: EntityManager, canteenId: string, locationId: string, field = 'locationId'): Promise<StorageLocation> {
    const id = parseId(locationId, field);
    const location = await canteenSql.location(manager, this.locationReader, canteenId, id).getOne();
    if (!location) throw badInput(field, `${field} does not name a storage location of the canteen.`);
    return location;
  }

  list(filter: CanteenFilter, page: PageArgs): Promise<Page<Canteen>> {
    return paginate(canteenSql.list(this.ctx.dataSource.manager, this.reader, filter), page);
  }

  /** A canteen's storage locations, batched over a page of canteens. */
  locationsOf(canteenId: string): Promise<StorageLocation[]> {
    this.locationsLoader ??= groupedLoader(
      (ids) => canteenSql.locationsOf(this.ctx.dataSource.manager, this.locationReader, ids).getMany(),
      (location) => location.canteenId,
    );
    return this.locationsLoader.load(canteenId);
  }

  /** A school's canteens in the viewer's scope (none outside it), batched over a page of schools. */
  ofSchool(schoolId: string): Promise<Canteen[]> {
    if (!this.ctx.viewer) return Promise.resolve([]);
    this.schoolLoader ??= groupedLoader(
      (ids) => canteenSql.ofSchools(this.ctx.dataSource.manager, this.reader, ids).getMany(),
      (canteen) => canteen.schoolId,
    );
    return this.schoolLoader.load(schoolId);
  }

  /** Registers a canteen for a campus of the school, with its first storage locations. */
  async create(input: CreateCanteenInput): Promise<Canteen> {
    const schoolId = parseId(input.schoolId, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.createCanteen, schoolId);
    const contractorSupplierId = input.contractorSupplierId ? parseId(input.contractorSupplierId, 'contractorSupplierId') : null;
    checkOperation(input.operation, contractorSupplierId);
    const locations = input.storageLocations ?? [];
    checkDistinctNames(
      locations.map((l) => l.name),
      'storageLocations',
    );
    return this.ctx.dataSource.transaction(async (manager) => {
      const directory = this.ctx.directoryCopy;
      await directory.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      const campus = await directory.requireCampusOf(manager, schoolId, input.campusId, 'campusId');
      const today = await directory.todayAt(schoolId, manager);
      checkLicenceCurrent(input.licenceExpiresOn, today);
      const managerStaffId = input.foodSafetyManagerStaffId
        ? (await directory.assertStaffOf(manager, schoolId, input.foodSafetyManagerStaffId, 'foodSafetyManagerStaffId')).staffId
        : null;
      if (contractorSupplierId) await this.ctx.supplierCopy.assertReceivable(manager, contractorSupplierId, today, 'contractorSupplierId');
      if (await manager.existsBy(Canteen, { campusId: campus.campusId })) throw campusTaken();
      const canteen = manager.create(Canteen, {
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        campusId: campus.campusId,
        name: input.name,
        licenceNumber: normalLicenceNumber(input.licenceNumber),
        licenceExpiresOn: input.licenceExpiresOn,
        foodSafetyManagerStaffId: managerStaffId,
        operation: input.operation,
        contractorSupplierId,
      });
      try {
        await manager.insert(Canteen, canteen);
      } catch (error) {
        if (isUniqueViolation(error)) throw campusTaken();
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'canteen.create',
        entityType: 'Canteen',
        entityId: canteen.id,
        districtId: viewer.districtId,
        schoolId,
        changes: { ...input },
      });
      for (const [i, location] of locations.entries()) await this.insertLocation(manager, canteen, location, `storageLocations.${i}.name`);
      return manager.findOneOrFail(Canteen, { where: { id: canteen.id } });
    });
  }

  /** Changes a canteen's name, licence, food-safety manager or operation (optimistic: the version read). */
  async update(input: UpdateCanteenInput): Promise<Canteen> {
    requirePermission(this.ctx.viewer, P.updateCanteen);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.getIn(manager, input.id);
      requirePermission(this.ctx.viewer, P.updateCanteen, current.schoolId);
      const changes: Partial<Canteen> = {};
      if (input.name != null) changes.name = input.name;
      if (input.licenceNumber != null) changes.licenceNumber = normalLicenceNumber(input.licenceNumber);
      const directory = this.ctx.directoryCopy;
      const today = await directory.todayAt(current.schoolId, manager);
      if (input.licenceExpiresOn != null) {
        checkLicenceCurrent(input.licenceExpiresOn, today);
        changes.licenceExpiresOn = input.licenceExpiresOn;
      }
      if (input.foodSafetyManagerStaffId !== undefined)
        changes.foodSafetyManagerStaffId = input.foodSafetyManagerStaffId
          ? (await directory.assertStaffOf(manager, current.schoolId, input.foodSafetyManagerStaffId, 'foodSafetyManagerStaffId')).staffId
          : null;
      const operation = input.operation ?? current.operation;
      let contractor = current.contractorSupplierId;
      if (input.contractorSupplierId !== undefined)
        contractor = input.contractorSupplierId ? parseId(input.contractorSupplierId, 'contractorSupplierId') : null;
      else if (operation === CanteenOperation.SCHOOL_RUN) contractor = null;
      checkOperation(operation, contractor);
      if (contractor && contractor !== current.contractorSupplierId)
        await this.ctx.supplierCopy.assertReceivable(manager, contractor, today, 'contractorSupplierId');
      if (operation !== current.operation) changes.operation = operation;
      if (contractor !== current.contractorSupplierId) changes.contractorSupplierId = contractor;
      return saveEdit(manager, this.ctx, {
        entity: Canteen,
        typeName: 'Canteen',
        current,
        version: input.version,
        changes,
        audit: { action: 'canteen.update', schoolId: current.schoolId },
      });
    });
  }

  /** Adds a storage location (dry store, chiller, freezer) to a canteen. */
  async addLocation(input: AddStorageLocationInput): Promise<StorageLocation> {
    requirePermission(this.ctx.viewer, P.addStorageLocation);
    return this.ctx.dataSource.transaction(async (manager) => {
      const canteen = await this.getIn(manager, input.canteenId, 'canteenId');
      requirePermission(this.ctx.viewer, P.addStorageLocation, canteen.schoolId);
      const id = await this.insertLocation(manager, canteen, input, 'name');
      return manager.findOneOrFail(StorageLocation, { where: { id } });
    });
  }

  /** Inserts a location of `canteen` with its audit entry; a name the canteen already has is BAD_USER_INPUT on `field`. */
  private async insertLocation(manager: EntityManager, canteen: Canteen, input: NewStorageLocationInput, field: string): Promise<string> {
    const location = manager.create(StorageLocation, {
      id: newId(),
      districtId: canteen.districtId,
      schoolId: canteen.schoolId,
      canteenId: canteen.id,
      name: input.name,
      kind: input.kind,
    });
    try {
      await manager.insert(StorageLocation, location);
    } catch (error) {
      if (isUniqueViolation(error)) throw badInput(field, `The canteen already has a storage location named "${input.name}".`);
      throw error;
    }
    await recordAudit(manager, this.ctx, {
      action: 'storageLocation.create',
      entityType: 'StorageLocation',
      entityId: location.id,
      districtId: canteen.districtId,
      schoolId: canteen.schoolId,
      changes: { canteenId: canteen.id, name: input.name, kind: input.kind },
    });
    return location.id;
  }
}

const campusTaken = () => badInput('campusId', 'The campus already has a canteen: a school runs at most one canteen per campus.');
