/**
 * Charts drawn on the server with recharts and sent as SVG markup, so they show without JavaScript and in print, and
 * no chart code reaches the browser. Each chart has a title and a one-sentence description inside the SVG (named by
 * role="img"), and the page puts the same numbers in a table beside it. Colours have enough contrast on white and
 * never carry meaning alone: last round's bars are hatched, targets are a different shape, and a legend names each.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { Bar, CartesianGrid, ComposedChart, LabelList, Line, LineChart, Scatter, XAxis, YAxis } from "recharts";

const BLUE = "#005eb8"; // NHS blue: 5.8:1 on white
const GREY = "#4c6272"; // NHS dark grey: 6.9:1
const BLACK = "#212b32";

/** Names the SVG for assistive technology from its title and description, and keeps it out of the tab order. */
function accessibleSvg(markup: string, id: string): string {
  return markup
    .replaceAll(' role="img"', "") // recharts marks each scatter symbol as an image, with no name: the chart as a whole is one
    .replace("<svg ", `<svg role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false" `)
    .replace("<title>", `<title id="${id}-title">`)
    .replace("<desc>", `<desc id="${id}-desc">`);
}

/** A category label that wraps onto several lines rather than being cut off. */
function WrappedTick(props: { x?: number; y?: number; payload?: { value: string }; width?: number }) {
  const { x = 0, y = 0, payload } = props;
  const words = String(payload?.value ?? "").split(" ");
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last && (last + " " + word).length <= 24) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const lineHeight = 15;
  return (
    <text x={x} y={y - ((lines.length - 1) * lineHeight) / 2} textAnchor="end" fill={BLACK} fontSize={13}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 4 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A short vertical bar: how a target is drawn, so it differs from the bars by shape as well as colour. */
function TargetMark(props: { cx?: number; cy?: number; payload?: { target: number | null } }) {
  const { cx = 0, cy = 0, payload } = props;
  if (payload?.target === null || payload?.target === undefined) return <g />;
  return <rect x={cx - 2} y={cy - 11} width={4} height={22} fill={BLACK} />;
}

type DrawnChart = { svg: string; legend: LegendItem[] };

/**
 * Charts already drawn, by their exact inputs, newest last. The same inputs always draw the same SVG, and drawing one
 * with recharts costs several milliseconds, most of a results page's time (docs/performance.md); a closed round's
 * charts never change, and an open one's change only when an answer does (which makes a new key).
 */
const drawnCharts = new Map<string, DrawnChart>();
const DRAWN_CHARTS_KEPT = 500;

function remembered<A>(kind: string, draw: (args: A) => DrawnChart): (args: A) => DrawnChart {
  return (args) => {
    const key = `${kind}:${JSON.stringify(args)}`;
    let chart = drawnCharts.get(key);
    if (chart) drawnCharts.delete(key); // re-inserted below, as the newest
    else chart = draw(args);
    drawnCharts.set(key, chart);
    if (drawnCharts.size > DRAWN_CHARTS_KEPT) drawnCharts.delete(drawnCharts.keys().next().value!);
    return { svg: chart.svg, legend: [...chart.legend] };
  };
}

/** The keys to a chart, drawn in HTML under it (recharts' own legend would be HTML with scaled icons anyway). */
export type LegendItem = { label: string; swatch: "solid" | "hatched" | "mark" | "line" | "dot" };

export interface DomainScoreRow {
  title: string;
  score: number | null;
  previousScore: number | null;
  target: number | null;
}

/** Domain scores, this round against the last and against the targets: one group of bars per domain. */
function drawDomainScoresChart({ id, rows, previousRoundName, title, summary }: { id: string; rows: DomainScoreRow[]; previousRoundName: string | null; title: string; summary: string }): { svg: string; legend: LegendItem[] } {
  const data = rows.map((r) => ({ name: r.title, score: r.score ?? 0, previous: r.previousScore, target: r.target }));
  const height = 50 + rows.length * (previousRoundName ? 52 : 38);
  const markup = renderToStaticMarkup(
    <ComposedChart id={id} width={720} height={height} data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 16 }} title={title} desc={summary}>
      <defs>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={GREY} strokeWidth="3" />
        </pattern>
      </defs>
      <CartesianGrid horizontal={false} stroke="#d8dde0" />
      <XAxis type="number" domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} stroke={GREY} tick={{ fill: BLACK, fontSize: 13 }} />
      <YAxis type="category" dataKey="name" width={190} tick={<WrappedTick />} interval={0} stroke={GREY} />
      <Bar dataKey="score" name="This round" fill={BLUE} isAnimationActive={false} barSize={14}>
        <LabelList dataKey="score" position="right" fill={BLACK} fontSize={12} formatter={(v: number) => (v ? v.toFixed(1) : "")} />
      </Bar>
      {previousRoundName ? <Bar dataKey="previous" name={previousRoundName} fill={`url(#${id}-hatch)`} stroke={GREY} isAnimationActive={false} barSize={14} /> : null}
      <Scatter dataKey="target" name="Target" shape={<TargetMark />} fill={BLACK} isAnimationActive={false} />
    </ComposedChart>,
  );
  return {
    svg: accessibleSvg(markup, id),
    legend: [
      { label: "This round", swatch: "solid" },
      ...(previousRoundName ? [{ label: previousRoundName, swatch: "hatched" as const }] : []),
      { label: "Target", swatch: "mark" },
    ],
  };
}

/** The overall score in every round: a line from the first round to the latest. */
function drawProgressChart({
  id,
  rounds,
  title,
  summary,
  seriesName = "Overall score",
}: {
  id: string;
  rounds: { roundName: string; overall: number | null }[];
  title: string;
  summary: string;
  /** What the line is: a partnership's overall score, or the region's median. */
  seriesName?: string;
}): { svg: string; legend: LegendItem[] } {
  const markup = renderToStaticMarkup(
    <LineChart id={id} width={720} height={300} data={rounds} margin={{ top: 24, right: 32, bottom: 8, left: 8 }} title={title} desc={summary}>
      <CartesianGrid vertical={false} stroke="#d8dde0" />
      <XAxis dataKey="roundName" stroke={GREY} tick={{ fill: BLACK, fontSize: 13 }} />
      <YAxis domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} stroke={GREY} tick={{ fill: BLACK, fontSize: 13 }} width={32} />
      <Line dataKey="overall" name={seriesName} stroke={BLUE} strokeWidth={3} dot={{ r: 5, fill: BLUE }} isAnimationActive={false} connectNulls>
        <LabelList dataKey="overall" position="top" fill={BLACK} fontSize={13} formatter={(v: number | null) => (v === null ? "" : v.toFixed(1))} />
      </Line>
    </LineChart>,
  );
  return { svg: accessibleSvg(markup, id), legend: [{ label: seriesName, swatch: "line" }] };
}

/** The middle of the other providers: a mark like a target's, so the median differs from the range by shape. */
function MedianMark(props: { cx?: number; cy?: number; payload?: { median: number | null } }) {
  const { cx = 0, cy = 0, payload } = props;
  if (payload?.median === null || payload?.median === undefined) return <g />;
  return <rect x={cx - 2} y={cy - 14} width={4} height={28} fill={BLACK} />;
}

/** The provider's own score: a filled circle, drawn over the range and the median. */
function OwnDot(props: { cx?: number; cy?: number; payload?: { own: number | null } }) {
  const { cx = 0, cy = 0, payload } = props;
  if (payload?.own === null || payload?.own === undefined) return <g />;
  return <circle cx={cx} cy={cy} r={7} fill={BLUE} stroke="#ffffff" strokeWidth={2} />;
}

/** Words in place of the figures of other providers when they cannot be shown. */
function HiddenNote(props: { cx?: number; cy?: number; payload?: { note: string | null } }) {
  const { cx = 0, cy = 0, payload } = props;
  if (!payload?.note) return <g />;
  return (
    <text x={cx + 6} y={cy + 22} fill={BLACK} fontSize={12}>
      {payload.note}
    </text>
  );
}

export interface BenchmarkChartRow {
  title: string;
  own: number | null;
  /** The other providers' quartiles; null when they are not shown. */
  lower: number | null;
  median: number | null;
  upper: number | null;
  /** Said under the row when the other providers' figures are not shown. */
  note: string | null;
}

/**
 * A provider's scores against other providers: per row, the middle half of the others (lower to upper quartile) as a
 * hatched bar, their median as a mark, and the provider's own score as a dot. Rows whose figures are hidden say so.
 */
function drawBenchmarkChart({ id, rows, title, summary, ownLabel }: { id: string; rows: BenchmarkChartRow[]; title: string; summary: string; ownLabel: string }): { svg: string; legend: LegendItem[] } {
  const data = rows.map((r) => ({
    name: r.title,
    base: r.lower ?? 0,
    range: r.lower !== null && r.upper !== null ? r.upper - r.lower : 0,
    median: r.median,
    own: r.own,
    note: r.note,
    noteAt: r.note ? 0 : null,
  }));
  const height = 50 + rows.length * 56;
  const markup = renderToStaticMarkup(
    <ComposedChart id={id} width={720} height={height} data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 16 }} title={title} desc={summary}>
      <defs>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={GREY} strokeWidth="3" />
        </pattern>
      </defs>
      <CartesianGrid horizontal={false} stroke="#d8dde0" />
      <XAxis type="number" domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} stroke={GREY} tick={{ fill: BLACK, fontSize: 13 }} />
      <YAxis type="category" dataKey="name" width={190} tick={<WrappedTick />} interval={0} stroke={GREY} />
      <Bar dataKey="base" stackId="quartiles" fill="none" isAnimationActive={false} barSize={18} />
      <Bar dataKey="range" stackId="quartiles" fill={`url(#${id}-hatch)`} stroke={GREY} isAnimationActive={false} barSize={18} />
      <Scatter dataKey="median" shape={<MedianMark />} isAnimationActive={false} />
      <Scatter dataKey="own" shape={<OwnDot />} isAnimationActive={false} />
      <Scatter dataKey="noteAt" shape={<HiddenNote />} isAnimationActive={false} />
    </ComposedChart>,
  );
  return {
    svg: accessibleSvg(markup, id),
    legend: [
      { label: ownLabel, swatch: "dot" },
      { label: "Median of the other providers", swatch: "mark" },
      { label: "Middle half of the other providers (lower to upper quartile)", swatch: "hatched" },
    ],
  };
}

export const domainScoresChart = remembered("domain-scores", drawDomainScoresChart);
export const progressChart = remembered("progress", drawProgressChart);
export const benchmarkChart = remembered("benchmark", drawBenchmarkChart);
