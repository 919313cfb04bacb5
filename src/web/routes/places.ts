import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { disclosureFootnote } from '../../core/disclosure/index.ts';
import { ValidationError } from '../../core/errors.ts';
import { MAP_MEASURES } from '../../core/places/layers.ts';
import type { Services } from '../../services/index.ts';
import type { MapFilter } from '../../services/places.ts';
import { ctxOf } from '../forms.ts';
import { page } from '../plugins/views.ts';

type Query = Record<string, string>;
type CodeParams = { code: string };

const queryString = (f: MapFilter): string => new URLSearchParams({ from: f.from, to: f.to, measure: f.measure }).toString();

// The ward map (issue 6): the page with its table alternative, the map's JSON, the boundaries, and a page per ward.
export function placesRoutes(app: FastifyInstance, services: Services): void {
  const geo = services.places.geo;

  async function mapPage(request: FastifyRequest<{ Querystring: Query }>, reply: FastifyReply) {
    let errors: Record<string, string> = {};
    let data;
    try {
      data = await services.places.mapData(ctxOf(request), request.query);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      errors = e.fields;
      data = await services.places.mapData(ctxOf(request), {});
    }
    const wardName = new Map(data.wards.map((w) => [w.code, w.name]));
    return page(
      request,
      reply,
      'map/map.njk',
      {
        title: `Ward map: ${data.area}`,
        data,
        query: queryString(data.filter),
        form: Object.keys(errors).length ? request.query : data.filter,
        errors,
        measures: Object.entries(MAP_MEASURES).map(([value, text]) => ({ value, text, selected: value === data.filter.measure })),
        hotspotWards: data.wards.filter((w) => w.hotspot),
        hotspotPlaces: data.points.filter((p) => p.hotspot),
        wardName: (code: string | null) => (code ? (wardName.get(code) ?? code) : 'Outside the area'),
        tileUrl: geo.tileUrl ?? '',
        attribution: geo.attribution,
        footnote: disclosureFootnote(geo.rule),
      },
      Object.keys(errors).length ? 400 : 200,
    );
  }

  app.get<{ Querystring: Query }>('/map', mapPage);

  app.get<{ Querystring: Query }>('/map/data.json', async (request, reply) =>
    reply.header('cache-control', 'no-store').send(await services.places.mapData(ctxOf(request), request.query)),
  );

  // The boundaries are public data (Open Government Licence), the same for everyone signed in.
  app.get('/map/wards.geojson', async (request, reply) => {
    services.authorise(ctxOf(request), 'map.read');
    return reply
      .header('content-type', 'application/geo+json; charset=utf-8')
      .header('cache-control', 'private, max-age=3600')
      .send(geo.wards.featureCollection());
  });

  app.get<{ Params: CodeParams; Querystring: Query }>('/map/wards/:code', async (request, reply) => {
    const code = request.params.code;
    if (code.endsWith('.json')) {
      const w = await services.places.ward(ctxOf(request), code.slice(0, -'.json'.length), request.query);
      return reply.header('cache-control', 'no-store').send({
        code: w.ward.code,
        name: w.ward.name,
        counts: w.figures.counts,
        countsOnly: w.countsOnly,
        items: [
          ...w.children.map((c) => ({ layer: 'children', label: `${c.name} (${c.riskLevel ?? 'not screened'} risk)`, href: `/people/${c.personId}` })),
          ...w.points.map((p) => ({ layer: p.layer, label: p.typeLabel ? `${p.label} (${p.typeLabel})` : p.label, href: p.href })),
        ],
      });
    }
    const w = await services.places.ward(ctxOf(request), code, request.query);
    return page(request, reply, 'map/ward.njk', {
      title: `${w.ward.name} ward`,
      ...w,
      query: queryString(w.filter),
      backLink: `/map?${queryString(w.filter)}`,
      footnote: disclosureFootnote(geo.rule),
    });
  });
}
