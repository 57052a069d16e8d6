/** The signal log of a client, recorded and derived. */
export function SignalsPanel(_props: { clientId: string }) {
  return null;
}
