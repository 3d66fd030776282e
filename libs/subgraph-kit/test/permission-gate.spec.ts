import { graphql, type GraphQLSchema } from 'graphql';
import { Arg, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { definePermissions, Role, Viewer } from '@houqin/auth';
import { buildFederatedSchema, TextField, type SubgraphDefinition } from '../src';

@InputType({ description: 'A school to add.' })
class AddSchoolInput {
  @TextField('Its name.', { max: 10 })
  name: string;
}

@Resolver()
class SchoolResolver {
  @Query(() => String, { description: 'Anything.' })
  hello(): string {
    return 'hello';
  }

  @Mutation(() => String, { description: 'District administrators add schools.' })
  addSchool(@Arg('input') input: AddSchoolInput): string {
    return input.name;
  }

  @Mutation(() => String, { description: 'Anyone may sign in.' })
  signIn(@Arg('input') input: AddSchoolInput): string {
    return input.name;
  }

  @Mutation(() => String, { description: 'Accountants order goods.' })
  orderGoods(@Arg('input') input: AddSchoolInput): string {
    return input.name;
  }

  @Mutation(() => String, { description: 'Accountants review claims; a director stands in for a sole accountant.' })
  reviewClaim(@Arg('input') input: AddSchoolInput): string {
    return input.name;
  }

  @Mutation(() => String, { description: 'Forgotten in the table.' })
  forgotten(): string {
    return 'never';
  }
}

const P = definePermissions({
  addSchool: { doing: 'Adding schools', district: [Role.DISTRICT_ADMIN] },
  signIn: { doing: 'Signing in', open: 'anonymous' },
  orderGoods: { doing: 'Ordering goods', school: [Role.ACCOUNTANT] },
  reviewClaim: { doing: 'Reviewing a claim', school: [Role.ACCOUNTANT], alsoUnder: ['reviewAsStandIn'] },
  reviewAsStandIn: { doing: "Reviewing a sole accountant's claim", school: [Role.GENERAL_AFFAIRS_DIRECTOR] },
});
const viewer = (role: Role, schoolId: string | null) =>
  new Viewer({ accountId: 'a', username: 'u', staffId: null, districtId: 'd', grants: [{ role, schoolId }] });

let schema: GraphQLSchema;
beforeAll(async () => {
  const definition: SubgraphDefinition = {
    name: 'gate',
    defaultPort: 0,
    resolvers: [SchoolResolver],
    entities: [],
    migrations: [],
    permissions: P,
    createContext: (base) => base,
  };
  ({ schema } = await buildFederatedSchema(definition));
});

const run = async (source: string, who: Viewer | null) => {
  const result = await graphql({ schema, source, contextValue: { viewer: who } });
  return result.errors?.map((e) => e.extensions.code ?? e.message) ?? result.data;
};
const ADD_BLANK = 'mutation { addSchool(input: { name: "   " }) }';

describe('the permission gate before validation', () => {
  it('refuses a caller without the role before looking at the input', async () => {
    expect(await run(ADD_BLANK, viewer(Role.PRINCIPAL, 'school-1'))).toEqual(['FORBIDDEN']);
    expect(await run(ADD_BLANK, null)).toEqual(['UNAUTHENTICATED']);
  });

  it('lets a caller with the role through to validation, and the resolver', async () => {
    expect(await run(ADD_BLANK, viewer(Role.DISTRICT_ADMIN, null))).toEqual(['BAD_USER_INPUT']);
    expect(await run('mutation { addSchool(input: { name: "No. 3" }) }', viewer(Role.DISTRICT_ADMIN, null))).toEqual({
      addSchool: 'No. 3',
    });
  });

  it('refuses a mutation of school roles to who holds none of them at any school, before the input', async () => {
    expect(await run('mutation { orderGoods(input: { name: "   " }) }', viewer(Role.PRINCIPAL, 'school-1'))).toEqual(['FORBIDDEN']);
    expect(await run('mutation { orderGoods(input: { name: "   " }) }', viewer(Role.DISTRICT_AUDITOR, null))).toEqual(['FORBIDDEN']);
    expect(await run('mutation { orderGoods(input: { name: "   " }) }', null)).toEqual(['UNAUTHENTICATED']);
  });

  it('lets who holds a role of the rule at some school through to validation; the service checks it at the record', async () => {
    // At school-2, not the record's school: the service's scope answers NOT_FOUND then, not the gate.
    expect(await run('mutation { orderGoods(input: { name: "   " }) }', viewer(Role.ACCOUNTANT, 'school-2'))).toEqual(['BAD_USER_INPUT']);
  });

  it("counts the roles of the rules a mutation's rule names in alsoUnder", async () => {
    const review = 'mutation { reviewClaim(input: { name: "   " }) }';
    expect(await run(review, viewer(Role.GENERAL_AFFAIRS_DIRECTOR, 'school-1'))).toEqual(['BAD_USER_INPUT']);
    expect(await run(review, viewer(Role.ACCOUNTANT, 'school-1'))).toEqual(['BAD_USER_INPUT']);
    expect(await run(review, viewer(Role.PRINCIPAL, 'school-1'))).toEqual(['FORBIDDEN']);
  });

  it('leaves anonymous mutations and queries alone, and refuses a mutation the table forgot', async () => {
    expect(await run('mutation { signIn(input: { name: "me" }) }', null)).toEqual({ signIn: 'me' });
    expect(await run('{ hello }', null)).toEqual({ hello: 'hello' });
    expect(await run('mutation { forgotten }', viewer(Role.DISTRICT_ADMIN, null))).toEqual([
      'Mutation forgotten has no rule in the permission table.',
    ]);
  });
});
