import type { ConsolePage } from '../../app/pages';

/**
 * The kitchen's day (餐次, 留样, 晨检, 陪餐, 评价): meal services with their duty list, samples, counts and
 * traceability; the sample log; the morning-check roster (made for a phone) and the health
 * certificates; accompanied meals; dish ratings. Menu entries follow the canteen's permission table.
 */
export const canteenKitchenPages: ConsolePage[] = [
  {
    path: 'canteen/meal-services',
    load: () => import('./MealServiceListPage'),
    menu: { zh: '餐次', en: 'Meal services' },
    visible: (access) => access.can('readCanteen'),
  },
  { path: 'canteen/meal-services/:id', load: () => import('./MealServicePage') },
  {
    path: 'canteen/samples',
    load: () => import('./SampleLogPage'),
    menu: { zh: '留样记录', en: 'Sample log' },
    visible: (access) => access.can('readCanteen'),
  },
  {
    path: 'canteen/morning-check',
    load: () => import('./MorningCheckPage'),
    menu: { zh: '晨检', en: 'Morning check' },
    visible: (access) => access.can('readCanteen'),
  },
  {
    path: 'canteen/health-certificates',
    load: () => import('./CertificatesPage'),
    menu: { zh: '健康证', en: 'Health certificates' },
    visible: (access) => access.can('readCanteen'),
  },
  {
    path: 'canteen/accompanied-meals',
    load: () => import('./AccompaniedMealsPage'),
    menu: { zh: '陪餐', en: 'Accompanied meals' },
    visible: (access) => access.can('readCanteen'),
  },
  {
    path: 'canteen/dish-ratings',
    load: () => import('./DishRatingsPage'),
    menu: { zh: '菜品评价', en: 'Dish ratings' },
    visible: (access) => access.can('readMenus'),
  },
];
