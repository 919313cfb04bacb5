import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ValidationError } from '../../core/errors.ts';
import { CATEGORY_KEYS, CURRENT_FRAMEWORK, type Framework, SAFEGUARD_CATEGORIES } from '../../core/indicators/index.ts';
import { HARD_RULES } from '../../core/screening/hard-rules.ts';
import { BANDS, LONDON_CATEGORIES, needsDecision, type RiskLevel } from '../../core/screening/levels.ts';
import type { Services } from '../../services/index.ts';
import { type Body, bodyOf, ctxOf, handleForm, list, str } from '../forms.ts';
import { page } from '../plugins/views.ts';

type IdParams = { id: string };

// Indicators grouped by SAFEGUARD category, in mnemonic order, for forms and the framework page.
export function grouped(f: Framework) {
  return CATEGORY_KEYS.map((key) => ({ key, ...SAFEGUARD_CATEGORIES[key], indicators: f.indicators.filter((i) => i.category === key) }));
}

// Form fields are named per indicator code; validation errors come back per answer index.
function answersFrom(f: Framework, b: Body) {
  return f.indicators
    .map((i) => ({ code: i.code, status: str(b, `status-${i.code}`), when: str(b, `when-${i.code}`), evidence: str(b, `evidence-${i.code}`) }))
    .filter((a) => a.status);
}

function fieldsFor(answers: { code: string }[], e: ValidationError): ValidationError {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(e.fields)) {
    const [, index, field] = /^answers\.(\d+)\.(\w+)$/.exec(k) ?? [];
    const a = index === undefined ? undefined : answers[Number(index)];
    out[a && field ? `${field === 'code' ? 'status' : field}-${a.code}` : k] = v;
  }
  return new ValidationError(out);
}

export function screeningRoutes(app: FastifyInstance, services: Services): void {
  const flag = (request: FastifyRequest, k: string) => (request.query as Record<string, string>)[k] === '1';

  async function showScreening(request: FastifyRequest, reply: FastifyReply, id: string, extra: Record<string, unknown> = {}, status = 200) {
    const view = await services.screening.get(ctxOf(request), id);
    const directory = await services.admin.directory();
    const s = view.screening;
    const isDraft = s.status === 'draft';
    const values: Record<string, string> = {};
    for (const a of view.answers) {
      values[`status-${a.code}`] = a.status;
      values[`when-${a.code}`] = a.when ?? '';
      values[`evidence-${a.code}`] = a.evidence ?? '';
    }
    const level = (s.finalLevel ?? view.assessment.level) as RiskLevel;
    return page(
      request,
      reply,
      isDraft ? 'screening/form.njk' : 'screening/result.njk',
      {
        title: isDraft ? 'Screen for exploitation' : 'Screening result',
        ...view,
        groups: grouped(view.framework),
        indicatorByCode: Object.fromEntries(view.framework.indicators.map((i) => [i.code, i])),
        london: LONDON_CATEGORIES,
        level,
        needsDecision: needsDecision(level),
        isLead: request.auth!.user.role === 'safeguarding_lead',
        me: request.auth!.user.id,
        agencies: Object.fromEntries(directory.agencies.map((a) => [a.id, a.name])),
        people: Object.fromEntries(directory.workers.map((w) => [w.id, w.displayName])),
        values,
        backLink: `/people/${s.personId}`,
        saved: flag(request, 'saved'),
        ...extra,
      },
      status,
    );
  }

  // Re-renders the screening with the user's input and inline errors.
  async function withErrors(request: FastifyRequest, reply: FastifyReply, id: string, action: () => Promise<string>, rename: Record<string, string> = {}) {
    try {
      return await reply.redirect(await action(), 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      const errors = Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [rename[k] ?? k, v]));
      return showScreening(request, reply, id, { errors, posted: bodyOf(request) }, 400);
    }
  }

  app.get('/framework', async (request, reply) =>
    page(request, reply, 'screening/framework.njk', {
      title: `SAFEGUARD framework ${CURRENT_FRAMEWORK.version}`,
      framework: CURRENT_FRAMEWORK,
      groups: grouped(CURRENT_FRAMEWORK),
      bands: BANDS,
      london: LONDON_CATEGORIES,
      hardRules: HARD_RULES,
    }),
  );

  app.get<{ Params: IdParams }>('/cases/:id/screenings/new', async (request, reply) => {
    const personId = await services.cases.personOf(ctxOf(request), request.params.id);
    const { person } = await services.people.view(ctxOf(request), personId, 'screening');
    return page(request, reply, 'screening/start.njk', {
      title: 'Start a screening',
      person,
      caseId: request.params.id,
      values: {},
      backLink: `/people/${personId}`,
    });
  });

  app.post<{ Params: IdParams }>('/cases/:id/screenings', async (request, reply) => {
    const caseId = request.params.id;
    return handleForm(
      request,
      reply,
      async () => `/screenings/${(await services.screening.start(ctxOf(request), caseId, { age: str(bodyOf(request), 'age') })).id}`,
      {
        template: 'screening/start.njk',
        data: async () => {
          const personId = await services.cases.personOf(ctxOf(request), caseId);
          return { title: 'Start a screening', person: (await services.people.view(ctxOf(request), personId, 'screening')).person, caseId, askAge: true };
        },
      },
    );
  });

  app.get<{ Params: IdParams }>('/screenings/:id', async (request, reply) => showScreening(request, reply, request.params.id));

  app.post<{ Params: IdParams }>('/screenings/:id', async (request, reply) => {
    const b = bodyOf(request);
    const id = request.params.id;
    const complete = str(b, 'action') === 'complete';
    const answers = answersFrom(CURRENT_FRAMEWORK, b);
    try {
      await services.screening.save(ctxOf(request), id, { version: str(b, 'version'), answers }, complete);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      const err = fieldsFor(answers, e);
      const values = Object.fromEntries(Object.entries(b).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
      return showScreening(request, reply, id, { errors: err.fields, values }, 400);
    }
    return reply.redirect(complete ? `/screenings/${id}` : `/screenings/${id}?saved=1`, 303);
  });

  app.post<{ Params: IdParams }>('/screenings/:id/override', async (request, reply) => {
    const b = bodyOf(request);
    const id = request.params.id;
    return withErrors(
      request,
      reply,
      id,
      async () => {
        await services.screening.override(ctxOf(request), id, { version: str(b, 'version'), level: str(b, 'level'), reason: str(b, 'overrideReason') });
        return `/screenings/${id}?saved=1`;
      },
      { reason: 'overrideReason' },
    );
  });

  app.post<{ Params: IdParams }>('/screenings/:id/downgrade-review', async (request, reply) => {
    const b = bodyOf(request);
    const id = request.params.id;
    return withErrors(request, reply, id, async () => {
      await services.screening.reviewDowngrade(ctxOf(request), id, { version: str(b, 'version'), outcome: str(b, 'outcome'), note: str(b, 'note') });
      return `/screenings/${id}?saved=1`;
    });
  });

  app.post<{ Params: IdParams }>('/screenings/:id/decision', async (request, reply) => {
    const b = bodyOf(request);
    const id = request.params.id;
    return withErrors(request, reply, id, async () => {
      const r = await services.referrals.decide(ctxOf(request), id, {
        version: str(b, 'version'),
        kind: str(b, 'kind'),
        targets: list(b, 'targets'),
        reason: str(b, 'reason'),
        notes: str(b, 'notes'),
        adultConsent: str(b, 'adultConsent'),
      });
      return r.referralIds[0] ? `/referrals/${r.referralIds[0]}?created=1` : `/screenings/${id}?saved=1`;
    });
  });

  app.post<{ Params: IdParams }>('/screenings/:id/consult', async (request, reply) => {
    const id = request.params.id;
    return withErrors(request, reply, id, async () => {
      await services.screening.consult(ctxOf(request), id, { question: str(bodyOf(request), 'question') });
      return `/screenings/${id}?saved=1#consultations`;
    });
  });

  app.post<{ Params: IdParams }>('/consultations/:id/answer', async (request, reply) => {
    const r = await services.screening.answerConsultation(ctxOf(request), request.params.id, { answer: str(bodyOf(request), 'answer') }).catch((e: unknown) => {
      if (e instanceof ValidationError) return e;
      throw e;
    });
    if (r instanceof ValidationError)
      return page(request, reply, 'errors/bad-request.njk', { title: 'There is a problem', message: Object.values(r.fields)[0] }, 400);
    return reply.redirect(`/screenings/${r.screeningId}?saved=1#consultations`, 303);
  });

  app.post<{ Params: IdParams }>('/decisions/:id/review', async (request, reply) => {
    const b = bodyOf(request);
    const r = await services.referrals
      .reviewNoReferral(ctxOf(request), request.params.id, { outcome: str(b, 'outcome'), note: str(b, 'note') })
      .catch((e: unknown) => {
        if (e instanceof ValidationError) return e;
        throw e;
      });
    if (r instanceof ValidationError)
      return page(request, reply, 'errors/bad-request.njk', { title: 'There is a problem', message: Object.values(r.fields)[0] }, 400);
    return reply.redirect(`/screenings/${r.screeningId}?saved=1`, 303);
  });

  app.get<{ Params: IdParams }>('/referrals/:id', async (request, reply) => {
    const { referral, content } = await services.referrals.get(ctxOf(request), request.params.id);
    return page(request, reply, 'screening/referral.njk', {
      title: content.title,
      referral,
      content,
      created: flag(request, 'created'),
      backLink: `/screenings/${referral.screeningId}`,
      values: {},
    });
  });

  app.get<{ Params: IdParams }>('/referrals/:id/json', async (request, reply) => {
    const { referral, content } = await services.referrals.get(ctxOf(request), request.params.id);
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="referral-${referral.id}.json"`)
      .type('application/json')
      .send(JSON.stringify({ id: referral.id, createdAt: referral.createdAt, ...content }, null, 2));
  });

  app.post<{ Params: IdParams }>('/referrals/:id/outcome', async (request, reply) => {
    const b = bodyOf(request);
    const id = request.params.id;
    return handleForm(
      request,
      reply,
      async () => {
        await services.referrals.recordOutcome(ctxOf(request), id, { version: str(b, 'version'), outcome: str(b, 'outcome') });
        return `/referrals/${id}`;
      },
      {
        template: 'screening/referral.njk',
        data: async () => {
          const { referral, content } = await services.referrals.get(ctxOf(request), id);
          return { title: content.title, referral, content, backLink: `/screenings/${referral.screeningId}` };
        },
      },
    );
  });

  app.get<{ Params: IdParams }>('/cases/:id/exploitation', async (request, reply) => {
    const personId = await services.cases.personOf(ctxOf(request), request.params.id);
    const c = (await services.cases.forPerson(ctxOf(request), personId)).find((x) => x.id === request.params.id)!;
    return page(request, reply, 'screening/exploitation.njk', {
      title: 'Form of exploitation',
      kase: c,
      values: {
        types: c.exploitationTypes,
        model: c.exploitationModel,
        setting: c.exploitationSetting,
        groomingStage: c.groomingStage,
        version: String(c.version),
      },
      backLink: `/people/${personId}`,
    });
  });

  app.post<{ Params: IdParams }>('/cases/:id/exploitation', async (request, reply) => {
    const b = bodyOf(request);
    const caseId = request.params.id;
    return handleForm(
      request,
      reply,
      async () => {
        const c = await services.referrals.setExploitation(ctxOf(request), caseId, {
          version: str(b, 'version'),
          types: list(b, 'types'),
          model: str(b, 'model'),
          setting: str(b, 'setting'),
          groomingStage: str(b, 'groomingStage'),
        });
        return `/people/${c.personId}?saved=1`;
      },
      { template: 'screening/exploitation.njk', data: async () => ({ title: 'Form of exploitation', kase: { id: caseId } }) },
    );
  });

  app.get<{ Params: IdParams }>('/people/:id/sexual-health/new', async (request, reply) => {
    const { person } = await services.people.view(ctxOf(request), request.params.id, 'sexual health attendance');
    return page(request, reply, 'screening/sexual-health.njk', {
      title: 'Sexual health attendance',
      person,
      prompts: services.sexualHealth.prompts(),
      values: {},
      backLink: `/people/${person.id}`,
    });
  });

  app.post<{ Params: IdParams }>('/people/:id/sexual-health/new', async (request, reply) => {
    const b = bodyOf(request);
    const id = request.params.id;
    return handleForm(
      request,
      reply,
      async () => {
        const r = await services.sexualHealth.record(ctxOf(request), id, {
          attendedOn: str(b, 'attendedOn'),
          partnerAges: str(b, 'partnerAges'),
          partnerCount: str(b, 'partnerCount'),
          sti: str(b, 'sti'),
          pregnancy: str(b, 'pregnancy'),
          emergencyContraception: str(b, 'emergencyContraception'),
          fraserCompetent: str(b, 'fraserCompetent'),
          indicators: list(b, 'indicators'),
          professionalAnalysis: str(b, 'professionalAnalysis'),
        });
        return r.screeningId ? `/screenings/${r.screeningId}?fromAttendance=1` : `/people/${id}?saved=1`;
      },
      {
        template: 'screening/sexual-health.njk',
        data: async () => ({
          title: 'Sexual health attendance',
          person: (await services.people.view(ctxOf(request), id, 'sexual health attendance')).person,
          prompts: services.sexualHealth.prompts(),
          backLink: `/people/${id}`,
        }),
      },
    );
  });

  app.get('/reports/identification', async (request, reply) => {
    const report = await services.oversight.identification(ctxOf(request));
    return page(request, reply, 'screening/identification.njk', { title: 'Who we identify', report });
  });
}
