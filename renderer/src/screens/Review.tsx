import { Upcoming } from './Upcoming';

export function Review() {
  return <Upcoming place="review" />;
}
