/** What the details panel shows per metric and per flow, ready to print. */
export interface MetricLine {
  id: string;
  label: string;
  unit: string;
  value: number | undefined;
  rank: { rank: number; of: number } | null;
  /** Set for flow metrics, which the panel shows as a table of measure × in/out/net. */
  flow?: { side: 'inflow' | 'outflow' | 'net'; measure: string };
}
export interface FlowLine {
  id: string;
  other: string;
  kind: string;
  measure: string;
  value: number | null;
  approx: boolean;
  grouped: boolean;
  period: string;
  article: string;
}
