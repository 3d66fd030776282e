import { useQuery } from '@apollo/client/react';
import { useT } from '../../app/language';
import { graphql } from '../../graphql';
import { useSchoolZone } from '../../session/zone';
import { schoolToday } from '../../canteen/kitchen/kitchen-helpers';
import type { WorkSource } from '../sources';
import { WorkList } from '../WorkList';
import { openMealServiceItems } from './canteen-kitchen-items';

const MyWorkCanteenOpenMealServicesQuery = graphql(`
  query MyWorkCanteenOpenMealServices($to: String!) {
    mealServices(first: 20, filter: { to: $to, locked: false }) {
      nodes {
        id
        servedOn
        meal
        createdAt
        canteen {
          id
          name
        }
        missingSamples {
          dishId
          problem
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

function OpenMealServicesCard() {
  const t = useT();
  const zone = useSchoolZone();
  const today = schoolToday(zone);
  const { data, loading, error } = useQuery(MyWorkCanteenOpenMealServicesQuery, {
    variables: { to: today },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.mealServices;
  return (
    <WorkList
      title={t('待记录就餐人数的餐次', 'Meal services awaiting their counts')}
      items={openMealServiceItems(page?.nodes ?? [], today, t)}
      loading={loading}
      error={error}
      more={page?.pageInfo.hasNextPage ? { to: '/canteen/meal-services' } : null}
      testId="my-work-canteen-meal-services"
    />
  );
}

/**
 * Meal services of today and earlier still open (餐次待记录就餐人数), with their missing or short food
 * samples (留样缺失): the canteen manager's. Notifications of a missing sample open the meal service,
 * those of an expiring health certificate the certificate register.
 */
export const canteenMealServiceWorkSource: WorkSource = {
  key: 'canteen-meal-services',
  title: { zh: '餐次与留样', en: 'Meal services and samples' },
  visible: (access) => access.can('recordMealCounts'),
  Card: OpenMealServicesCard,
  subjects: {
    MealService: (id) => `/canteen/meal-services/${id}`,
    HealthCertificate: () => '/canteen/health-certificates',
  },
};
