import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * A constant paint value written so that MapLibre evaluates it per feature (it reads a property
 * no feature has, then falls back to the value). Why: MapLibre compiles one shader program per
 * layer type and per set of paint properties that vary by feature, the first time a layer draws.
 * In software WebGL (SwiftShader, as in the benchmarks and on machines without a usable GPU) each
 * compile blocks the first load for tens to hundreds of milliseconds. A layer whose constant is
 * `perFeature(c)`, where a sibling layer of the same type really varies that property, draws with
 * the sibling's program, so no program is compiled for it: the water shares the regions' fill
 * program, the boundaries the hover outline's line program, the flow casings the flow lines' dashed
 * program (a dash with no gap is solid, as the solid flow lines are drawn), the flow places' rings
 * the count circles' program. What is drawn is unchanged.
 */
export function perFeature(value: string | number | number[]): ExpressionSpecification {
  return ['coalesce', ['get', '__constant'], Array.isArray(value) ? ['literal', value] : value] as ExpressionSpecification;
}
