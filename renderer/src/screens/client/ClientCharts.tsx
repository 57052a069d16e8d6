import { useMemo } from 'react';
import { estimateVsActual, hoursVsPrice } from '#shared/rules';
import { useApp } from '../../store';
import { useToday } from '../../lib/useToday';
import { EstimateVsActualChart } from '../charts/EstimateVsActualChart';
import { HoursVsPriceChart } from '../charts/HoursVsPriceChart';

/** Charts of one client: hours against price per project, estimated against actual hours. */
export function ClientCharts({ clientId }: { clientId: string }) {
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const today = useToday();
  const prices = useMemo(() => hoursVsPrice(clientId, data, settings, today), [clientId, data, settings, today]);
  const estimates = useMemo(() => estimateVsActual(clientId, data), [clientId, data]);
  return (
    <div className="grid-2 charts">
      <HoursVsPriceChart chart={prices} />
      <EstimateVsActualChart points={estimates} />
    </div>
  );
}
