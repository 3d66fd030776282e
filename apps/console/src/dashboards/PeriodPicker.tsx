import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../app/language';
import { useSchoolZone } from '../session/zone';
import { periodOf, readPeriod, type DashboardPeriod } from './period';

/** The dashboard's month from the address (?period=YYYY-MM), the school's current month by default, and a way to change it. */
export function useDashboardPeriod(): [DashboardPeriod, (period: string) => void] {
  const zone = useSchoolZone();
  const [params, setParams] = useSearchParams();
  const period = useMemo(() => readPeriod(params, zone), [params, zone]);
  const setPeriod = (next: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        updated.set('period', next);
        return updated;
      },
      { replace: true },
    );
  return [period, setPeriod];
}

/** Year and month (会计年度 + 月份): the fiscal year is the month's calendar year. */
export function PeriodPicker({ value, onChange }: { value: DashboardPeriod; onChange(period: string): void }) {
  const t = useT();
  return (
    <span data-testid="period-picker">
      <DatePicker
        picker="month"
        allowClear={false}
        aria-label={t('年度与月份', 'Year and month')}
        value={dayjs(`${value.period}-01`)}
        format={t('YYYY年MM月', 'YYYY-MM')}
        onChange={(date) => date && onChange(periodOf(date.year(), date.month() + 1))}
      />
    </span>
  );
}
