import { printSchema } from 'graphql';
import { Arg, buildSchema, InputType, Query, Resolver } from 'type-graphql';
import { DateField, IdField, MonthField, TextField, validateInput, YuanField } from '../src';

@InputType({ description: 'A storekeeper receiving rice.' })
class ReceiveInput {
  @IdField()
  id: string;

  @IdField('The school.')
  schoolId: string;

  @IdField('The supplier, if known.', { nullable: true })
  supplierId?: string;

  @TextField('What arrived.', { max: 20 })
  description: string;

  @YuanField('Price paid.')
  price: string;

  @DateField('Day it arrived.')
  receivedOn: string;

  @MonthField('Accounting month.', { nullable: true })
  period?: string;
}

@Resolver()
class ReceiveResolver {
  @Query(() => String, { description: 'Echo.' })
  receive(@Arg('input') input: ReceiveInput): string {
    return input.description;
  }
}

const valid = {
  id: '0196b6a4-0d6e-7000-8000-000000000002',
  schoolId: '0196b6a4-0d6e-7000-8000-000000000001',
  description: '50 kg of rice',
  price: '250.00',
  receivedOn: '2026-11-30',
};
const input = (changes: Record<string, unknown>) => Object.assign(new ReceiveInput(), valid, changes);
const fieldOf = async (changes: Record<string, unknown>) => {
  try {
    await validateInput(input(changes));
    return null;
  } catch (error) {
    const { field, violations } = (error as { extensions: { field: string; violations: { message: string }[] } }).extensions;
    return `${field}: ${violations[0].message}`;
  }
};

describe('shared input fields', () => {
  it('accept good input, and leave nullable fields out', async () => {
    expect(await fieldOf({})).toBeNull();
  });

  it('name the field at fault with a message that says what is wrong', async () => {
    expect(await fieldOf({ schoolId: 'school-1' })).toBe('schoolId: schoolId must be an id');
    expect(await fieldOf({ supplierId: '42' })).toBe('supplierId: supplierId must be an id');
    expect(await fieldOf({ description: '   ' })).toBe('description: description must not be empty');
    expect(await fieldOf({ description: 'x'.repeat(21) })).toMatch(/^description: /);
    expect(await fieldOf({ price: '1'.repeat(21) })).toMatch(/^price: /);
    expect(await fieldOf({ receivedOn: '2026-02-30' })).toBe('receivedOn: receivedOn must be a date YYYY-MM-DD');
    expect(await fieldOf({ receivedOn: '30/11/2026' })).toBe('receivedOn: receivedOn must be a date YYYY-MM-DD');
    expect(await fieldOf({ period: '2026-13' })).toBe('period: period must be a month YYYY-MM');
  });

  it('describe themselves in the schema, money with how to write it', async () => {
    const sdl = printSchema(await buildSchema({ resolvers: [ReceiveResolver], validateFn: validateInput }));
    expect(sdl).toContain('input ReceiveInput {\n  id: ID!\n');
    expect(sdl).toContain('"""The school."""\n  schoolId: ID!');
    expect(sdl).toContain('"""The supplier, if known."""\n  supplierId: ID\n');
    expect(sdl).toMatch(/Price paid\. Amount in yuan as a decimal string.*\n\s*"""\n {2}price: String!/);
    expect(sdl).toContain('period: String\n');
  });
});
