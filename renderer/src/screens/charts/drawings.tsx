/**
 * The recharts drawing of every chart, in a module of its own: the app loads it after its first
 * screen is painted (chartKit's loadDrawings), so recharts costs nothing at start. Each drawing
 * takes a spec its card worked out and memoised (data, ticks, words, formatters, the tooltip) and
 * the width its box measured; `armed` is false until the pointer or the keyboard reaches the
 * chart, and the tooltip is only mounted then (its first mount forces a layout).
 */
import { startTransition, type ComponentType, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, CartesianGrid, ComposedChart, Line, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import type { ClientRate, EstimateVsActualPoint, ForecastMonth, HoursVsPricePoint, MonthHoursRevenue } from '#shared/rules';
import { AXIS_STROKE, AXIS_TITLE, AxisTick, DASH, TONE_PAINT } from './chartKit';

/** What every drawing is handed. */
export interface DrawingProps<Spec> {
  spec: Spec;
  width: number;
  armed: boolean;
}

/** A tooltip's content, as recharts calls it. */
type TipContent = (props: { active?: boolean; payload?: readonly { payload?: unknown }[] }) => ReactNode;

/** An axis: its top, ticks, tick text and title. */
export interface AxisSpec {
  max: number;
  ticks: number[];
  format: (v: number) => string;
  label: string;
}

const TONES = ['good', 'caution', 'bad'] as const;
type Tone = (typeof TONES)[number];
const GRID = 'var(--line)';
const GRID_DASH = '2 4';
const BAR_CURSOR = { fill: 'var(--surface-2)' };
const POINT_CURSOR = { stroke: AXIS_STROKE, strokeDasharray: '3 3' };
const MARGIN = { top: 8, right: 8, bottom: 28, left: 8 };
const WIDE_MARGIN = { top: 8, right: 16, bottom: 28, left: 8 };
const TOP_RADIUS: [number, number, number, number] = [3, 3, 0, 0];
const END_RADIUS: [number, number, number, number] = [0, 3, 3, 0];
/** Every point the same size (recharts scales symbols by a Z axis otherwise). */
const POINT_AREA: [number, number] = [80, 80];
const REVENUE_DOT = { r: 3, fill: 'var(--text)', strokeWidth: 0 };
const REVENUE_ACTIVE_DOT = { r: 5 };
const xTitle = (value: string) => ({ value, position: 'insideBottom' as const, offset: -18, ...AXIS_TITLE });
const yTitle = (value: string, right = false) => ({
  value,
  angle: right ? 90 : -90,
  position: right ? ('insideRight' as const) : ('insideLeft' as const),
  offset: 4,
  style: { textAnchor: 'middle' as const },
  ...AXIS_TITLE,
});

export interface HoursVsPriceSpec {
  title: string;
  height: number;
  byTone: Record<Tone, HoursVsPricePoint[]>;
  x: AxisSpec;
  y: AxisSpec;
  targetSlope: number;
  minimumSlope: number;
  tip: TipContent;
}

/** Hours against price: one series per colour (no Cell per point), the target line solid, the minimum dashed. */
function HoursVsPrice({ spec: s, width, armed }: DrawingProps<HoursVsPriceSpec>) {
  return (
    <ScatterChart width={width} height={s.height} margin={WIDE_MARGIN} accessibilityLayer title={s.title}>
      <CartesianGrid stroke={GRID} strokeDasharray={GRID_DASH} />
      <XAxis type="number" dataKey="hours" domain={[0, s.x.max]} ticks={s.x.ticks} allowDataOverflow tick={AxisTick} tickFormatter={s.x.format} stroke={AXIS_STROKE} label={xTitle(s.x.label)} />
      <YAxis
        type="number"
        dataKey="price"
        domain={[0, s.y.max]}
        ticks={s.y.ticks}
        allowDataOverflow
        tick={AxisTick}
        tickFormatter={s.y.format}
        stroke={AXIS_STROKE}
        width={64}
        label={yTitle(s.y.label)}
      />
      <ZAxis range={POINT_AREA} />
      <ReferenceLine segment={[{ x: 0, y: 0 }, { x: s.x.max, y: s.targetSlope * s.x.max }]} stroke={TONE_PAINT.good} strokeWidth={1.5} ifOverflow="hidden" className="line-target" />
      <ReferenceLine
        segment={[{ x: 0, y: 0 }, { x: s.x.max, y: s.minimumSlope * s.x.max }]}
        stroke={TONE_PAINT.bad}
        strokeWidth={1.5}
        strokeDasharray={DASH}
        ifOverflow="hidden"
        className="line-minimum"
      />
      {armed && <Tooltip cursor={POINT_CURSOR} isAnimationActive={false} content={s.tip} />}
      {TONES.filter((tone) => s.byTone[tone].length > 0).map((tone) => (
        <Scatter key={tone} className={`points-${tone}`} data={s.byTone[tone]} fill={TONE_PAINT[tone]} stroke="var(--surface)" strokeWidth={1.5} isAnimationActive={false} />
      ))}
    </ScatterChart>
  );
}

export interface EstimateSpec {
  title: string;
  height: number;
  /** A project's logged hours sit in the key of their tone, so each tone is one series with one paint. */
  rows: (EstimateVsActualPoint & Partial<Record<Tone, number>>)[];
  projectLabel: (projectId: string, width: number) => string;
  y: AxisSpec;
  xLabel: string;
  estimateName: string;
  loggedName: string;
  tip: TipContent;
}

/** Estimated hours (a dashed outline: a promise) beside the hours logged (solid, in their tone), per project. */
function Estimate({ spec: s, width, armed }: DrawingProps<EstimateSpec>) {
  return (
    <BarChart width={width} height={s.height} data={s.rows} margin={MARGIN} barGap={4} barCategoryGap="18%" accessibilityLayer title={s.title}>
      <CartesianGrid stroke={GRID} strokeDasharray={GRID_DASH} vertical={false} />
      {/* Every project named under its bars, cut to the room it has (a fixed interval: recharts measures no label). */}
      <XAxis dataKey="projectId" tick={AxisTick} interval={0} tickFormatter={(id: string) => s.projectLabel(id, width)} stroke={AXIS_STROKE} label={xTitle(s.xLabel)} />
      <YAxis type="number" domain={[0, s.y.max]} ticks={s.y.ticks} tick={AxisTick} tickFormatter={s.y.format} stroke={AXIS_STROKE} width={48} label={yTitle(s.y.label)} />
      {armed && <Tooltip cursor={BAR_CURSOR} isAnimationActive={false} content={s.tip} />}
      <Bar
        dataKey="estimatedHours"
        name={s.estimateName}
        className="bars-estimate"
        fill="transparent"
        stroke={TONE_PAINT.neutral}
        strokeWidth={1.5}
        strokeDasharray={DASH}
        radius={TOP_RADIUS}
        maxBarSize={36}
        isAnimationActive={false}
      />
      {TONES.map((tone) => (
        <Bar key={tone} dataKey={tone} stackId="logged" name={s.loggedName} className={`bars-${tone}`} fill={TONE_PAINT[tone]} radius={TOP_RADIUS} maxBarSize={36} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}

export interface MonthlySpec {
  title: string;
  height: number;
  months: MonthHoursRevenue[];
  monthName: (month: string) => string;
  xLabel: string;
  hours: AxisSpec;
  money: AxisSpec;
  hoursName: string;
  revenueName: string;
  tip: TipContent;
}

/** Hours (bars, left axis) and revenue (a line, right axis) per month. */
function Monthly({ spec: s, width, armed }: DrawingProps<MonthlySpec>) {
  return (
    <ComposedChart width={width} height={s.height} data={s.months} margin={MARGIN} accessibilityLayer title={s.title}>
      <CartesianGrid stroke={GRID} strokeDasharray={GRID_DASH} vertical={false} />
      {/* One month in two when twelve names would not fit side by side (a fixed step: recharts measures nothing). */}
      <XAxis dataKey="month" tick={AxisTick} tickFormatter={s.monthName} interval={s.months.length > 8 && width < 620 ? 1 : 0} stroke={AXIS_STROKE} label={xTitle(s.xLabel)} />
      <YAxis yAxisId="hours" type="number" domain={[0, s.hours.max]} ticks={s.hours.ticks} tick={AxisTick} tickFormatter={s.hours.format} stroke={AXIS_STROKE} width={52} label={yTitle(s.hours.label)} />
      <YAxis
        yAxisId="money"
        orientation="right"
        type="number"
        domain={[0, s.money.max]}
        ticks={s.money.ticks}
        tick={AxisTick}
        tickFormatter={s.money.format}
        stroke={AXIS_STROKE}
        width={68}
        label={yTitle(s.money.label, true)}
      />
      {armed && <Tooltip cursor={BAR_CURSOR} isAnimationActive={false} content={s.tip} />}
      <Bar yAxisId="hours" dataKey="hours" name={s.hoursName} className="bars-hours" fill="var(--accent)" fillOpacity={0.35} stroke="var(--accent)" maxBarSize={28} radius={TOP_RADIUS} isAnimationActive={false} />
      <Line
        yAxisId="money"
        dataKey="revenue"
        name={s.revenueName}
        className="line-revenue"
        stroke="var(--text)"
        strokeWidth={2}
        dot={REVENUE_DOT}
        activeDot={REVENUE_ACTIVE_DOT}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}

export interface RateSpec {
  title: string;
  height: number;
  /** A client's rate sits in the key of its band: one series per band, no Cell per bar. */
  rows: (ClientRate & Partial<Record<Tone, number>>)[];
  clientLabel: (clientId: string) => string;
  x: AxisSpec;
  target: number;
  minimum: number;
  rateName: string;
  tip: TipContent;
  onOpen?: ((clientId: string) => void) | undefined;
}

/** Effective rate per client (bars across), the target line solid and the minimum dashed. */
function Rate({ spec: s, width, armed }: DrawingProps<RateSpec>) {
  const open = s.onOpen;
  const onClick = open ? (bar: { payload?: { clientId?: string } }) => bar.payload?.clientId && open(bar.payload.clientId) : undefined;
  return (
    <BarChart
      width={width}
      height={s.height}
      data={s.rows}
      layout="vertical"
      margin={{ ...WIDE_MARGIN, right: 20 }}
      barCategoryGap="22%"
      accessibilityLayer
      title={s.title}
      {...(open ? { cursor: 'pointer' } : {})}
    >
      <CartesianGrid stroke={GRID} strokeDasharray={GRID_DASH} horizontal={false} />
      <XAxis type="number" domain={[0, s.x.max]} ticks={s.x.ticks} tick={AxisTick} tickFormatter={s.x.format} stroke={AXIS_STROKE} label={xTitle(s.x.label)} />
      <YAxis type="category" dataKey="clientId" tick={AxisTick} tickFormatter={s.clientLabel} interval={0} stroke={AXIS_STROKE} width={132} />
      {armed && <Tooltip cursor={BAR_CURSOR} isAnimationActive={false} content={s.tip} />}
      {TONES.map((tone) => (
        <Bar
          key={tone}
          dataKey={tone}
          stackId="rate"
          name={s.rateName}
          className={`bars-${tone}`}
          fill={TONE_PAINT[tone]}
          radius={END_RADIUS}
          maxBarSize={20}
          isAnimationActive={false}
          {...(onClick ? { onClick } : {})}
        />
      ))}
      <ReferenceLine x={s.target} stroke={TONE_PAINT.good} strokeWidth={1.5} className="line-target" ifOverflow="hidden" />
      <ReferenceLine x={s.minimum} stroke={TONE_PAINT.bad} strokeWidth={1.5} strokeDasharray={DASH} className="line-minimum" ifOverflow="hidden" />
    </BarChart>
  );
}

export interface ForecastSpec {
  title: string;
  height: number;
  months: ForecastMonth[];
  monthName: (month: string) => string;
  xLabel: string;
  y: AxisSpec;
  seriesName: string;
  tip: TipContent;
}

/** Confirmed money per month, one bar each, in the accent colour (only confirmed money is ever drawn). */
function Forecast({ spec: s, width, armed }: DrawingProps<ForecastSpec>) {
  return (
    <BarChart width={width} height={s.height} data={s.months} margin={MARGIN} accessibilityLayer title={s.title}>
      <CartesianGrid stroke={GRID} strokeDasharray={GRID_DASH} vertical={false} />
      <XAxis dataKey="month" tick={AxisTick} tickFormatter={s.monthName} interval={s.months.length > 8 && width < 620 ? 1 : 0} stroke={AXIS_STROKE} label={xTitle(s.xLabel)} />
      <YAxis type="number" domain={[0, s.y.max]} ticks={s.y.ticks} tick={AxisTick} tickFormatter={s.y.format} stroke={AXIS_STROKE} width={84} label={yTitle(s.y.label)} />
      {armed && <Tooltip cursor={BAR_CURSOR} isAnimationActive={false} content={s.tip} />}
      <Bar dataKey="amount" name={s.seriesName} className="chart-bar-confirmed" fill="var(--accent)" radius={[4, 4, 0, 0]} maxBarSize={44} isAnimationActive={false} />
    </BarChart>
  );
}

/** Every drawing, by the chart it draws. */
export const drawings = { HoursVsPrice, Estimate, Monthly, Rate, Forecast } satisfies Record<string, ComponentType<DrawingProps<never>>>;
export type Drawings = typeof drawings;

const WARM_AXIS: AxisSpec = { max: 10, ticks: [0, 5, 10], format: String, label: '' };
const warmTip: TipContent = () => null;

/**
 * Steps that draw each kind of chart once, small and off screen, and throw the drawing away: the
 * first chart a person opens then runs recharts' code already compiled rather than compiling it on
 * the click (the first chart of a session took two to four times as long as the next one). One
 * kind per step, so that each step is short and can wait for its own idle moment.
 */
export function warmUpSteps(later: (run: () => void) => void): (() => void)[] {
  const good = { projectId: 'w', title: '', hours: 1, price: 1, rate: 1, underMinimum: false };
  const row = { projectId: 'w', title: '', status: 'delivered' as const, estimatedHours: 1, actualHours: 1, good: 1 };
  const month = { month: '2000-01', hours: 1, ratedHours: 1, revenue: 1, amount: 1 };
  const client = { clientId: 'w', name: '', rate: 1, hours: 1, revenue: 1, band: 'good' as const, good: 1 };
  const charts: ReactNode[] = [
    <HoursVsPrice key="h" spec={{ title: '', height: 100, byTone: { good: [good], caution: [], bad: [] }, x: WARM_AXIS, y: WARM_AXIS, targetSlope: 1, minimumSlope: 1, tip: warmTip }} width={200} armed />,
    <Estimate key="e" spec={{ title: '', height: 100, rows: [row], projectLabel: String, y: WARM_AXIS, xLabel: '', estimateName: '', loggedName: '', tip: warmTip }} width={200} armed />,
    <Monthly key="m" spec={{ title: '', height: 100, months: [month], monthName: String, xLabel: '', hours: WARM_AXIS, money: WARM_AXIS, hoursName: '', revenueName: '', tip: warmTip }} width={200} armed />,
    <Rate key="r" spec={{ title: '', height: 100, rows: [client], clientLabel: String, x: WARM_AXIS, target: 1, minimum: 1, rateName: '', tip: warmTip }} width={200} armed />,
    <Forecast key="f" spec={{ title: '', height: 100, months: [month], monthName: String, xLabel: '', y: WARM_AXIS, seriesName: '', tip: warmTip }} width={200} armed />,
  ];
  return charts.map((chart) => () => {
    const root = createRoot(document.createElement('div'));
    // A transition: React yields to a click every few milliseconds while it renders.
    startTransition(() => root.render(chart));
    // Recharts finishes a chart in the renders its effects ask for: the drawing is thrown away after them.
    later(() => root.unmount());
  });
}
