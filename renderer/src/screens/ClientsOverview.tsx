import { useCallback, useMemo } from 'react';
import { monthlyHoursRevenue, rateByClient } from '#shared/rules';
import { useApp } from '../store';
import { useToday } from '../lib/useToday';
import { MonthlyChart } from './charts/MonthlyChart';
import { RateByClientChart } from './charts/RateByClientChart';

/** Charts across clients on the Clients screen: rate per client, monthly hours and revenue. */
export function ClientsOverview() {
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const navigate = useApp((s) => s.navigate);
  const today = useToday();
  const rates = useMemo(() => rateByClient(data, settings, today), [data, settings, today]);
  const months = useMemo(() => monthlyHoursRevenue(data, today, 12), [data, today]);
  // A stable callback: the chart's drawing is memoised on it.
  const open = useCallback((id: string) => navigate({ name: 'client', id }), [navigate]);
  return (
    <div className="grid-2 charts">
      <RateByClientChart
        rates={rates}
        target={settings.targetHourlyRate}
        minimum={settings.minimumHourlyRate}
        onOpen={open}
      />
      <MonthlyChart months={months} />
    </div>
  );
}
