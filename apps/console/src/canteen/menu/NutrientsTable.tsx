import { Descriptions } from 'antd';
import { useLanguage } from '../../app/language';
import { formatAmount, NUTRIENT_COLUMNS, type NutrientValues } from './menu-helpers';

/** A serving's nutrients, each with its unit, as the dish pages show them. */
export function NutrientsTable({ title, nutrients, testId }: { title: string; nutrients: NutrientValues; testId?: string }) {
  const { language } = useLanguage();
  return (
    <Descriptions title={title} size="small" bordered column={{ xs: 1, sm: 2, md: 3 }} data-testid={testId}>
      {NUTRIENT_COLUMNS.map((c) => (
        <Descriptions.Item key={c.key} label={c.label[language]}>
          {formatAmount(nutrients[c.key])} {c.unit}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
