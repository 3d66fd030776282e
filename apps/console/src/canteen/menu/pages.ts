import type { ConsolePage } from '../../app/pages';

/**
 * Recipes and menus (菜品, 食谱), the ingredient catalogue and its licensed-table import (食材目录),
 * forbidden foods (禁用食品), the district's canteen settings, and the public menu parents open
 * without signing in (食谱公示).
 */
export const canteenMenuPages: ConsolePage[] = [
  {
    path: 'canteen/menus',
    load: () => import('./MenuPlannerPage'),
    menu: { zh: '食谱', en: 'Menus' },
    visible: (access) => access.can('readCanteen'),
  },
  {
    path: 'canteen/dishes',
    load: () => import('./DishListPage'),
    menu: { zh: '菜品', en: 'Dishes' },
    visible: (access) => access.can('readMenus'),
  },
  { path: 'canteen/dishes/new', load: () => import('./DishNewPage') },
  { path: 'canteen/dishes/:id', load: () => import('./DishDetailPage') },
  {
    path: 'canteen/ingredients',
    load: () => import('./IngredientRegisterPage'),
    menu: { zh: '食材目录', en: 'Ingredients' },
    visible: (access) => access.can('readCatalogue'),
  },
  {
    path: 'canteen/forbidden-foods',
    load: () => import('./ForbiddenFoodsPage'),
    menu: { zh: '禁用食品', en: 'Forbidden foods' },
    visible: (access) => access.can('readCatalogue'),
  },
  {
    path: 'canteen/settings',
    load: () => import('./CanteenSettingsPage'),
    menu: { zh: '食堂设置', en: 'Canteen settings' },
    visible: (access) => access.can('updateCanteenSettings'),
  },
  // Parents open it from the school's link or QR code, signed in or not: only the anonymous publishedMenu.
  { path: 'public/menus/:canteenId', load: () => import('./PublicMenuPage'), public: true },
];
