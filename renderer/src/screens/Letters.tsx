import { Upcoming } from './Upcoming';

export function Letters(_props: { letterId?: string }) {
  return <Upcoming place="letters" />;
}
