import { GraphQLError } from 'graphql';
import { IngredientCategory } from '../ingredient/ingredient.entity';
import { MealKind } from '../menu/meal-kind';
import { checkCanteenSettings, DEFAULT_CANTEEN_SETTINGS, isBulkStaple, mealEndTimesOf, type CanteenSettingsValues } from './settings.rules';

function refusedFields(values: CanteenSettingsValues): string[] {
  try {
    checkCanteenSettings(values);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return ((error as GraphQLError).extensions.violations as { field: string }[]).map((v) => v.field);
  }
  return [];
}
const with_ = (changes: Partial<CanteenSettingsValues>) => ({ ...DEFAULT_CANTEEN_SETTINGS, ...changes });

describe('canteen settings rules', () => {
  it('the defaults are the national rules: samples of 125 g kept 48 h, a month’s notice, rice, flour, oil and meat as bulk staples', () => {
    expect(refusedFields(with_({}))).toEqual([]);
    expect(DEFAULT_CANTEEN_SETTINGS).toMatchObject({ sampleMinGrams: 125, sampleKeepHours: 48, certificateNoticeDays: 30 });
    expect(isBulkStaple(DEFAULT_CANTEEN_SETTINGS, IngredientCategory.GRAIN)).toBe(true);
    expect(isBulkStaple(DEFAULT_CANTEEN_SETTINGS, IngredientCategory.VEGETABLE)).toBe(false);
  });

  it('a district may be stricter, never laxer', () => {
    expect(refusedFields(with_({ sampleMinGrams: 200, sampleKeepHours: 72, certificateNoticeDays: 60 }))).toEqual([]);
    expect(refusedFields(with_({ sampleMinGrams: 124 }))).toEqual(['sampleMinGrams']);
    expect(refusedFields(with_({ sampleKeepHours: 47 }))).toEqual(['sampleKeepHours']);
    expect(refusedFields(with_({ sampleMinGrams: 125.5 }))).toEqual(['sampleMinGrams']);
    expect(refusedFields(with_({ certificateNoticeDays: 0 }))).toEqual(['certificateNoticeDays']);
    expect(refusedFields(with_({ certificateNoticeDays: 181 }))).toEqual(['certificateNoticeDays']);
  });

  it('meal end times are HH:MM in the order of the day', () => {
    expect(refusedFields(with_({ breakfastEndsAt: '8:30' }))).toEqual(['breakfastEndsAt']);
    expect(refusedFields(with_({ dinnerEndsAt: '24:00' }))).toEqual(['dinnerEndsAt']);
    expect(refusedFields(with_({ lunchEndsAt: '08:30' }))).toEqual(['lunchEndsAt']);
    expect(refusedFields(with_({ dinnerEndsAt: '12:59' }))).toEqual(['dinnerEndsAt']);
    expect(mealEndTimesOf(with_({ lunchEndsAt: '12:15' }))).toEqual({
      [MealKind.BREAKFAST]: '08:30',
      [MealKind.LUNCH]: '12:15',
      [MealKind.DINNER]: '19:00',
    });
  });

  it('bulk staples name each food group once; none at all is allowed (the district then needs no second inspector)', () => {
    expect(refusedFields(with_({ bulkStapleCategories: [IngredientCategory.MEAT, IngredientCategory.MEAT] }))).toEqual([
      'bulkStapleCategories',
    ]);
    expect(refusedFields(with_({ bulkStapleCategories: ['FISH' as IngredientCategory] }))).toEqual(['bulkStapleCategories']);
    expect(refusedFields(with_({ bulkStapleCategories: [] }))).toEqual([]);
  });
});
