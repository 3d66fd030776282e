import { moneyChartOption, type ChartOption } from '../../shared/charts';
import type { BudgetLine } from './query';

type T = (zh: string, en: string) => string;

/** The month names of the trend's axis: 1月 … 12月 / Jan … Dec. */
export function monthLabels(language: 'zh' | 'en'): string[] {
  const en = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return Array.from({ length: 12 }, (_, i) => (language === 'zh' ? `${i + 1}月` : en[i]));
}

/** Budget by category: allocated, spent and remaining bars per category; a bar's id is its category. */
export function schoolBudgetOption(lines: readonly BudgetLine[], language: 'zh' | 'en', t: T, labelWidth?: number): ChartOption {
  return moneyChartOption({
    language,
    horizontal: true,
    labelWidth,
    categories: lines.map((l) => l.name),
    categoryIds: lines.map((l) => l.categoryId),
    series: [
      { name: t('预算', 'Allocated'), key: 'allocated', fen: lines.map((l) => l.allocated), color: '#91caff' },
      { name: t('已支出', 'Spent'), key: 'spent', fen: lines.map((l) => l.spent), color: '#1677ff' },
      { name: t('结余', 'Remaining'), key: 'remaining', fen: lines.map((l) => l.remaining), color: '#95de64' },
    ],
  });
}

/**
 * Spending by month: a series per category over January … December (stacked bars, or lines), up to
 * `throughMonth` (later months have no figure yet, shown as gaps). The series key is the category id,
 * so a click names the category and (by its index) the month.
 */
export function schoolTrendOption(
  lines: readonly BudgetLine[],
  options: { language: 'zh' | 'en'; type: 'bar' | 'line'; throughMonth: number },
): ChartOption {
  return moneyChartOption({
    language: options.language,
    type: options.type,
    categories: monthLabels(options.language),
    series: lines.map((line) => ({
      name: line.name,
      key: line.categoryId,
      stack: options.type === 'bar' ? 'spent' : undefined,
      fen: line.spentByMonth.map((fen, index) => (index < options.throughMonth ? fen : null)),
    })),
  });
}

/** The months of the year with figures: all 12 for a past year, up to the current month for this one. */
export function monthsWithFigures(year: number, currentYear: number, currentMonth: number): number {
  if (year < currentYear) return 12;
  if (year > currentYear) return 0;
  return currentMonth;
}
