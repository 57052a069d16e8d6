import { useMemo } from 'react';
import { estimateVsActual, hoursVsPrice } from '../../../../shared/rules';
import { localToday, useApp } from '../../store';
import { EstimateVsActualChart } from '../charts/EstimateVsActualChart';
import { HoursVsPriceChart } from '../charts/HoursVsPriceChart';

/** Charts of one client: hours against price per project, estimated against actual hours. */
export function ClientCharts({ clientId }: { clientId: string }) {
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const prices = useMemo(() => hoursVsPrice(clientId, data, settings, localToday()), [clientId, data, settings]);
  const estimates = useMemo(() => estimateVsActual(clientId, data), [clientId, data]);
  return (
    <div className="grid-2 charts">
      <HoursVsPriceChart chart={prices} />
      <EstimateVsActualChart points={estimates} />
    </div>
  );
}
