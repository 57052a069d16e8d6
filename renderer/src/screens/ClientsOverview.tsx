/** Charts across clients on the Clients screen: rate per client, monthly hours and revenue. */
export function ClientsOverview() {
  return null;
}
