/** Charts of one client: hours vs price, estimated vs actual hours. */
export function ClientCharts(_props: { clientId: string }) {
  return null;
}
