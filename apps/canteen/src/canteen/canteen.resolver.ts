import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { CanteenContext } from '../context';
import { School, schoolRef } from '../federation/school';
import { Staff, staffRef } from '../federation/staff';
import { Supplier, supplierRef } from '../federation/supplier';
import { Canteen, StorageLocation } from './canteen.entity';
import { AddStorageLocationInput, CanteenFilter, CreateCanteenInput, UpdateCanteenInput } from './canteen.inputs';
import { CanteenConnection } from './canteen.types';

@Resolver(() => Canteen)
export class CanteenResolver {
  @Query(() => CanteenConnection, { description: "Canteens (食堂) of your schools (the district's for district roles)." })
  canteens(
    @Args() page: PageArgs,
    @Arg('filter', () => CanteenFilter, { nullable: true, description: 'Narrow the list.' }) filter: CanteenFilter | null,
    @Ctx() ctx: CanteenContext,
  ) {
    return ctx.canteens.list(filter ?? {}, page);
  }

  @Query(() => Canteen, { description: 'One canteen of your schools.' })
  canteen(@Arg('id', () => ID, { description: 'The canteen.' }) id: string, @Ctx() ctx: CanteenContext) {
    return ctx.canteens.get(id);
  }

  @Mutation(() => Canteen, {
    description:
      'Register a canteen (食堂) for a campus of the school (canteen managers and general-affairs directors): one per campus, with a current food-business licence; a contracted canteen names its contractor, a food supplier of the district.',
  })
  createCanteen(@Arg('input') input: CreateCanteenInput, @Ctx() ctx: CanteenContext) {
    return ctx.canteens.create(input);
  }

  @Mutation(() => Canteen, { description: "Change a canteen's name, licence, food-safety manager or operation (the version you read)." })
  updateCanteen(@Arg('input') input: UpdateCanteenInput, @Ctx() ctx: CanteenContext) {
    return ctx.canteens.update(input);
  }

  @Mutation(() => StorageLocation, { description: 'Add a storage location (库位: dry store, chiller or freezer) to a canteen.' })
  addStorageLocation(@Arg('input') input: AddStorageLocationInput, @Ctx() ctx: CanteenContext) {
    return ctx.canteens.addLocation(input);
  }

  @FieldResolver(() => School, { description: 'The school that runs it.' })
  school(@Root() canteen: Canteen) {
    return schoolRef(canteen.schoolId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Its food-safety manager (食品安全管理员); null when none is named.' })
  foodSafetyManager(@Root() canteen: Canteen) {
    return staffRef(canteen.foodSafetyManagerStaffId);
  }

  @FieldResolver(() => Supplier, { nullable: true, description: 'The contractor (承包方) of a contracted canteen; null when school-run.' })
  contractor(@Root() canteen: Canteen) {
    return supplierRef(canteen.contractorSupplierId);
  }

  @FieldResolver(() => [StorageLocation], { description: 'Its storage locations (库位), oldest first. Batched over a page of canteens.' })
  storageLocations(@Root() canteen: Canteen, @Ctx() ctx: CanteenContext) {
    return ctx.canteens.locationsOf(canteen.id);
  }
}
