import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { BaseUnit, formatQuantity } from './quantity.rules';

/** An exact quantity: a whole number of a base unit, and how people read it. */
@ObjectType({ description: 'An exact quantity (数量): a whole number of a base unit, with a readable form.' })
@Directive('@shareable')
export class Quantity {
  @Field(() => Int, { description: 'The amount in whole base units (g, mL or pieces).' })
  amount: number;

  @Field(() => BaseUnit, { description: 'The base unit of the amount.' })
  unit: BaseUnit;

  @Field({ description: 'As people read it, e.g. "50 kg", "1.5 L", "250 g", "12 pieces".' })
  display: string;

  static of(amount: number, unit: BaseUnit): Quantity {
    return Object.assign(new Quantity(), { amount, unit, display: formatQuantity(amount, unit) });
  }
}

/** A Quantity field read from a whole-base-unit property: `[amount property, description]`, nullable when it may be null. */
export type QuantityFieldSpec = readonly [amountProperty: string, description: string, options?: { nullable?: boolean }];

/**
 * Class decorator: exposes integer base-unit properties as `Quantity` fields, the unit read from the
 * record's `unitProperty` (default `baseUnit`), e.g.
 * `@QuantityFields({ received: ['receivedQuantity', 'Quantity received.'], balanceQuantity: ['balance', 'What is left.'] })`.
 * Like `MoneyFields`: the conversion in one place, for every entity.
 */
export function QuantityFields(fields: Record<string, QuantityFieldSpec>, unitProperty = 'baseUnit'): ClassDecorator {
  return (target) => {
    for (const [name, [amountProperty, description, options]] of Object.entries(fields)) {
      Object.defineProperty(target.prototype, name, {
        configurable: true,
        get(this: Record<string, unknown>) {
          const amount = this[amountProperty] as number | null | undefined;
          const unit = this[unitProperty] as BaseUnit | null | undefined;
          return amount === null || amount === undefined || !unit ? null : Quantity.of(amount, unit);
        },
      });
      Field(() => Quantity, { description, nullable: options?.nullable })(target.prototype, name);
    }
  };
}
