import { Upcoming } from './Upcoming';

export function Inquiries(_props: { projectId?: string; fresh?: boolean }) {
  return <Upcoming place="inquiries" />;
}
