export { DEFAULT_AREA_NAME, fnv1a, labelPoint, loadWards, pointInWard } from './wards.ts';
export type { Bbox, Position, Ward, WardFeatureCollection, WardGeometry, WardSet } from './wards.ts';
export { loadPostcodes, normalisePostcode } from './postcodes.ts';
export type { PostcodeIndex, PostcodeRecord } from './postcodes.ts';
export { PLACED_BY, parseCoordinates, placeLocation } from './place.ts';
export type { PlaceInput, PlacedBy, PlacedLocation } from './place.ts';
export { randomPointInWard } from './random-point.ts';
