// npm run geo — rebuilds geo/out/ from the source package. A thin CLI around geo/pipeline.ts.
import { buildGeo } from './pipeline';
import { serialize, writeAllAtomic } from './io';

export function outputFiles(b: Awaited<ReturnType<typeof buildGeo>>): Record<string, string> {
  return {
    'province.geojson': serialize(b.province),
    'district.geojson': serialize(b.district),
    'county.geojson': serialize(b.county),
    'sea.geojson': serialize(b.sea),
    'regions.json': `${JSON.stringify(b.regions, null, 1)}\n`
  };
}

async function main() {
  const started = performance.now();
  const build = await buildGeo();
  writeAllAtomic('geo/out', outputFiles(build));
  const n = (k: 'province' | 'district' | 'county') => build[k].features.length;
  console.log(
    `geo: ${n('province')} provinces, ${n('district')} district-level units, ${n('county')} county-level units, ` +
      `蓟州 offset ${build.report.jizhouOffsetDeg.join(', ')}° (fit ${build.report.jizhouFitMetres} m), ` +
      `${Math.round(performance.now() - started)} ms`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(`geo: ${e instanceof Error ? e.message : e}`);
    process.exit(2);
  });
}
