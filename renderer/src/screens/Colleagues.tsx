import { Upcoming } from './Upcoming';

export function Colleagues() {
  return <Upcoming place="colleagues" />;
}
