/** Invoices of a client's projects: record, mark paid. */
export function InvoicesPanel(_props: { clientId: string }) {
  return null;
}
