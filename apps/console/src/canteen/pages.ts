import type { ConsoleArea } from '../app/pages';
import { canteenKitchenPages } from './kitchen/pages';
import { canteenMenuPages } from './menu/pages';
import { canteenStockPages } from './stock/pages';

/**
 * The canteen service's pages (食堂): receiving, stock, menus, meal services and samples, staff
 * health, accompanied meals and ratings, and the public menu parents open without signing in.
 * Each group of pages lives in its own folder here and is listed below.
 */
export const canteenArea: ConsoleArea = {
  key: 'canteen',
  title: { zh: '食堂', en: 'Canteen' },
  pages: [...canteenStockPages, ...canteenMenuPages, ...canteenKitchenPages],
};
