import { registerEnumType } from 'type-graphql';

/** Which meal of the day (餐次): menus plan it, meal services cook it. Stored as its name. */
export enum MealKind {
  BREAKFAST = 'BREAKFAST',
  LUNCH = 'LUNCH',
  DINNER = 'DINNER',
}
registerEnumType(MealKind, {
  name: 'MealKind',
  description: 'A meal of the school day (餐次).',
  valuesConfig: {
    BREAKFAST: { description: 'Breakfast (早餐).' },
    LUNCH: { description: 'Lunch (午餐).' },
    DINNER: { description: 'Dinner (晚餐).' },
  },
});

/** The meals in the order of the day. */
export const MEAL_KINDS: readonly MealKind[] = [MealKind.BREAKFAST, MealKind.LUNCH, MealKind.DINNER];
