import 'reflect-metadata';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { Args, Directive, Field, ID, Int, ObjectType, Query, Resolver, Arg, buildSchema } from 'type-graphql';
import { Connection, DEFAULT_PAGE_SIZE, PageArgs } from '@houqin/common';
import { addDemandControl } from '../src';

@ObjectType()
class Lunch {
  @Field(() => ID)
  id: string;

  @Field(() => [String], { description: 'Not paged: takes the default list size.' })
  dishes: string[];
}

@ObjectType()
class LunchConnection extends Connection(Lunch, 'Lunch') {}

@Resolver()
class LunchResolver {
  @Query(() => LunchConnection)
  lunches(@Args() _page: PageArgs): LunchConnection {
    return { edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
  }

  @Query(() => [Lunch])
  favouriteLunches(@Arg('first', () => Int, { defaultValue: 5 }) _first: number): Lunch[] {
    return [];
  }

  @Query(() => [Lunch])
  @Directive('@listSize(assumedSize: 3)')
  @Directive('@cost(weight: 7)')
  todaysLunches(@Arg('first', () => Int, { nullable: true }) _first?: number): Lunch[] {
    return [];
  }

  @Query(() => Lunch)
  lunch(@Arg('first', () => Int, { nullable: true }) _first?: number): Lunch {
    return { id: '1', dishes: [] };
  }
}

const fieldLine = (sdl: string, name: string) => sdl.split('\n').find((line) => line.includes(`${name}`) && line.includes('):')) ?? '';

describe('the demand-control rule', () => {
  let sdl: string;
  let annotated: string[];
  beforeAll(async () => {
    const schema = await buildSchema({ resolvers: [LunchResolver], skipCheck: true });
    annotated = addDemandControl(schema);
    sdl = printSchemaWithDirectives(schema);
  });

  it('sizes a connection’s edges and nodes by `first`, assuming the default page size without it', () => {
    expect(sdl).toMatch(
      `): LunchConnection! @listSize(assumedSize: ${DEFAULT_PAGE_SIZE}, slicingArguments: ["first"], requireOneSlicingArgument: false, sizedFields: ["edges", "nodes"])`,
    );
  });

  it('sizes a plain list by `first`, assuming the argument’s own default', () => {
    expect(sdl).toMatch('): [Lunch!]! @listSize(assumedSize: 5, slicingArguments: ["first"], requireOneSlicingArgument: false)');
  });

  it('keeps a field’s own @listSize and @cost, and leaves single objects and unpaged lists alone', () => {
    expect(annotated.sort()).toEqual(['Query.favouriteLunches', 'Query.lunches']);
    const todays = sdl.slice(sdl.indexOf('todaysLunches'));
    expect(todays.slice(0, todays.indexOf('\n  lunch('))).toMatch(
      /\): \[Lunch!\]! @listSize\(assumedSize: 3\) @cost\(weight: 7\)|@cost\(weight: 7\) @listSize\(assumedSize: 3\)/,
    );
    expect(fieldLine(sdl, 'lunch(')).not.toMatch('@listSize');
    expect(sdl).toMatch(/dishes: \[String!\]!\n/);
  });
});
