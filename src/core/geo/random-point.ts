// A random point inside a ward, for synthetic demo data: rejection sampling in the ward's bbox.
import { pointInWard, type Position, type Ward } from './wards.ts';

// Havering's wards fill 42-70% of their bboxes, so 1,000 tries all missing is astronomically unlikely for a real ward.
// Past that (a degenerate sliver, or a broken generator), the label point, which is always inside, keeps the result valid.
const MAX_TRIES = 1000;

/** A uniformly random [lon, lat] inside the ward (in lon/lat degrees). `rand` returns numbers in [0, 1), like Math.random. */
export function randomPointInWard(ward: Pick<Ward, 'bbox' | 'geometry' | 'centroid'>, rand: () => number): Position {
  const [minLon, minLat, maxLon, maxLat] = ward.bbox;
  for (let i = 0; i < MAX_TRIES; i++) {
    const lon = minLon + (maxLon - minLon) * rand();
    const lat = minLat + (maxLat - minLat) * rand();
    if (pointInWard(ward, lon, lat)) return [lon, lat];
  }
  return [ward.centroid[0], ward.centroid[1]];
}
