import { printSchema } from 'graphql';
import { Arg, buildSchema, InputType, Query, Resolver } from 'type-graphql';
import { DateField, IdField, MonthField, OptionalTextField, TextField, validateInput, YuanField } from '../src';

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

  @OptionalTextField('Remarks.', 20)
  comment?: string | null;
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

describe('visible text fields', () => {
  it('count text made only of invisible characters as empty', async () => {
    for (const blank of ['\u200B', '\uFEFF', '\u2060\u200D', ' \u200B\u3000 '])
      expect(await fieldOf({ description: blank })).toBe('description: description must not be empty');
  });

  it('refuse lone surrogates, naming the field', async () => {
    expect(await fieldOf({ description: 'rice \uD800' })).toBe('description: description must not contain a lone UTF-16 surrogate');
  });

  it('store the text trimmed of invisible characters, and count the limit on what is stored', async () => {
    const checked = input({ description: '\uFEFF\u200B ' + 'x'.repeat(20) + ' \u2060' });
    await validateInput(checked);
    expect(checked.description).toBe('x'.repeat(20));
    expect(await fieldOf({ description: '😀'.repeat(20) })).toBeNull();
  });

  it('give null for optional text with nothing visible', async () => {
    const checked = Object.assign(input({}), { comment: '\u200B\uFEFF' });
    await validateInput(checked);
    expect(checked.comment).toBeNull();
    expect(await fieldOf({ comment: '\uDC00' })).toBe('comment: comment must not contain a lone UTF-16 surrogate');
  });
});

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
