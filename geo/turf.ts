// Full Turf is part of geo's toolchain (geo/package.json), not the app's: tests/geo import it from
// here, so it resolves from geo/node_modules wherever the importer lives.
export * from '@turf/turf';
