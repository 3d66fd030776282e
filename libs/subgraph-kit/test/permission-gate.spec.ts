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

  @Mutation(() => String, { description: 'Forgotten in the table.' })
  forgotten(): string {
    return 'never';
  }
}

const P = definePermissions({
  addSchool: { doing: 'Adding schools', district: [Role.DISTRICT_ADMIN] },
  signIn: { doing: 'Signing in', open: 'anonymous' },
  orderGoods: { doing: 'Ordering goods', school: [Role.ACCOUNTANT] },
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

  it('leaves a mutation of school roles to its service, which reads the record in scope first', async () => {
    expect(await run('mutation { orderGoods(input: { name: "   " }) }', viewer(Role.PRINCIPAL, 'school-1'))).toEqual(['BAD_USER_INPUT']);
  });

  it('leaves anonymous mutations and queries alone, and refuses a mutation the table forgot', async () => {
    expect(await run('mutation { signIn(input: { name: "me" }) }', null)).toEqual({ signIn: 'me' });
    expect(await run('{ hello }', null)).toEqual({ hello: 'hello' });
    expect(await run('mutation { forgotten }', viewer(Role.DISTRICT_ADMIN, null))).toEqual([
      'Mutation forgotten has no rule in the permission table.',
    ]);
  });
});
