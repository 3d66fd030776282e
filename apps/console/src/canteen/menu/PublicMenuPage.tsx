import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Result, Space, Spin, Tag, Typography } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { useLanguage, useT } from '../../app/language';
import { graphql } from '../../graphql';
import { DateTime } from '../../shared/components/DateTime';
import { graphProblems } from '../../shared/graph-errors';
import { ALLERGEN_LABELS, AGE_GROUP_LABELS, dayLabel, formatAmount, labelOf, MEAL_LABELS, mondayOf, shiftDay } from './menu-helpers';

/** The one question the public page asks: answered without signing in (readPublishedMenu is open to anyone). */
const CanteenPublicMenuQuery = graphql(`
  query CanteenPublicMenu($canteenId: ID!, $weekOf: String) {
    publishedMenu(canteenId: $canteenId, weekOf: $weekOf) {
      canteenId
      canteenName
      weekStart
      ageGroup
      publishedAt
      days {
        servedOn
        meals {
          meal
          dishes {
            name
            allergens
            nutrients {
              energyKcal
              proteinG
            }
          }
          nutrients {
            energyKcal
            proteinG
            fatG
            carbohydrateG
            calciumMg
            ironMg
            vitaminCMg
            sodiumMg
          }
        }
      }
      nutritionCheck {
        passes
        shortfalls {
          message
        }
      }
    }
  }
`);

/**
 * A canteen's published menu (食谱公示) as parents open it from the school's link or QR code, on a
 * phone and without signing in: the week's dishes by day and meal, their allergens, each meal's
 * nutrients and how the week measures against WS/T 554-2017. Only the anonymous publishedMenu query.
 */
export default function PublicMenuPage() {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  const { canteenId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const weekOf = params.get('week') ?? undefined;
  const { data, loading, error } = useQuery(CanteenPublicMenuQuery, { variables: { canteenId, weekOf }, fetchPolicy: 'network-only' });
  const menu = data?.publishedMenu;
  const shownWeek = menu?.weekStart ?? (weekOf ? mondayOf(weekOf) : undefined);
  const goWeek = (days: number) => {
    if (!shownWeek) return;
    const next = new URLSearchParams(params);
    next.set('week', shiftDay(shownWeek, days));
    setParams(next);
  };

  return (
    <div style={{ maxWidth: 720, margin: '0 auto', padding: 12 }} data-testid="public-menu">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="public-menu-title">
          {menu ? menu.canteenName : t('食谱公示', 'Published menu')}
        </Typography.Title>
        <Button size="small" type="text" onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>
          {language === 'zh' ? 'English' : '中文'}
        </Button>
      </Space>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button size="small" icon={<LeftOutlined />} onClick={() => goWeek(-7)} disabled={!shownWeek}>
          {t('上一周', 'Previous week')}
        </Button>
        <Typography.Text data-testid="public-menu-week">
          {shownWeek ? `${shownWeek} – ${shiftDay(shownWeek, 6)}` : t('本周', 'This week')}
        </Typography.Text>
        <Button size="small" onClick={() => goWeek(7)} disabled={!shownWeek}>
          {t('下一周', 'Next week')} <RightOutlined />
        </Button>
      </Space>
      {loading && !data ? (
        <Spin />
      ) : error ? (
        <Result
          status="error"
          title={t('暂时无法打开', 'Cannot open it now')}
          subTitle={graphProblems(error)
            .map((p) => p.message)
            .join(' ')}
        />
      ) : !menu ? (
        <Empty description={t('这一周的食谱尚未公示', 'This week’s menu is not published yet')} data-testid="public-menu-empty" />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('适用年龄', 'For ages')} {labelOf(AGE_GROUP_LABELS, menu.ageGroup, language)} · {t('公示于', 'published')}{' '}
            <DateTime value={menu.publishedAt} />
          </Typography.Paragraph>
          <Card size="small" style={{ marginBottom: 12 }} data-testid="public-menu-check">
            {menu.nutritionCheck.passes ? (
              <Tag color="green">{t('营养评价：符合 WS/T 554-2017', 'Nutrition: meets WS/T 554-2017')}</Tag>
            ) : (
              <>
                <Tag color="orange">
                  {t(
                    `营养评价：${menu.nutritionCheck.shortfalls.length} 项未达 WS/T 554-2017`,
                    `Nutrition: ${menu.nutritionCheck.shortfalls.length} shortfalls against WS/T 554-2017`,
                  )}
                </Tag>
                <details style={{ marginTop: 8 }}>
                  <summary>{t('查看说明', 'Details')}</summary>
                  <ul style={{ paddingLeft: 20, margin: '8px 0 0' }}>
                    {menu.nutritionCheck.shortfalls.map((s, i) => (
                      <li key={i}>
                        <Typography.Text type="secondary">{s.message}</Typography.Text>
                      </li>
                    ))}
                  </ul>
                </details>
              </>
            )}
          </Card>
          {menu.days.map((day) => (
            <Card
              key={day.servedOn}
              size="small"
              title={dayLabel(day.servedOn, language)}
              style={{ marginBottom: 12 }}
              data-testid={`public-menu-day-${day.servedOn}`}
            >
              {day.meals.map((meal) => (
                <div key={meal.meal} style={{ marginBottom: 8 }}>
                  <Typography.Text strong>{labelOf(MEAL_LABELS, meal.meal, language)}</Typography.Text>
                  <ul style={{ listStyle: 'none', padding: 0, margin: '4px 0' }}>
                    {meal.dishes.map((dish, i) => (
                      <li key={i} style={{ padding: '2px 0' }}>
                        <span data-testid="public-menu-dish">{dish.name}</span>{' '}
                        {dish.allergens.map((a) => (
                          <Tag key={a} color="volcano" style={{ marginInlineEnd: 4 }}>
                            {t('含', 'contains')} {labelOf(ALLERGEN_LABELS, a, language)}
                          </Tag>
                        ))}
                      </li>
                    ))}
                  </ul>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('能量', 'Energy')} {formatAmount(meal.nutrients.energyKcal)} kcal · {t('蛋白质', 'Protein')}{' '}
                    {formatAmount(meal.nutrients.proteinG)} g · {t('脂肪', 'Fat')} {formatAmount(meal.nutrients.fatG)} g ·{' '}
                    {t('碳水', 'Carbs')} {formatAmount(meal.nutrients.carbohydrateG)} g · {t('钙', 'Calcium')}{' '}
                    {formatAmount(meal.nutrients.calciumMg)} mg · {t('铁', 'Iron')} {formatAmount(meal.nutrients.ironMg)} mg ·{' '}
                    {t('维生素C', 'Vitamin C')} {formatAmount(meal.nutrients.vitaminCMg)} mg · {t('钠', 'Sodium')}{' '}
                    {formatAmount(meal.nutrients.sodiumMg)} mg
                  </Typography.Text>
                </div>
              ))}
            </Card>
          ))}
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t(
              '营养素为每份的计算值（中国食物成分表），仅供参考。',
              'Nutrients are computed per serving from the China Food Composition Tables, for reference.',
            )}
          </Typography.Paragraph>
        </>
      )}
    </div>
  );
}
