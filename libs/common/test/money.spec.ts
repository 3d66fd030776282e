import { graphql, printSchema } from 'graphql';
import { buildSchema, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { formatYuan, Money, MoneyFields, parseYuan } from '../src';

describe('money in fen', () => {
  it('parses yuan exactly, without floating point', () => {
    expect(parseYuan('0.10', 'amount') + parseYuan('0.20', 'amount')).toBe(30);
    expect(parseYuan('1234.5', 'amount')).toBe(123450);
    expect(parseYuan('50', 'amount')).toBe(5000);
    expect(parseYuan(' 19.99 ', 'amount')).toBe(1999);
  });

  it.each([
    ['-1.00', /negative/],
    ['12.345', /fractions of a fen/],
    ['1e3', /amount in yuan/],
    ['', /amount in yuan/],
    ['abc', /amount in yuan/],
    ['99999999999.00', /amount in yuan|larger/],
  ])('refuses %p naming the field', (text, message) => {
    expect(() => parseYuan(text, 'lines.0.amount')).toThrow(message);
    expect(() => parseYuan(text, 'lines.0.amount')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'lines.0.amount' }) }),
    );
  });

  it('formats fen as yuan with two places', () => {
    expect(formatYuan(123450)).toBe('1234.50');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(-5)).toBe('-0.05');
    expect(Money.of(100)).toEqual({ yuan: '1.00', fen: 100 });
    expect(() => formatYuan(0.5)).toThrow();
  });
});

describe('MoneyFields', () => {
  it('exposes fen properties as Money after the class fields, null where the amount is', async () => {
    @ObjectType({ description: 'A delivery of rice.' })
    @MoneyFields({ total: ['totalFen', 'What it cost.'], paid: ['paidFen', 'What was paid, once paid.', { nullable: true }] })
    class Delivery {
      totalFen: number;
      paidFen: number | null;

      @Field({ description: 'What arrived.' })
      description: string;
    }
    @Resolver()
    class DeliveryResolver {
      @Query(() => Delivery, { description: 'One delivery.' })
      delivery(): Delivery {
        return Object.assign(new Delivery(), { description: '50 kg of rice', totalFen: 25050, paidFen: null });
      }
    }
    const schema = await buildSchema({ resolvers: [DeliveryResolver] });
    expect(printSchema(schema)).toMatch(
      /description: String!\n\n\s*"""What it cost."""\n\s*total: Money!\n\n\s*"""What was paid, once paid."""\n\s*paid: Money\n/,
    );
    const result = await graphql({ schema, source: '{ delivery { description total { yuan fen } paid { yuan } } }' });
    expect(result).toEqual({ data: { delivery: { description: '50 kg of rice', total: { yuan: '250.50', fen: 25050 }, paid: null } } });
  });
});
